import { cadenceLabel, dateWithDistance, personName } from './describe.ts';
import type { Rule } from './rule.ts';

/** An account (not paused or closed) whose last contact is more than its cadence before today. */
export const staleFollowUp: Rule = {
  id: 'stale-follow-up',
  check({ model, content, asOf, report }) {
    for (const view of model.accounts) {
      if (!view.followUpStale) continue;
      const { account, lastTouchpoint } = view;
      const since = lastTouchpoint
        ? dateWithDistance(view.lastContact, asOf)
        : `${dateWithDistance(view.lastContact, asOf)}, when it became an account (no touchpoint is logged)`;
      report({
        file: account.file,
        path: lastTouchpoint ? ['touchpoints', lastTouchpoint.index] : ['since'],
        subject: account.id,
        owner: account.data.owner,
        message: `Nobody has been in touch with ${account.data.name} since ${since}; the cadence is ${cadenceLabel(view.cadenceDays)}, so a follow-up was due ${view.nextFollowUp}; owner ${personName(content, account.data.owner)}`,
      });
    }
  },
};
