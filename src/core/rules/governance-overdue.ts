import { entryOwner } from './item-report.ts';
import { cadenceLabel, dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/** An account in delivery or partner with `governance_every` whose last review is too long ago. */
export const governanceOverdue: Rule = {
  id: 'governance-overdue',
  severity: 'warning',
  description: 'An account in delivery or partner whose governance review with the client is overdue',
  check({ model, content, asOf, report }) {
    for (const view of model.accounts) {
      if (!view.governanceOverdue) continue;
      const { account, lastReview } = view;
      const last = lastReview ? `the last review was on ${dateWithDistance(lastReview.date, asOf)}` : `no review with the client is logged since ${dateWithDistance(account.data.since, asOf)}`;
      report({
        file: account.file,
        path: lastReview ? ['touchpoints', lastReview.index] : ['governance_every'],
        subject: account.id,
        ...(lastReview ? { row: { touchpoint: lastReview.index } } : {}),
        owner: entryOwner(content, account).owner,
        message: `The governance review with ${account.data.name} is overdue: ${last}, and reviews are held ${cadenceLabel(view.governanceDays!)} (due ${view.nextReview})${entryOwner(content, account).clause}`,
      });
    }
  },
};
