// The derived model: what the content means on a given day. It is the one place where the
// content's meaning is computed (who owes and who chases what, whether a plan promises dates or
// is closed, the agreement's state and its signed scope, when a client was last reached, a
// person's name, a rule's level). Rules, reports, the site and the calendars only read it, so
// they see the same statuses, the same days late and the same counts.
import type { Account, Content, Guide, PersonEntry } from './content.ts';
import { daysBetween, type CalendarDate } from './dates.ts';
import { deriveAccount, type AccountView } from './model/accounts.ts';
import type { CommitmentView, ItemView, MilestoneView } from './model/items.ts';
import { derivePeople, type PersonView } from './model/people.ts';
import { derivePlan, type PlanView } from './model/plan.ts';
import { ruleInfo } from './rules/catalog.ts';
import type { RuleLevel } from './schema/settings.ts';

export type { AccountView, ContactGap, IncidentView } from './model/accounts.ts';
export { followUpDays, reachesClient } from './model/accounts.ts';
export { contactName } from './model/contact-names.ts';
export type { AgreementChange, AgreementView, SignerView } from './model/agreement.ts';
export type { CommitmentView, ItemView, MilestoneView, Side } from './model/items.ts';
export { chaserOf, clientOwnerAndChaser, commitmentSide, itemLabel, itemPath, ownerAndChaser, ownerLabel, signedDue } from './model/items.ts';
export { planName, subjectName } from './model/names.ts';
export type { PersonView } from './model/people.ts';
export type { HandoffItem, PlanView } from './model/plan.ts';
export { commitmentStatus, isFollowUpStale, isReviewOverdue, itemStatus, timedStatus } from './model/status.ts';
export type { CommitmentStatus, ItemStatus, MilestoneStatus } from './model/status.ts';
export { COUNTED_PLAN_STATUSES, countedCommitments, outcomesSoFar, promiseOutcome, promiseTrend } from './model/trend.ts';
export type { KeepingCounts, PromiseOutcome, PromiseTrend, TrendGroup, TrendOptions, WeekCounts } from './model/trend.ts';
export { CLIENT_TEAM, NO_TEAM, SIDE_LABELS, TREND_GROUPINGS } from './model/trend-groups.ts';
export type { TrendBy } from './model/trend-groups.ts';
export { CAUSE_LABELS, incidentTrend } from './model/incident-trend.ts';
export type { CauseTrend, IncidentCause, IncidentTrend } from './model/incident-trend.ts';
export { CHANGE_WEEKS, DEFAULT_TREND_WEEKS, MAX_TREND_WEEKS, weeksEndingWith } from './model/weeks.ts';
export type { Week } from './model/weeks.ts';

export interface Model {
  asOf: CalendarDate;
  content: Content;
  accounts: AccountView[];
  plans: PlanView[];
  commitments: CommitmentView[];
  milestones: MilestoneView[];
  /** Every milestone and commitment, plan by plan, milestones first. */
  items: ItemView[];
  guides: Guide[];
  people: ReadonlyMap<string, PersonEntry>;
  /** What each person owes and chases, by person id. */
  byPerson: ReadonlyMap<string, PersonView>;
}

export function deriveModel(content: Content, asOf: CalendarDate): Model {
  const planViews = new Map(content.plans.map((plan) => [plan, derivePlan(content, plan, asOf)] as const));
  const plans = [...planViews.values()];
  const accounts = content.accounts.map((account) => deriveAccount(content, account, asOf, account.plans.map((plan) => planViews.get(plan)!)));
  const model: Omit<Model, 'byPerson'> = {
    asOf,
    content,
    accounts,
    plans,
    commitments: plans.flatMap((view) => view.commitments),
    milestones: plans.flatMap((view) => view.milestones),
    items: plans.flatMap((view) => [...view.milestones, ...view.commitments]),
    guides: content.guides,
    people: content.people,
  };
  // Derived when first read: no rule reads it, and `check` (and the site's judging of later
  // days, two more models) would sort every person's items for nothing (~40-70 ms a model at
  // 1,000 accounts).
  let byPerson: ReadonlyMap<string, PersonView> | undefined;
  return Object.defineProperty(model, 'byPerson', {
    get: () => (byPerson ??= derivePeople(content.people, plans, accounts)),
    enumerable: true,
  }) as Model;
}

/**
 * Whom a touchpoint's `with` names, as people read it: a contact by the name as the account's
 * `contacts` write it (whichever Unicode form `with` is typed in; a contact wins, as it does for
 * whether the touchpoint reaches the client), else one of our people by their name, else as written.
 */
export function withName(from: Pick<Model, 'people'>, account: Account, name: string): string {
  return account.contactNames?.written(name) ?? from.people.get(name)?.name ?? name;
}

/** A person's name from people.yaml, or the id when they are not there (`nobody` for no id). Of the model or the content: both hold people.yaml. */
export function personName(from: Pick<Model, 'people'>, id: string | undefined): string {
  if (id === undefined) return 'nobody';
  return from.people.get(id)?.name ?? id;
}

/** The level a rule runs at: playbook.yaml's `rules:`, else the rule's default. */
export function ruleLevel(content: Content, ruleId: string): RuleLevel {
  return (Object.hasOwn(content.settings.levels, ruleId) ? content.settings.levels[ruleId] : undefined) ?? ruleInfo(ruleId)?.severity ?? 'error';
}

/** How many days from `asOf` until `date` (negative when past). */
export function daysUntil(date: CalendarDate, asOf: CalendarDate): number {
  return daysBetween(asOf, date);
}
