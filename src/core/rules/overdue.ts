import { dateWithDistance, ownerAndChaser } from './describe.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** An open commitment whose due date is before today, in an agreed or active plan. */
export const overdue: Rule = {
  id: 'overdue',
  severity: 'warning',
  description: 'An open commitment whose due date is before today',
  check({ model, asOf, report }) {
    const { commitments } = model;
    for (let n = 0; n < commitments.length; n++) {
      const commitment = commitments[n]!;
      if (commitment.status !== 'overdue') continue;
      report(itemReport(commitment, [], `${commitment.data.what} was due ${dateWithDistance(commitment.data.due, asOf)}; ${ownerAndChaser(commitment)}`, { namesPeople: true }));
    }
  },
};
