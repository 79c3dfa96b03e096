import { dateWithDistance, ownerAndChaser } from './describe.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** An open milestone (neither done nor dropped) whose due date is before today, in an agreed or active plan. */
export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  severity: 'warning',
  description: 'An open milestone whose due date is before today',
  check({ model, asOf, report }) {
    const { milestones } = model;
    for (let n = 0; n < milestones.length; n++) {
      const milestone = milestones[n]!;
      if (milestone.status !== 'overdue') continue;
      report(
        itemReport(
          milestone,
          [],
          `Milestone ${milestone.data.title} was due ${dateWithDistance(milestone.data.due, asOf)} and is not done; set \`done:\` when it is reached, or record a slip; ${ownerAndChaser(milestone)}`,
          { namesPeople: true },
        ),
      );
    }
  },
};
