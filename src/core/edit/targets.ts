// Finding what a command names: an account, a plan, an item `<account>/<plan>#<item>`, a person
// or a contact, with "did you mean ...?" when it does not exist; and checking what it is given (a
// date, a new id, a text that must say something). Each failure is an EditError.
import type { Account, Content, Plan } from '../content.ts';
import { isCalendarDate, whyNotADate, type CalendarDate } from '../dates.ts';
import type { CommitmentData, MilestoneData } from '../schema/index.ts';
import { ID_PATTERN, suggestedId } from '../schema/values.ts';
import { didYouMean } from '../suggest.ts';
import { EditError, FlagError } from './errors.ts';

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

/**
 * ` (file:line:column: message)`: the first error found in the file at `contentPath`, said in the
 * refusal, since it is often one a person can fix at once (a quote never closed, a wrong indent).
 */
function firstError(content: Content, contentPath: string): string {
  const file = content.files.get(contentPath)?.path;
  const problem = file === undefined ? undefined : content.problems.find((f) => f.file === file && f.severity === 'error');
  return problem ? ` (${problem.file}:${problem.line}:${problem.column}: ${problem.message})` : '';
}

export function findAccount(content: Content, id: string): Account {
  const account = content.accounts.find((a) => a.id === id);
  if (account) return account;
  refuseUnreadable(content, `accounts/${id}/index.mdx`);
  if (content.files.has(`accounts/${id}/index.mdx`)) {
    throw new EditError(`the account ${id} has errors that stop it from loading${firstError(content, `accounts/${id}/index.mdx`)}; fix them (\`playbook check\` lists them), then run this command again.`);
  }
  const ids = content.accounts.map((a) => a.id);
  throw new EditError(`there is no account \`${id}\`${didYouMean(id, ids)}; the accounts are ${ids.join(', ') || 'none yet'}.`);
}

export function findPlan(content: Content, planId: string): Plan {
  const plan = content.plans.find((p) => p.id === planId);
  if (plan) return plan;
  refuseUnreadable(content, `accounts/${planId}.mdx`);
  if (content.files.has(`accounts/${planId}.mdx`)) {
    throw new EditError(`the plan ${planId} has errors that stop it from loading${firstError(content, `accounts/${planId}.mdx`)}; fix them (\`playbook check\` lists them), then run this command again.`);
  }
  const [accountId] = planId.split('/');
  const account = content.accounts.find((a) => a.id === accountId);
  if (!account && !content.plans.some((p) => p.accountId === accountId)) findAccount(content, accountId!);
  const ids = content.plans.map((p) => p.id);
  const siblings = content.plans.filter((p) => p.accountId === accountId).map((p) => p.id);
  throw new EditError(`there is no plan \`${planId}\`${didYouMean(planId, ids)}; the plans of ${accountId} are ${siblings.join(', ') || 'none yet'}.`);
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
  // The first of its errors, said here: the fix is often one the person can make at once (quotes around `id: 2`).
  const key = `${ref.planId}#${ref.itemId}`;
  // An item whose id is not text (`id: 007`) is not its own subject: its finding is the plan's, and quotes what was written.
  const numbered = content.problems.find((f) => f.rule === 'schema' && f.subject === ref.planId && f.file === plan.file.path && f.message.includes(`\`id\` is read as a number (${ref.itemId})`));
  if (numbered || plan.commitmentIds.has(ref.itemId) || plan.milestoneIds.has(ref.itemId)) {
    const problem = numbered ?? content.problems.find((f) => f.rule === 'schema' && f.subject === key);
    const first = problem ? ` (${problem.file}:${problem.line}:${problem.column}: ${problem.message})` : '';
    throw new EditError(`${key} has errors that stop it from loading${first}; fix them (\`playbook check\` lists them), then run this command again.`);
  }
  const ids = [...plan.commitments.map((c) => c.id), ...plan.milestones.map((m) => m.id)];
  throw new EditError(`${ref.planId} has no commitment or milestone \`${ref.itemId}\`${didYouMean(ref.itemId, ids)}; its items are ${ids.join(', ') || 'none yet'}.`);
}

