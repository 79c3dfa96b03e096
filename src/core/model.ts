// The derived model: what the content means on a given day. The rules judge it and the site
// renders it, so both see the same statuses, the same days late and the same follow-up dates.
import type { Account, Content, Guide, Indexed, PersonEntry, Plan } from './content.ts';
import { addDays, daysBetween, durationDays, type CalendarDate } from './dates.ts';
import type { CommitmentData, MilestoneData, Touchpoint } from './schema/index.ts';

export type Side = 'ours' | 'client';
export type CommitmentStatus = 'done' | 'dropped' | 'overdue' | 'due-soon' | 'at-risk' | 'open';
export type MilestoneStatus = 'done' | 'overdue' | 'due-soon' | 'open';

/** Plans in these states promise dates: only they can be overdue or due soon. */
const PROMISING_STATUSES = new Set(['agreed', 'active']);
/** Accounts in these stages are not expected to be in touch. */
const QUIET_STAGES = new Set(['paused', 'closed']);
/** Accounts in these stages hold governance reviews, when they have a cadence for them. */
const GOVERNED_STAGES = new Set(['delivery', 'partner']);

export interface CommitmentView {
  /** `<account>/<plan>#<id>` */
  key: string;
  id: string;
  plan: Plan;
  data: Indexed<CommitmentData>;
  side: Side;
  /** The owner's name: a person's name from people.yaml, or the contact's name. */
  ownerName: string;
  status: CommitmentStatus;
  /** Neither done nor dropped. */
  open: boolean;
  /** Days past due for an overdue commitment, else 0. */
  daysLate: number;
  slipCount: number;
  /** The due date first agreed: the first slip's `from`, or `due` if it never slipped. */
  originalDue: CalendarDate;
}

export interface MilestoneView {
  key: string;
  id: string;
  plan: Plan;
  data: Indexed<MilestoneData>;
  status: MilestoneStatus;
  daysLate: number;
}

export interface PlanView {
  plan: Plan;
  /** Agreed or active: its dates are promises today. */
  promising: boolean;
  commitments: CommitmentView[];
  milestones: MilestoneView[];
  /** Checklist item id -> the date it was done, or undefined. In playbook.yaml's order. */
  handoff: { id: string; label: string; done: CalendarDate | undefined }[];
}

export interface AccountView {
  account: Account;
  lastTouchpoint: Indexed<Touchpoint> | undefined;
  /** The last touchpoint's date, or `since` when there is none. */
  lastContact: CalendarDate;
  cadenceDays: number;
  nextFollowUp: CalendarDate;
  /** Expected to be in touch (not paused or closed), and the cadence has lapsed. */
  followUpStale: boolean;
  lastReview: Indexed<Touchpoint> | undefined;
  governanceDays: number | undefined;
  /** The date the next governance review is due, for accounts that hold them. */
  nextReview: CalendarDate | undefined;
  governanceOverdue: boolean;
  plans: PlanView[];
}

export interface Model {
  asOf: CalendarDate;
  content: Content;
  accounts: AccountView[];
  plans: PlanView[];
  commitments: CommitmentView[];
  milestones: MilestoneView[];
  guides: Guide[];
  people: ReadonlyMap<string, PersonEntry>;
}

export function deriveModel(content: Content, asOf: CalendarDate): Model {
  const { remindDays } = content.settings;
  const planViews = new Map<Plan, PlanView>();
  for (const plan of content.plans) planViews.set(plan, derivePlan(content, plan, asOf, remindDays));
  const plans = [...planViews.values()];
  const accounts = content.accounts.map((account) => deriveAccount(content, account, asOf, planViews));
  return {
    asOf,
    content,
    accounts,
    plans,
    commitments: plans.flatMap((view) => view.commitments),
    milestones: plans.flatMap((view) => view.milestones),
    guides: content.guides,
    people: content.people,
  };
}

