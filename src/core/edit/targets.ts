// Finding what a command names: an account, a plan, an item `<account>/<plan>#<item>`, a person
// or a contact, with "did you mean ...?" when it does not exist. Each failure is an EditError.
import type { Account, Content, Plan } from '../content.ts';
import { isCalendarDate, whyNotADate, type CalendarDate } from '../dates.ts';
import type { CommitmentData, MilestoneData } from '../schema/index.ts';
import { didYouMean } from '../suggest.ts';
import { EditError } from './errors.ts';

/**
 * ` (did you mean X?)`: the closest known value by spelling, else the one known value that holds
 * what was typed (`jane` for `jane-doe`, `Heather` for `Heather McAllister`), else nothing.
 */
export function hint(value: string, known: Iterable<string>): string {
  const list = [...known];
  const typo = didYouMean(value, list);
  if (typo !== '') return typo;
  const typed = value.trim().toLowerCase();
  const holding = typed === '' ? [] : list.filter((candidate) => candidate.toLowerCase().includes(typed));
  return holding.length === 1 ? ` (did you mean ${holding[0]}?)` : '';
}

export interface ItemRef {
  accountId: string;
  planSlug: string;
  planId: string;
  itemId: string;
}

/** `northwind/scanner-rollout#install-scanners` */
export function parseItemRef(text: string): ItemRef | undefined {
  const match = /^([^/#\s]+)\/([^/#\s]+)#([^/#\s]+)$/.exec(text.trim());
  if (!match) return undefined;
  const [, accountId, planSlug, itemId] = match as unknown as [string, string, string, string];
  return { accountId, planSlug, planId: `${accountId}/${planSlug}`, itemId };
}

/**
 * Refuses, writing nothing, when the file is there but cannot be read or is not UTF-8: rewriting
 * it would replace every byte it could not decode (a Latin-1 `é` in the body, say) for good.
 */
export function refuseUnreadable(content: Content, contentPath: string): void {
  if (!content.unreadable?.has(contentPath)) return;
  const problem = content.problems.find((f) => f.rule === 'schema' && f.file.endsWith(contentPath));
  const where = problem ? `${problem.file}:${problem.line}:${problem.column}` : contentPath;
  const why = problem ? problem.message.replace(/[;,] (so )?nothing in it was checked.*$/, '') : 'it cannot be read';
  throw new EditError(`${where}: ${why}. Fix that file first; nothing was written.`);
}

export function findAccount(content: Content, id: string): Account {
  const account = content.accounts.find((a) => a.id === id);
  if (account) return account;
  refuseUnreadable(content, `accounts/${id}/index.mdx`);
  if (content.files.has(`accounts/${id}/index.mdx`)) {
    throw new EditError(`the account ${id} has errors that stop it from loading; run \`playbook check\`, fix them, then run this command again.`);
  }
  const ids = content.accounts.map((a) => a.id);
  throw new EditError(`there is no account \`${id}\`${hint(id, ids)}; the accounts are ${ids.join(', ') || 'none yet'}.`);
}

export function findPlan(content: Content, planId: string): Plan {
  const plan = content.plans.find((p) => p.id === planId);
  if (plan) return plan;
  refuseUnreadable(content, `accounts/${planId}.mdx`);
  if (content.files.has(`accounts/${planId}.mdx`)) {
    throw new EditError(`the plan ${planId} has errors that stop it from loading; run \`playbook check\`, fix them, then run this command again.`);
  }
  const [accountId] = planId.split('/');
  const account = content.accounts.find((a) => a.id === accountId);
  if (!account && !content.plans.some((p) => p.accountId === accountId)) findAccount(content, accountId!);
  const ids = content.plans.map((p) => p.id);
  const siblings = content.plans.filter((p) => p.accountId === accountId).map((p) => p.id);
  throw new EditError(`there is no plan \`${planId}\`${hint(planId, ids)}; the plans of ${accountId} are ${siblings.join(', ') || 'none yet'}.`);
}

export type FoundItem =
  | { kind: 'commitment'; plan: Plan; data: CommitmentData & { index: number } }
  | { kind: 'milestone'; plan: Plan; data: MilestoneData & { index: number } };

export function findItem(content: Content, ref: ItemRef): FoundItem {
  const plan = findPlan(content, ref.planId);
  const commitments = plan.commitments.filter((c) => c.id === ref.itemId);
  const milestones = plan.milestones.filter((m) => m.id === ref.itemId);
  if (commitments.length + milestones.length > 1) {
    throw new EditError(`${ref.planId} has more than one item with the id \`${ref.itemId}\`; give each its own id first.`);
  }
  if (commitments[0]) return { kind: 'commitment', plan, data: commitments[0] };
  if (milestones[0]) return { kind: 'milestone', plan, data: milestones[0] };
  if (plan.commitmentIds.has(ref.itemId) || plan.milestoneIds.has(ref.itemId)) {
    throw new EditError(`${ref.planId}#${ref.itemId} has errors that stop it from loading; run \`playbook check\`, fix them, then run this command again.`);
  }
  const ids = [...plan.commitments.map((c) => c.id), ...plan.milestones.map((m) => m.id)];
  throw new EditError(`${ref.planId} has no commitment or milestone \`${ref.itemId}\`${hint(ref.itemId, ids)}; its items are ${ids.join(', ') || 'none yet'}.`);
}

/** A person id from people.yaml. */
export function requirePerson(content: Content, id: string, role: string): string {
  if (content.personIds.has(id)) return id;
  refuseUnreadable(content, 'people.yaml');
  const where = content.peopleFile?.path ?? 'people.yaml';
  throw new EditError(`${role} \`${id}\` is not a person in ${where}${hint(id, content.personIds)}; use a person id from there, or add them first.`);
}

/** A contact of the account, by name (as written in its `contacts`). */
export function requireContact(account: Account, name: string, role: string): string {
  const trimmed = name.trim();
  if (account.contactNames?.has(trimmed)) return trimmed;
  const names = [...(account.contactNames ?? [])];
  throw new EditError(
    `${role} "${name}" is not a contact of ${account.data.name}${hint(name, names)}; the contacts are ${names.map((n) => `"${n}"`).join(', ') || 'none yet'} (add them to ${account.file.path} first).`,
  );
}

/** A date that records something that happened: a calendar date, not after today. */
export function pastDate(date: string, today: CalendarDate, flag: string): CalendarDate {
  if (!isCalendarDate(date)) throw new EditError(`${flag} ${date} ${whyNotADate(date, today)}.`);
  if (date > today) {
    throw new EditError(`${flag} ${date} is after today (${today}): record things once they have happened (or pass --as-of if today is not ${today}).`);
  }
  return date;
}

/** Any calendar date (a new due date). */
export function calendarDate(date: string, flag: string): CalendarDate {
  if (!isCalendarDate(date)) throw new EditError(`${flag} ${date} ${whyNotADate(date, '2026-11-30')}.`);
  return date;
}
