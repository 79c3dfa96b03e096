import { addDays, relativeDays } from '../dates.ts';
import { diffLog, sameTouchpoint, touchpointsUnread, type BaseRule } from './base-rule.ts';
import { followUpDays, reachesClient } from '../model/accounts.ts';
import { cadenceLabel } from './describe.ts';
import { readableOwner } from './item-report.ts';

/**
 * A touchpoint added since the base, dated more than the account's follow-up cadence before today:
 * a stale follow-up "fixed" by paperwork. An account new since the base too (the format makes no
 * exception): every touchpoint of it was added in this change. A touchpoint that existed at the
 * base and had its date changed was not added: it is one altered entry, history-rewritten's alone
 * (one finding per thing wrong), whose message says what a later date does. The cadence is the
 * shorter of the base's and the change's, as a rule's level is the stricter of the two: a change
 * that lengthens `follow_up_every` does not excuse the old touchpoints it logs.
 */
export const backdatedTouchpoint: BaseRule = {
  id: 'backdated-touchpoint',
  severity: 'warning',
  description: 'A touchpoint added since the base dated more than the follow-up cadence before today',
  scope: 'base',
  check({ model, accountThen, uncompared, moved, asOf, comparison, report }) {
    for (const view of model.accounts) {
      // Its file at the base did not load: its touchpoints are not known to be new (not-compared.ts says so).
      if (uncompared.has(view.account.file.contentPath)) continue;
      const then = accountThen(view.account);
      const { added } = diffLog(then?.touchpoints ?? [], view.account.touchpoints, sameTouchpoint);
      // One copied from the log of an account merged into this one was logged when it happened.
      // Some of its touchpoints did not pass their schema at the base: one of them fixed since is not
      // known from a new one (not-compared.ts says so), so none is taken for new.
      const baseDays = then === undefined ? undefined : followUpDays(then, comparison.base.settings);
      const cadence = Math.min(view.cadenceDays, baseDays ?? Infinity);
      const cadenceText = cadence < view.cadenceDays ? `${cadenceLabel(cadence)} at ${comparison.ref}, ${cadenceLabel(view.cadenceDays)} with this change` : cadenceLabel(cadence);
      const fresh = then !== undefined && touchpointsUnread(then) ? [] : added.filter((entry) => !moved.touchpointsIn.has(entry));
      for (const touchpoint of fresh) {
        if (addDays(touchpoint.date, cadence) >= asOf) continue;
        const logged = `was logged only since ${comparison.ref}`;
        const name = view.account.data.name;
        const internal = !reachesClient(view.account, touchpoint);
        // What is true of the account now: only a touchpoint that reaches the client is a follow-up.
        const last = view.lastTouchpoint;
        const now = internal
          ? 'it is internal, so it was never a follow-up with the client'
          : view.followUpStale
            ? 'the account still needs a follow-up now'
            : last !== undefined && last !== touchpoint && addDays(last.date, cadence) >= asOf
              ? `the account is in touch through the ${last.kind} of ${last.date}`
              : undefined;
        report({
          file: view.account.file,
          path: ['touchpoints', touchpoint.index, 'date'],
          subject: view.account.id,
          row: { touchpoint: touchpoint.index },
          ...(readableOwner(view.account) === undefined ? {} : { owner: view.account.data.owner }),
          message: `This ${internal ? `internal ${touchpoint.kind} about` : `${touchpoint.kind} with`} ${name} is dated ${touchpoint.date} (${relativeDays(touchpoint.date, asOf)}) but ${logged}, more than the follow-up cadence (${cadenceText}) ago: log touchpoints when they happen. If it did happen then, keep it${now === undefined ? '' : `; ${now}`}`,
        });
      }
    }
  },
};