/** A person id from people.yaml. */
export function requirePerson(content: Content, id: string, role: string): string {
  if (content.personIds.has(id)) return id;
  refuseUnreadable(content, 'people.yaml');
  const where = content.peopleFile?.path ?? 'people.yaml';
  throw new EditError(`${role} \`${id}\` is not a person in ${where}${didYouMean(id, content.personIds)}; use a person id from there, or add them first.`);
}

/**
 * A contact of the account, by name: as written in its `contacts`, whichever Unicode form (composed
 * or decomposed accents) the argument is typed in.
 */
export function requireContact(account: Account, name: string, role: string): string {
  const written = account.contactNames?.written(name.trim());
  if (written !== undefined) return written;
  const names = [...(account.contactNames ?? [])];
  throw new EditError(
    `${role} "${name}" is not a contact of ${account.data.name}${didYouMean(name, names)}; the contacts are ${names.map((n) => `"${n}"`).join(', ') || 'none yet'} (add them to ${account.file.path} first).`,
  );
}

/** A contact of the account or one of our people (a person id): who was on a touchpoint, or told of an internal item. */
export function requireContactOrPerson(content: Content, account: Account, name: string, role: string): string {
  const trimmed = name.trim();
  const written = account.contactNames?.written(trimmed);
  if (written !== undefined) return written;
  if (content.personIds.has(trimmed)) return trimmed;
  const names = [...(account.contactNames ?? [])];
  const where = content.peopleFile?.path ?? 'people.yaml';
  throw new EditError(
    `${role} "${name}" is neither a contact of ${account.data.name} nor a person in ${where}${didYouMean(name, [...names, ...content.personIds])}; use a contact's name (${names.map((n) => `"${n}"`).join(', ') || 'none yet'}) or a person id.`,
  );
}

/**
 * Who was told of a slip, a drop or an addition: a contact of the account, since the client must
 * hear of it; for an internal item (between our own teams) a colleague, by person id, may stand.
 */
export function requireTold(content: Content, account: Account, name: string, internal: boolean, flag = '--told'): string {
  if (internal) return requireContactOrPerson(content, account, name, flag);
  const trimmed = name.trim();
  if (content.personIds.has(trimmed) && !account.contactNames?.has(trimmed)) {
    const names = [...(account.contactNames ?? [])];
    throw new EditError(
      `${flag} ${trimmed} is one of our people, but the client must be told: name the contact of ${account.data.name} who was told (${names.map((n) => `"${n}"`).join(', ') || 'none yet'}); a colleague may be told only of an internal commitment.`,
    );
  }
  return requireContact(account, name, flag);
}

/** Text that must say something: a reason, a title. */
export function requireText(value: string | undefined, flag: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') throw new FlagError(`${flag} must not be empty.`);
  return trimmed;
}

/** A new id: lowercase kebab-case, with a suggestion when it is not. */
export function requireId(id: string, what: string): string {
  if (ID_PATTERN.test(id)) return id;
  throw new FlagError(`the ${what} id \`${id}\` is not lowercase kebab-case; use something like \`${suggestedId(id)}\`.`);
}

/** A date that records something that happened: a calendar date, not after today. */
export function pastDate(date: string, today: CalendarDate, flag: string): CalendarDate {
  if (!isCalendarDate(date)) throw new FlagError(`${flag} ${date} ${whyNotADate(date, today)}.`);
  if (date > today) {
    throw new EditError(`${flag} ${date} is after today (${today}): record things once they have happened (or pass --as-of if today is not ${today}).`);
  }
  return date;
}

/** Any calendar date (a new due date). */
export function calendarDate(date: string, flag: string): CalendarDate {
  if (!isCalendarDate(date)) throw new FlagError(`${flag} ${date} ${whyNotADate(date, '2026-11-30')}.`);
  return date;
}
