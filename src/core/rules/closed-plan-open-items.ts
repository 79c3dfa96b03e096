import { ownerAndChaser } from './describe.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** A plan done or cancelled that still has open commitments: one finding per open commitment. */
export const closedPlanOpenItems: Rule = {
  id: 'closed-plan-open-items',
  severity: 'warning',
  description: 'A plan done or cancelled with open commitments',
  check({ model, report }) {
    for (const view of model.plans) {
      if (!view.closed) continue;
      for (let n = 0; n < view.commitments.length; n++) {
        const commitment = view.commitments[n]!;
        if (!commitment.open) continue;
        report(itemReport(commitment, [], `The plan is ${view.plan.data.status} but ${commitment.data.what} is still open; mark it \`done:\` or \`dropped:\` (with who was told); ${ownerAndChaser(commitment)}`, { namesPeople: true }));
      }
    }
  },
};
