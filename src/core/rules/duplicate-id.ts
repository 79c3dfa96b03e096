import { nameKey } from '../model/contact-names.ts';
import { chaserClause, itemPeople, readableOwner } from './item-report.ts';
import type { Rule } from './rule.ts';

/**
 * Two items (commitments or milestones) with the same id in one plan, two incidents with the
 * same id in one account, or two contacts with the same name in one account. Judged on every item
 * written, including one whose other fields are invalid, so that one run reports both problems.
 *
 * A contact's name is its id: items, touchpoints, signatures and `told` name the client's people by
 * it, so two contacts with one name make an owner or a signature ambiguous. Each contact alone is
 * well formed (not a `schema` finding); it is the repeated identifier that is wrong, as for ids.
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two items with the same id in one plan, or two incidents with the same id or two contacts with the same name in one account',
  check({ model, content, report }) {
    for (const { account } of model.accounts) {
      for (const { index, id } of repeated(account.writtenIncidents)) {
        report({
          file: account.file,
          path: ['incidents', index, 'id'],
          subject: `${account.id}#${id}`,
          owner: readableOwner(account),
          message: `The id \`${id}\` is used twice for incidents of this account; give this incident another id`,
        });
      }
      // Compared by `nameKey`: one name typed once with composed accents and once with decomposed ones is one name.
      for (const { index, id: name } of repeated(account.writtenContacts, (contact) => nameKey(contact.id))) {
        report({
          file: account.file,
          path: ['contacts', index, 'name'],
          subject: account.id,
          owner: readableOwner(account),
          message: `The name \`${name}\` is used twice for contacts of this account, so an owner, a signature, a \`told\` or a \`with\` that names it could mean either; keep one contact with this name, or write the two names so that they differ`,
        });
      }
    }
    for (const { plan } of model.plans) {
      for (const item of plan.repeatedItems) {
        const kind = item.list === 'milestones' ? 'milestone' : 'commitment';
        const first = item.firstList === 'milestones' ? 'milestone' : 'commitment';
        // As written (the item may be invalid otherwise): a client's commitment names its chaser.
        const people = itemPeople(content, plan, item.list, item);
        report({
          file: plan.file,
          path: [item.list, item.index, 'id'],
          subject: `${plan.id}#${item.id}`,
          ...people,
          message: `The id \`${item.id}\` is used twice in this plan (a ${first} has it already); give this ${kind} another id${chaserClause(content, people)}`,
        });
      }
    }
  },
};

/** The entries whose id (or `keyOf`) an earlier entry has already. */
function repeated<T extends { id: string }>(entries: readonly T[], keyOf: (entry: T) => string = (entry) => entry.id): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = keyOf(entry);
    return seen.has(key) ? true : (seen.add(key), false);
  });
}
