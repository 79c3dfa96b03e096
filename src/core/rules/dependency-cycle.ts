import type { CommitmentView } from '../model.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** Commitments that wait for each other through `after`: none of them could ever start. */
export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  severity: 'error',
  description: 'Commitments that wait for each other through `after`',
  check({ model, report }) {
    for (const view of model.plans) {
      const byId = new Map<string, CommitmentView>();
      const { commitments } = view;
      for (let n = 0; n < commitments.length; n++) if (!byId.has(commitments[n]!.id)) byId.set(commitments[n]!.id, commitments[n]!);
      if (!hasCycle(commitments, byId)) continue;
      for (const cycle of findCycles(byId)) {
        const [first] = cycle;
        const next = cycle[1 % cycle.length]!;
        const link = first!.data.after.indexOf(next.id);
        const message =
          cycle.length === 1
            ? `\`${first!.id}\` waits for itself through \`after\`; remove \`${first!.id}\` from its own \`after\``
            : `${listed(cycle.map((c) => `\`${c.id}\``), ', ')} wait for each other through \`after\` (${listed([...cycle, first!].map((c) => c.id), ' -> ')}); remove one of these links`;
        report(itemReport(first!, ['after', link], message));
      }
    }
  },
};

/** The first ids and a count of the rest: a cycle through thousands of commitments is one readable line. */
const SHOWN = 10;
function listed(ids: readonly string[], separator: string): string {
  if (ids.length <= SHOWN + 2) return ids.join(separator);
  return `${ids.slice(0, SHOWN).join(separator)}${separator}... (${ids.length - SHOWN - 1} more)${separator}${ids[ids.length - 1]}`;
}

/**
 * Whether any commitment waits, through `after`, for itself: a depth-first walk that colours
 * what it is on and what it has finished, and stops at the first link back. Nearly every plan has
 * none, and this is cheaper than finding the cycles themselves (below), which is then done only
 * for a plan that has one. Its own stack, as below.
 */
function hasCycle(commitments: readonly CommitmentView[], byId: Map<string, CommitmentView>): boolean {
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  // From each commitment in the plan's order, as `byId` holds them (the first of a repeated id).
  for (let n = 0; n < commitments.length; n++) {
    const first = commitments[n]!;
    const root = first.id;
    if (first.data.after.length === 0 || byId.get(root) !== first || state.has(root)) continue;
    const frames: { after: readonly string[]; next: number; id: string }[] = [{ id: root, after: first.data.after, next: 0 }];
    state.set(root, ON_PATH);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.next === frame.after.length) {
        state.set(frame.id, DONE);
        frames.pop();
        continue;
      }
      const next = frame.after[frame.next++]!;
      const seen = state.get(next);
      if (seen === ON_PATH) return true;
      if (seen !== undefined) continue;
      const after = byId.get(next)?.data.after;
      if (after === undefined || after.length === 0) continue;
      state.set(next, ON_PATH);
      frames.push({ id: next, after, next: 0 });
    }
  }
  return false;
}

/**
 * Each cycle once, as the commitments in it in `after` order, starting from the one written
 * first. Tarjan's strongly connected components; a component of one is a cycle only when the
 * commitment waits for itself. The walk keeps its own stack rather than recursing: an `after`
 * chain is as long as a plan is (thousands of commitments), far deeper than the call stack.
 */
function findCycles(byId: Map<string, CommitmentView>): CommitmentView[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const open = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
  };
  // A commitment that waits for nothing is in no cycle, and skipping it changes no other's
  // `low`: most commitments are such, and walking them was most of this rule's 60 ms at 1,000
  // accounts.
  const waitsFor = (id: string) => byId.get(id)!.data.after.length > 0;
  for (const root of byId.keys()) {
    if (index.has(root) || !waitsFor(root)) continue;
    // Each frame is a commitment being visited and how many of its `after` links are followed.
    const frames: { id: string; next: number }[] = [{ id: root, next: 0 }];
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const after = byId.get(frame.id)!.data.after;
      if (frame.next < after.length) {
        const next = after[frame.next++]!;
        if (!byId.has(next) || !waitsFor(next)) continue;
        if (!index.has(next)) {
          open(next);
          frames.push({ id: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(next)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        if (stack[stack.length - 1] === frame.id) {
          // A component of one, as nearly all are: a cycle only if it waits for itself.
          stack.pop();
          onStack.delete(frame.id);
          if (after.includes(frame.id)) components.push([frame.id]);
          continue;
        }
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }

  const cycles: CommitmentView[][] = [];
  for (const component of components) {
    // The member written first, found in the component itself: scanning the whole plan for each
    // component would be quadratic in a plan of thousands of commitments.
    let start = byId.get(component[0]!)!;
    for (const id of component) {
      const member = byId.get(id)!;
      if (member.data.index < start.data.index) start = member;
    }
    cycles.push(shortestLoop(start, new Set(component), byId));
  }
  return cycles;
}

/** The shortest way from `start` through `after` links back to itself, inside one component. */
function shortestLoop(start: CommitmentView, members: Set<string>, byId: Map<string, CommitmentView>): CommitmentView[] {
  const cameFrom = new Map<string, string>();
  // A breadth-first search with a read position, not `shift()`, which is linear per call.
  const queue = [start.id];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const next of byId.get(id)!.data.after) {
      if (!members.has(next)) continue;
      if (next === start.id) {
        const loop = [id];
        while (loop[loop.length - 1] !== start.id) loop.push(cameFrom.get(loop[loop.length - 1]!)!);
        return loop.reverse().map((member) => byId.get(member)!);
      }
      if (!cameFrom.has(next) && next !== start.id) {
        cameFrom.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start];
}
