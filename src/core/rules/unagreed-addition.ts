import { itemLabel } from '../model.ts';
import { signingDate } from '../model/agreement.ts';
import type { BaseRule } from './base-rule.ts';
import { itemReport } from './item-report.ts';
import { correctedTo } from './corrected-ids.ts';

/**
 * An item new in this change, in a plan whose agreement was signed at the base, without `added`:
 * adding work under the client's signature needs the client's agreement, recorded with who
 * agreed, when and why. Not an internal commitment: it is never part of the signed scope (the
 * letter never shows it), so nothing is added under the client's signature, and `playbook add
 * --internal` writes it without `added`, as it should.
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
      // An item whose invalid id at the base was corrected existed there (corrected-ids.ts).
      const existed = new Set([...then.commitmentIds, ...then.milestoneIds, ...correctedTo(then, view.plan)]);
      for (const item of [...view.milestones, ...view.commitments]) {
        if (existed.has(item.id) || item.addition !== undefined || item.side === 'internal') continue;
        // The item is written already: the fix is the `added:` under it (`playbook add` writes one only as it adds an item).
        report(
          itemReport(
            item,
            [],
            `${itemLabel(item)} is new since ${comparison.ref}, but the plan's agreement was signed on ${signedOn}: work added under the client's signature needs their agreement. Add \`added:\` under it with the date, who on the client's side agreed (\`told\`) and why (\`reason\`); \`playbook add\` with \`--told\` and \`--reason\` writes it when it adds an item`,
          ),
        );
      }
    }
  },
};
