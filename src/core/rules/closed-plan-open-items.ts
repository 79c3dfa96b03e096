import { ownerLabel } from './describe.ts';
import type { Rule } from './rule.ts';

/** A plan done or cancelled that still has open commitments. */
export const closedPlanOpenItems: Rule = {
  id: 'closed-plan-open-items',
  check({ model, report }) {
    for (const view of model.plans) {
      const { status } = view.plan.data;
      if (status !== 'done' && status !== 'cancelled') continue;
      for (const commitment of view.commitments) {
        if (!commitment.open) continue;
        report({
          file: view.plan.file,
          path: ['commitments', commitment.data.index],
          subject: commitment.key,
          owner: commitment.data.owner,
          message: `The plan is ${status} but ${commitment.data.what} is still open; mark it \`done:\` or \`dropped:\` (with who was told); owner ${ownerLabel(commitment)}`,
        });
      }
    }
  },
};
