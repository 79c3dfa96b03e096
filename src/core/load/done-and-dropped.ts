// An item is kept or dropped, not both: with `done` and `dropped` written, whether it was kept,
// how late, and whether the client was told of a drop cannot all be true. Each field is valid on
// its own, so this is a `schema` error of the pair, at `dropped`, checked once a plan is loaded.
import type { Content } from '../content.ts';
import type { Finding } from '../findings.ts';
import { finding } from './schema-problems.ts';

export function doneAndDropped(content: Content): Finding[] {
  const findings: Finding[] = [];
  for (const plan of content.plans) {
    for (const list of ['milestones', 'commitments'] as const) {
      for (const item of plan[list]) {
        if (item.done === undefined || item.dropped === undefined) continue;
        const kind = list === 'milestones' ? 'milestone' : 'commitment';
        findings.push(
          finding(plan.file, [list, item.index, 'dropped'], 'key', `${plan.id}#${item.id}`, `${kind} ${item.id}: it is both done (${item.done}) and dropped (${item.dropped.date}), and an item is one or the other; remove \`dropped\` if it was kept, or \`done\` if it was dropped`),
        );
      }
    }
  }
  return findings;
}
