import { entryOwner } from './item-report.ts';
import { cadenceLabel, dateWithDistance } from './describe.ts';
import type { Rule } from './rule.ts';

/**
 * An account (not paused or closed) whose last touchpoint that reaches the client (or `since`) is
 * more than its cadence before today. A touchpoint with only our own people on it does not count.
 */
export const staleFollowUp: Rule = {
  id: 'stale-follow-up',
  severity: 'warning',
  description: 'An account nobody has reached within its cadence (touchpoints with only our own people do not count)',
  check({ model, content, asOf, report }) {
    for (const view of model.accounts) {
      if (!view.followUpStale) continue;
      const { account, lastTouchpoint } = view;
      const since = lastTouchpoint
        ? dateWithDistance(view.lastContact, asOf)
        : `${dateWithDistance(view.lastContact, asOf)}, when it became an account (no touchpoint that reaches the client is logged)`;
      report({
        file: account.file,
        path: lastTouchpoint ? ['touchpoints', lastTouchpoint.index] : ['since'],
        subject: account.id,
        ...(lastTouchpoint ? { row: { touchpoint: lastTouchpoint.index } } : {}),
        owner: entryOwner(content, account).owner,
        message: `Nobody has been in touch with ${account.data.name} since ${since}; the cadence is ${cadenceLabel(view.cadenceDays)}, so a follow-up was due ${view.nextFollowUp}${entryOwner(content, account).clause}`,
      });
    }
  },
};