function derivePlan(content: Content, plan: Plan, asOf: CalendarDate, remindDays: number): PlanView {
  const promising = PROMISING_STATUSES.has(plan.data.status);
  const commitments = plan.commitments.map((data): CommitmentView => {
    const status = commitmentStatus(data, promising, asOf, remindDays);
    const person = content.people.get(data.owner);
    return {
      key: `${plan.id}#${data.id}`,
      id: data.id,
      plan,
      data,
      side: content.personIds.has(data.owner) ? 'ours' : 'client',
      ownerName: person?.name ?? data.owner,
      status,
      open: status !== 'done' && status !== 'dropped',
      daysLate: status === 'overdue' ? daysBetween(data.due, asOf) : 0,
      slipCount: data.slips.length,
      originalDue: data.slips[0]?.from ?? data.due,
    };
  });
  const milestones = plan.milestones.map((data): MilestoneView => {
    const status = timedStatus(data.done !== undefined, data.due, promising, asOf, remindDays) as MilestoneStatus;
    return {
      key: `${plan.id}#${data.id}`,
      id: data.id,
      plan,
      data,
      status,
      daysLate: status === 'overdue' ? daysBetween(data.due, asOf) : 0,
    };
  });
  const handoff = Object.entries(content.settings.checklist).map(([id, label]) => ({ id, label, done: plan.data.handoff[id] }));
  return { plan, promising, commitments, milestones, handoff };
}

/** Done, dropped, then what the dates say, then at risk. */
export function commitmentStatus(data: CommitmentData, promising: boolean, asOf: CalendarDate, remindDays: number): CommitmentStatus {
  if (data.done !== undefined) return 'done';
  if (data.dropped !== undefined) return 'dropped';
  const timed = timedStatus(false, data.due, promising, asOf, remindDays);
  if (timed !== 'open') return timed;
  return data.risk !== undefined ? 'at-risk' : 'open';
}

/** Overdue is `due < today`; due soon is `today <= due <= today + remind_before`. */
function timedStatus(done: boolean, due: CalendarDate, promising: boolean, asOf: CalendarDate, remindDays: number): 'done' | 'overdue' | 'due-soon' | 'open' {
  if (done) return 'done';
  if (!promising) return 'open';
  if (due < asOf) return 'overdue';
  if (due <= addDays(asOf, remindDays)) return 'due-soon';
  return 'open';
}

function deriveAccount(content: Content, account: Account, asOf: CalendarDate, planViews: Map<Plan, PlanView>): AccountView {
  const { data } = account;
  const lastTouchpoint = latest(account.touchpoints);
  const lastContact = lastTouchpoint?.date ?? data.since;
  const cadenceDays = data.follow_up_every ? durationDays(data.follow_up_every) : content.settings.followUpDays;
  const nextFollowUp = addDays(lastContact, cadenceDays);
  const lastReview = latest(account.touchpoints.filter((touchpoint) => touchpoint.kind === 'review'));
  const governanceDays = data.governance_every ? durationDays(data.governance_every) : undefined;
  const governed = governanceDays !== undefined && GOVERNED_STAGES.has(data.stage);
  const nextReview = governed ? addDays(lastReview?.date ?? data.since, governanceDays) : undefined;
  return {
    account,
    lastTouchpoint,
    lastContact,
    cadenceDays,
    nextFollowUp,
    // Stale when last contact + cadence < today.
    followUpStale: !QUIET_STAGES.has(data.stage) && nextFollowUp < asOf,
    lastReview,
    governanceDays,
    nextReview,
    governanceOverdue: nextReview !== undefined && nextReview < asOf,
    plans: account.plans.map((plan) => planViews.get(plan)!),
  };
}

/** The touchpoint with the latest date; of several on that day, the last written. */
function latest(touchpoints: readonly Indexed<Touchpoint>[]): Indexed<Touchpoint> | undefined {
  let best: Indexed<Touchpoint> | undefined;
  for (const touchpoint of touchpoints) if (!best || touchpoint.date >= best.date) best = touchpoint;
  return best;
}

/** How many days from `asOf` until `date` (negative when past). */
export function daysUntil(date: CalendarDate, asOf: CalendarDate): number {
  return daysBetween(asOf, date);
}
