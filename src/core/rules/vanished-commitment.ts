import { countOf } from '../words.ts';
import type { Plan } from '../content.ts';
import { personName } from './describe.ts';
import { baseProblemOf, unreadItems, type BaseRule } from './base-rule.ts';
import { chaserClause, itemPeople, readableField, readableOwner } from './item-report.ts';
import { sameText } from './pairing.ts';
import { correctedIds } from './corrected-ids.ts';

/**
 * A plan, commitment or milestone that existed at the base is gone. A promise ends by being kept
 * (`done`), given up openly (`dropped`), or with its plan (`status: done` or `cancelled`), never by
 * deleting it. In every plan, drafts included (the format exempts drafts from the dated rules only).
 */
export const vanishedCommitment: BaseRule = {
  id: 'vanished-commitment',
  severity: 'error',
  description: 'A commitment, milestone or plan that existed at the base is gone instead of being marked done or dropped',
  scope: 'base',
  check({ plans, comparison, content, report }) {
    const { ref } = comparison;
    for (const { then, now, unreadable } of plans) {
      if (unreadable) continue;
      if (!now) {
        const open = then.commitments.filter((c) => c.done === undefined && c.dropped === undefined).length;
        const path = comparison.renames.get(then.file.contentPath) ?? then.file.contentPath;
        const gone = content.emptied?.has(path) ? 'its frontmatter is now empty' : 'its file is gone';
        // What could not be read at the base is left out: the loader's stand-ins are no one's words.
        const title = readableField(then, 'title');
        const status = readableField(then, 'status');
        const owner = readableOwner(then);
        const facts = [...(title === undefined ? [] : [then.id]), ...(status === undefined ? [] : [status]), countOf(then.commitments.length, 'commitment'), `${open} open`].join(', ');
        report({
          file: then.file,
          path: [],
          at: { line: 1, column: 1 },
          subject: then.id,
          ...(owner === undefined ? {} : { owner }),
          message: `The plan ${title ?? then.id} (${facts}) existed at ${ref} and ${gone}: ${planFix(status, open)}. If you moved or renamed it, keep its commitments and their ids, so that it is recognised where it went`,
        });
        continue;
      }
      for (const before of then.commitments) {
        if (now.commitmentIds.has(before.id)) continue;
        const moved = movedTo(content.plans, now, 'commitments', before.id, (c) => sameText(c.what, before.what));
        // Whose it was at the base (it is not in the plan now), named as people.yaml names them now.
        const people = itemPeople(comparison.base, then, 'commitments', before);
        report({
          ...listPlace(now, 'commitments'),
          subject: `${now.id}#${before.id}`,
          ...people,
          message: `Commitment \`${before.id}\` (${before.what}; due ${before.due}; owner ${personName(content, before.owner)}) existed at ${ref} and is gone from this plan: ${itemFix(moved, before)}${chaserClause(content, people)}`,
        });
      }
      for (const before of then.milestones) {
        if (now.milestoneIds.has(before.id)) continue;
        const moved = movedTo(content.plans, now, 'milestones', before.id, (m) => sameText(m.title, before.title));
        report({
          ...listPlace(now, 'milestones'),
          subject: `${now.id}#${before.id}`,
          ...(readableOwner(now) === undefined ? {} : { owner: now.data.owner }),
          message: `Milestone \`${before.id}\` (${before.title}; due ${before.due}) existed at ${ref} and is gone from this plan: ${itemFix(moved, before)}`,
        });
      }
      // Written at the base but not valid there: its id is all that is known of it, and enough to
      // know it existed. Gone now, it is gone like any other (one still there is not-compared.ts's),
      // unless its invalid id was corrected: then it is still there, under the id its schema asked for.
      const corrected = new Set(correctedIds(then, now).map((entry) => entry.from));
      for (const { list, id } of unreadItems(then)) {
        if ((list === 'commitments' ? now.commitmentIds : now.milestoneIds).has(id) || corrected.has(id)) continue;
        const problem = baseProblemOf(comparison.base, then, id);
        report({
          ...listPlace(now, list),
          subject: `${now.id}#${id}`,
          ...(list === 'milestones' && readableOwner(now) !== undefined ? { owner: now.data.owner } : {}),
          message: `${list === 'commitments' ? 'Commitment' : 'Milestone'} \`${id}\` existed at ${ref} (it did not pass its schema there${problem ? `, line ${problem.line}: ${problem.message}` : ''}) and is gone from this plan: ${itemFix(undefined, {})}`,
        });
      }
    }
  },
};

/** The `commitments:` (or `milestones:`) key of a plan, or its first line when the list is gone. */
function listPlace(plan: Plan, list: 'commitments' | 'milestones') {
  return plan.file.yaml !== undefined && new RegExp(`^${list}:`, 'm').test(plan.file.yaml)
    ? { file: plan.file, path: [list], anchor: 'key' as const }
    : { file: plan.file, path: [], at: { line: 1, column: 1 } };
}

/** How a plan that is gone should have ended: as it was, when it had ended already. */
function planFix(status: string | undefined, open: number): string {
  if (status === 'done' || status === 'cancelled') {
    const rest = open > 0 ? `, and mark its ${countOf(open, 'open commitment')} done or dropped` : ' (nothing in it is open: it needs no change)';
    return `it is ${status} already, and a finished plan stays as the record of what was promised and how it ended. Restore it instead of deleting it${rest}`;
  }
  return 'restore it and set its `status` to done or cancelled instead of deleting it';
}

/**
 * The plan now (another than `from`) that holds an item of the same id saying the same, in the same
 * account first: where a deleted item went, so that the advice can say so.
 */
function movedTo<T extends 'commitments' | 'milestones'>(plans: readonly Plan[], from: Plan, list: T, id: string, same: (item: Plan[T][number]) => boolean): Plan | undefined {
  const holders = plans.filter((plan) => plan !== from && (plan[list] as Plan[T][number][]).some((item) => item.id === id && same(item)));
  return holders.find((plan) => plan.accountId === from.accountId) ?? holders[0];
}

function itemFix(moved: Plan | undefined, before: { done?: string | undefined; dropped?: { date: string } | undefined }): string {
  // Done or dropped already at the base: the advice to mark it so would be no advice. Its end is
  // the record (when it was kept; what was given up, why and who was told), and stays.
  const ended = before.done !== undefined ? `it was done on ${before.done} already` : before.dropped !== undefined ? `it was dropped on ${before.dropped.date} already` : undefined;
  if (ended !== undefined) {
    const where = moved === undefined ? '' : ` (a copy is now in ${readableField(moved, 'title') ?? 'the plan'}, ${moved.id})`;
    return `${ended}${where}, and a finished promise stays in the plan that made it as the record of how it ended. Restore it as it was`;
  }
  const fix = 'mark it done or dropped instead of deleting it (a drop says when, why and who was told). If you renamed its id, keep the old one';
  if (moved === undefined) return fix;
  return `it is now in ${readableField(moved, 'title') ?? 'the plan'} (${moved.id}). A promise leaves the plan that made it only by being done or dropped: keep it here and mark it dropped, saying it moved to ${moved.id} and who was told`;
}

