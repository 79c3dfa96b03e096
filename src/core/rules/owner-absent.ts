import { cadenceLabel, dateWithDistance, personName } from './describe.ts';
import type { Rule } from './rule.ts';

/**
 * An account in onboarding, delivery or partner whose owner has not talked to the client
 * themselves within `owner_touch_every`: the salesperson disappeared after the handoff, even
 * when delivery is in touch.
 */
export const ownerAbsent: Rule = {
  id: 'owner-absent',
  severity: 'warning',
  description: 'An account whose owner has not talked to the client within `owner_touch_every`: the salesperson disappeared after the handoff',
  check({ model, content, asOf, report }) {
    for (const view of model.accounts) {
      if (!view.ownerAbsent) continue;
      const { account, lastOwnerTouchpoint } = view;
      const owner = personName(content, account.data.owner);
      const last = lastOwnerTouchpoint
        ? `has not talked to ${account.data.name} since ${dateWithDistance(view.lastOwnerContact, asOf)}`
        : `has not talked to ${account.data.name} since it became an account on ${dateWithDistance(view.lastOwnerContact, asOf)} (no touchpoint by them that reaches the client is logged)`;
      report({
        file: account.file,
        path: lastOwnerTouchpoint ? ['touchpoints', lastOwnerTouchpoint.index] : ['since'],
        subject: account.id,
        ...(lastOwnerTouchpoint ? { row: { touchpoint: lastOwnerTouchpoint.index } } : {}),
        owner: account.data.owner,
        message: `${owner}, the account's owner, ${last}; owners keep in touch ${cadenceLabel(view.ownerTouchDays)} after the handoff, so a call was due ${view.nextOwnerTouch}, even while delivery is in touch`,
      });
    }
  },
};
