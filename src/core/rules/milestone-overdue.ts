import { dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/** A milestone not done whose due date is before today, in an agreed or active plan. */
export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  check({ model, asOf, report }) {
    for (const milestone of model.milestones) {
      if (milestone.status !== 'overdue') continue;
      report({
        file: milestone.plan.file,
        path: ['milestones', milestone.data.index],
        subject: milestone.key,
        owner: milestone.plan.data.owner,
        message: `Milestone ${milestone.data.title} was due ${dateWithDistance(milestone.data.due, asOf)} and is not done; set \`done:\` when it is reached`,
      });
    }
  },
};
