import { itemLabel } from '../model.ts';
import { itemReport } from './item-report.ts';
import type { Rule } from './rule.ts';

/** An item's slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`. */
export const slipMismatch: Rule = {
  id: 'slip-mismatch',
  severity: 'error',
  description: "An item's slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`",
  check({ model, report }) {
    // Paths, labels and messages only for a finding: nearly every item has none (see future-date.ts).
    const { items } = model;
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      const { data } = item;
      const slips = data.slips;
      if (slips.length === 0) continue;
      for (let i = 1; i < slips.length; i++) {
        const slip = slips[i]!;
        const previous = slips[i - 1]!;
        if (slip.from === previous.to) continue;
        report(itemReport(item, ['slips', i, 'from'], `Slip ${i + 1} of ${itemLabel(item)} moves it from ${slip.from}, but slip ${i} had moved it to ${previous.to}; each slip's \`from\` must be the previous slip's \`to\``));
      }
      const last = slips[slips.length - 1]!;
      if (last.to !== data.due) {
        report(itemReport(item, ['due'], `${itemLabel(item)} is due ${data.due}, but its last slip moved it to ${last.to}; make \`due\` the last slip's \`to\`, or record the new move as a slip`));
      }
    }
  },
};
