import { itemLabel } from '../model.ts';
import { signingDate } from '../model/agreement.ts';
import type { BaseRule } from './base-rule.ts';
import { itemReport } from './item-report.ts';

/**
 * An item new in this change, in a plan whose agreement was signed at the base, without `added`:
 * adding work under the client's signature needs the client's agreement, recorded with who
 * agreed, when and why. An internal item too (the format makes no exception): it is not on the
 * letter, but whoever agreed to it, a colleague or a contact, is recorded the same way.
 */
export const unagreedAddition: BaseRule = {
  id: 'unagreed-addition',
  severity: 'error',
  description: "An item new in this change, in a plan signed at the base, without `added`: work added under the client's signature",
  scope: 'base',
  check({ model, plans, comparison, report }) {
    const thenOf = new Map(plans.flatMap(({ then, now }) => (now ? [[now, then] as const] : [])));
    for (const view of model.plans) {
      const then = thenOf.get(view.plan);
      const signedOn = then && signingDate(then);
      if (!then || signedOn === undefined) continue;
      const existed = new Set([...then.commitmentIds, ...then.milestoneIds]);
      for (const item of [...view.milestones, ...view.commitments]) {
        if (existed.has(item.id) || item.addition !== undefined) continue;
        const need =
          item.side === 'internal'
            ? "work added to a signed plan, even between our own teams, needs someone's agreement. Add `added:` with the date, who agreed (`told`: a person id or a contact) and why (`reason`)"
            : "work added under the client's signature needs their agreement. Add `added:` with the date, who on the client's side agreed (`told`) and why (`reason`)";
        report(itemReport(item, [], `${itemLabel(item)} is new since ${comparison.ref}, but the plan's agreement was signed on ${signedOn}: ${need}, or \`playbook add\` does it for you`));
      }
    }
  },
};
