import { itemLabel, type ItemView } from '../model.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/**
 * A slip, a drop or an addition of a commitment or milestone without `told`: a promise that moves,
 * is given up or is added under the client's signature must be agreed with someone.
 */
export const slipUndisclosed: Rule = {
  id: 'slip-undisclosed',
  severity: 'error',
  description: 'A slip, a drop or an addition (`added`) of an item without `told`',
  check({ model, report }) {
    // Paths, labels and messages only for a finding: nearly every item has none (see future-date.ts).
    const fixOf = (item: ItemView) => (item.side === 'internal' ? "add `told:` with the colleague's person id (or a contact's name)" : "add `told:` with the contact's name");
    const toldOf = (item: ItemView) => (item.side === 'internal' ? 'who was told' : "who on the client's side was told");
    const { items } = model;
    // An addition is "after the agreement was signed" only where both sides signed: on a plan not
    // (yet) signed, saying so would be untrue.
    const signed = new Set(model.plans.filter((view) => view.signedOn !== undefined).map((view) => view.plan));
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      const { data } = item;
      for (let i = 0; i < data.slips.length; i++) {
        const slip = data.slips[i]!;
        if (slip.told === undefined) report(itemReport(item, ['slips', i], `Slip ${i + 1} of ${itemLabel(item)} (${slip.from} to ${slip.to}) does not say ${toldOf(item)}; ${fixOf(item)}`));
      }
      if (data.dropped && data.dropped.told === undefined) {
        report(itemReport(item, ['dropped'], `${itemLabel(item)} was dropped on ${data.dropped.date} without saying ${toldOf(item)}; ${fixOf(item)}`));
      }
      if (data.added && data.added.told === undefined) {
        const agreed = item.side === 'internal' ? 'who agreed to it' : "who on the client's side agreed to it";
        const when = signed.has(item.plan) ? ' after the agreement was signed,' : ',';
        report(itemReport(item, ['added'], `${itemLabel(item)} was added on ${data.added.date}${when} without saying ${agreed}; ${fixOf(item)}`));
      }
    }
  },
};
