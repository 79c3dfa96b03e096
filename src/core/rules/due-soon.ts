import { dateWithDistance, ownerAndChaser } from './describe.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** An open commitment due today or within `remind_before`, in an agreed or active plan. */
export const dueSoon: Rule = {
  id: 'due-soon',
  severity: 'notice',
  description: 'An open commitment due today or within `remind_before`',
  check({ model, asOf, report }) {
    const { commitments } = model;
    for (let n = 0; n < commitments.length; n++) {
      const commitment = commitments[n]!;
      if (commitment.status !== 'due-soon') continue;
      report(itemReport(commitment, [], `${commitment.data.what} is due ${dateWithDistance(commitment.data.due, asOf)}; ${ownerAndChaser(commitment)}`, { namesPeople: true }));
    }
  },
};
