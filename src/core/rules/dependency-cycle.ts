import type { CommitmentView } from '../model.ts';
import type { Rule } from './rule.ts';

/** Commitments that wait for each other through `after`: none of them could ever start. */
export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  severity: 'error',
  description: 'Commitments that wait for each other through `after`',
  check({ model, report }) {
    for (const view of model.plans) {
      const byId = new Map<string, CommitmentView>();
      for (const commitment of view.commitments) if (!byId.has(commitment.id)) byId.set(commitment.id, commitment);
      for (const cycle of findCycles(byId)) {
        const [first] = cycle;
        const next = cycle[1 % cycle.length]!;
        const link = first!.data.after.indexOf(next.id);
        report({
          file: view.plan.file,
          path: ['commitments', first!.data.index, 'after', link],
          subject: first!.key,
          owner: first!.data.owner,
          message:
            cycle.length === 1
              ? `${first!.id} waits for itself through \`after\`; remove ${first!.id} from its own \`after\``
              : `${cycle.map((c) => c.id).join(', ')} wait for each other through \`after\` (${[...cycle, first!].map((c) => c.id).join(' -> ')}); remove one of these links`,
        });
      }
    }
  },
};

/**
 * Each cycle once, as the commitments in it in `after` order, starting from the one written
 * first. Tarjan's strongly connected components; a component of one is a cycle only when the
 * commitment waits for itself.
 */
function findCycles(byId: Map<string, CommitmentView>): CommitmentView[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of byId.get(id)!.data.after) {
      if (!byId.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id)!, index.get(next)!));
      }
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      components.push(component);
    }
  };
  for (const id of byId.keys()) if (!index.has(id)) visit(id);

  const cycles: CommitmentView[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...byId.values()].filter((c) => members.has(c.id)).sort((a, b) => a.data.index - b.data.index)[0]!;
    if (members.size === 1 && !start.data.after.includes(start.id)) continue;
    cycles.push(shortestLoop(start, members, byId));
  }
  return cycles;
}

/** The shortest way from `start` through `after` links back to itself, inside one component. */
function shortestLoop(start: CommitmentView, members: Set<string>, byId: Map<string, CommitmentView>): CommitmentView[] {
  const cameFrom = new Map<string, string>();
  const queue = [start.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of byId.get(id)!.data.after) {
      if (!members.has(next)) continue;
      if (next === start.id) {
        const loop = [id];
        while (loop[0] !== start.id) loop.unshift(cameFrom.get(loop[0]!)!);
        return loop.map((member) => byId.get(member)!);
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start];
}
