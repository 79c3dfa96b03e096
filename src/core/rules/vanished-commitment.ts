import { countOf } from '../words.ts';
import type { Plan } from '../content.ts';
import { personName } from './describe.ts';
import type { BaseRule } from './base-rule.ts';
import { chaserClause, itemPeople, readableField, readableOwner } from './item-report.ts';

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
          message: `The plan ${title ?? then.id} (${facts}) existed at ${ref} and ${gone}: restore it and set its \`status\` to done or cancelled instead of deleting it. If you moved or renamed it, keep its commitments and their ids, so that it is recognised where it went`,
        });
        continue;
      }
      for (const before of then.commitments) {
        if (now.commitmentIds.has(before.id)) continue;
        // Whose it was at the base (it is not in the plan now), named as people.yaml names them now.
        const people = itemPeople(comparison.base, then, 'commitments', before);
        report({
          ...listPlace(now, 'commitments'),
          subject: `${now.id}#${before.id}`,
          ...people,
          message: `Commitment \`${before.id}\` (${before.what}; due ${before.due}; owner ${personName(content, before.owner)}) existed at ${ref} and is gone from this plan: mark it done or dropped instead of deleting it (a drop says when, why and who was told). If you renamed its id, keep the old one${chaserClause(content, people)}`,
        });
      }
      for (const before of then.milestones) {
        if (now.milestoneIds.has(before.id)) continue;
        report({
          ...listPlace(now, 'milestones'),
          subject: `${now.id}#${before.id}`,
          ...(readableOwner(now) === undefined ? {} : { owner: now.data.owner }),
          message: `Milestone \`${before.id}\` (${before.title}; due ${before.due}) existed at ${ref} and is gone from this plan: mark it done or dropped instead of deleting it (a drop says when, why and who was told). If you renamed its id, keep the old one`,
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
