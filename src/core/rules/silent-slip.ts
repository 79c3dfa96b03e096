import { diffLog, indexedSlips, pairedItems, sameSlip, type BaseRule } from './base-rule.ts';
import { chaserClause, itemPeople } from './item-report.ts';

/**
 * A commitment's or milestone's `due` moved later than it was at the base, and no slip added since records the
 * move from the old date. In every plan, drafts included: the format limits only overdue, due-soon,
 * milestone-overdue and the handoff rules to agreed and active plans.
 */
export const silentSlip: BaseRule = {
  id: 'silent-slip',
  severity: 'error',
  description: "An item's `due` moved later than at the base without a new slip from the old date",
  scope: 'base',
  check({ plans, comparison, content, report }) {
    for (const { then, now } of plans) {
      if (!now) continue;
      for (const { list, before, after } of pairedItems(then, now)) {
        if (after.due <= before.due) continue;
        const { added } = diffLog(indexedSlips(before.slips), indexedSlips(after.slips), sameSlip);
        if (added.some((slip) => slip.from === before.due)) continue;
        const other = added.find((slip) => slip.to === after.due);
        // An internal commitment's slip is told to a colleague or a contact (a person id or a name).
        const internal = 'internal' in after && after.internal === true;
        const who = internal ? 'who was told (`told`: a person id or a contact)' : "who on the client's side was told (`told`)";
        // `playbook slip` moves from the `due` written, so the old one must be back first.
        const fix = `add a slip with \`from: ${before.due}\`, \`to: ${after.due}\`, the date it was renegotiated, the reason and ${who}; or put \`due\` back to ${before.due} and run \`playbook slip ${now.id}#${after.id} --to ${after.due} --told NAME --reason TEXT\`, which writes both`;
        const what = 'what' in after ? after.what : `Milestone ${after.title}`;
        const people = itemPeople(content, now, list, after);
        const message = other
          ? `${what} was due ${before.due} at ${comparison.ref} and is now due ${after.due}, but the new slip moves it from ${other.from}, not from ${before.due}: make that slip's \`from\` ${before.due}`
          : `${what} was due ${before.due} at ${comparison.ref} and is now due ${after.due}, but no slip records the move: ${fix}`;
        report({
          file: now.file,
          path: [list, after.index, 'due'],
          subject: `${now.id}#${after.id}`,
          ...people,
          message: message + chaserClause(content, people),
        });
      }
    }
  },
};

