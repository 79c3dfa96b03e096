import type { CommitmentView } from '../model.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** An open commitment due before an open commitment it waits for. */
export const dependencyOrder: Rule = {
  id: 'dependency-order',
  severity: 'warning',
  description: 'An open commitment due before an open one it waits for',
  check({ model, report }) {
    for (const view of model.plans) {
      // The last commitment of an id wins, as it always has here (two of one id are duplicate-id's).
      const byId = new Map<string, CommitmentView>();
      const { commitments } = view;
      for (let n = 0; n < commitments.length; n++) byId.set(commitments[n]!.id, commitments[n]!);
      for (let n = 0; n < commitments.length; n++) {
        const commitment = commitments[n]!;
        if (!commitment.open) continue;
        const { after } = commitment.data;
        for (let i = 0; i < after.length; i++) {
          const id = after[i]!;
          const before = byId.get(id);
          if (!before || !before.open || before === commitment || !(commitment.data.due < before.data.due)) continue;
          report(
            itemReport(
              commitment,
              ['after', i],
              `${commitment.data.what} is due ${commitment.data.due}, before ${before.data.what} (${id}, due ${before.data.due}) that it waits for; move one of the dates, with a slip, or drop the dependency`,
            ),
          );
        }
      }
    }
  },
};
