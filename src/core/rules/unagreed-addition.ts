import { itemLabel } from '../model.ts';
import { signingDate } from '../model/agreement.ts';
import type { BaseRule } from './base-rule.ts';
import { itemReport } from './item-report.ts';

/**
 * An item new in this change, in a plan whose agreement was signed at the base, without `added`:
 * adding work under the client's signature needs the client's agreement, recorded with who
 * agreed, when and why. Internal items are not on the letter, so they need none.
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
        if (existed.has(item.id) || item.addition !== undefined || item.side === 'internal') continue;
        report(
          itemReport(
            item,
            [],
            `${itemLabel(item)} is new since ${comparison.ref}, but the plan's agreement was signed on ${signedOn}: work added under the client's signature needs their agreement. Add \`added:\` with the date, who on the client's side agreed (\`told\`) and why (\`reason\`), or \`playbook add\` does it for you`,
          ),
        );
      }
    }
  },
};
