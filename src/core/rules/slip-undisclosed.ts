import { itemLabel, itemPath } from '../model.ts';
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
    for (const item of model.items) {
      const { data, plan } = item;
      const at = itemPath(item);
      const internal = item.side === 'internal';
      const told = internal ? 'who was told' : "who on the client's side was told";
      const agreed = internal ? 'who agreed to it' : "who on the client's side agreed to it";
      const fix = internal ? "add `told:` with the colleague's person id (or a contact's name)" : "add `told:` with the contact's name";
      const base = { file: plan.file, subject: item.key, owner: item.ownerId, chaser: item.chaserId };
      data.slips.forEach((slip, i) => {
        if (slip.told !== undefined) return;
        report({ ...base, path: [...at, 'slips', i], message: `Slip ${i + 1} of ${itemLabel(item)} (${slip.from} to ${slip.to}) does not say ${told}; ${fix}` });
      });
      if (data.dropped && data.dropped.told === undefined) {
        report({ ...base, path: [...at, 'dropped'], anchor: 'key', message: `${itemLabel(item)} was dropped on ${data.dropped.date} without saying ${told}; ${fix}` });
      }
      if (data.added && data.added.told === undefined) {
        report({ ...base, path: [...at, 'added'], anchor: 'key', message: `${itemLabel(item)} was added on ${data.added.date} after the agreement was signed, without saying ${agreed}; ${fix}` });
      }
    }
  },
};
