import { itemLabel, itemPath } from '../model.ts';
import type { Rule } from './rule.ts';

/** An item's slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`. */
export const slipMismatch: Rule = {
  id: 'slip-mismatch',
  severity: 'error',
  description: "An item's slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`",
  check({ model, report }) {
    for (const item of model.items) {
      const { data, plan } = item;
      const at = itemPath(item);
      const base = { file: plan.file, subject: item.key, owner: item.ownerId, chaser: item.chaserId };
      data.slips.forEach((slip, i) => {
        const previous = data.slips[i - 1];
        if (!previous || slip.from === previous.to) return;
        report({
          ...base,
          path: [...at, 'slips', i, 'from'],
          message: `Slip ${i + 1} of ${itemLabel(item)} moves it from ${slip.from}, but slip ${i} had moved it to ${previous.to}; each slip's \`from\` must be the previous slip's \`to\``,
        });
      });
      const last = data.slips[data.slips.length - 1];
      if (last && last.to !== data.due) {
        report({
          ...base,
          path: [...at, 'due'],
          message: `${itemLabel(item)} is due ${data.due}, but its last slip moved it to ${last.to}; make \`due\` the last slip's \`to\`, or record the new move as a slip`,
        });
      }
    }
  },
};
