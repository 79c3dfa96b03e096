// The derived model: what the content means on a given day. The rules judge it and the site
// renders it, so both see the same statuses, the same days late and the same follow-up dates.
import type { Account, Content, Guide, Indexed, PersonEntry, Plan } from './content.ts';
import { addDays, daysBetween, durationDays, type CalendarDate } from './dates.ts';
import type { CommitmentData, MilestoneData, Touchpoint } from './schema/index.ts';
import { own } from './own.ts';

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
  /**
   * The due date as the letter of agreement was signed (see `signedDue`), or `undefined` when the
   * plan is not signed by both sides. Differs from `data.due` when it slipped since.
   */
  signedDue: CalendarDate | undefined;
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
  /** The day the agreement took effect: the later of the two signatures; `undefined` unless both signed. */
  signedOn: CalendarDate | undefined;
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
  /** The touchpoints in date order, each with the gap since the contact before it. */
  history: ContactGap[];
}

/** A touchpoint and how long the client had not heard from us before it. */
export interface ContactGap {
  touchpoint: Indexed<Touchpoint>;
  /** Days since the previous touchpoint, or since `since` for the first one (0 if before it). */
  daysSincePrevious: number;
  /** The gap was longer than the account's cadence: a follow-up was missed then. */
  longerThanCadence: boolean;
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
  const signedOn = signingDate(plan);
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
      signedDue: signedOn === undefined ? undefined : signedDue(data, signedOn),
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
  const handoff = Object.entries(content.settings.checklist).map(([id, label]) => ({ id, label, done: own(plan.data.handoff, id) }));
  return { plan, promising, commitments, milestones, handoff, signedOn };
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
export function timedStatus(done: boolean, due: CalendarDate, promising: boolean, asOf: CalendarDate, remindDays: number): 'done' | 'overdue' | 'due-soon' | 'open' {
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
    followUpStale: readable(account, FOLLOW_UP_FIELDS) && isFollowUpStale(data.stage, nextFollowUp, asOf),
    lastReview,
    governanceDays,
    nextReview,
    governanceOverdue: readable(account, GOVERNANCE_FIELDS) && isReviewOverdue(nextReview, asOf),
    plans: account.plans.map((plan) => planViews.get(plan)!),
    history: contactHistory(account.touchpoints, data.since, cadenceDays),
  };
}

// An account whose stage, dates, cadence or touchpoints could not all be read is not called stale:
// its schema findings say what to fix, and a stand-in value must not raise a false alarm.
const FOLLOW_UP_FIELDS = ['stage', 'since', 'follow_up_every', 'touchpoints'];
const GOVERNANCE_FIELDS = ['stage', 'since', 'governance_every', 'touchpoints'];

function readable(account: Account, fields: readonly string[]): boolean {
  return fields.every((field) => !account.invalidFields.has(field));
}

/** Stale when the account is expected to be in touch and last contact + cadence < today. */
export function isFollowUpStale(stage: string, nextFollowUp: CalendarDate, asOf: CalendarDate): boolean {
  return !QUIET_STAGES.has(stage) && nextFollowUp < asOf;
}

/** A governance review is overdue when its due date is before today. */
export function isReviewOverdue(nextReview: CalendarDate | undefined, asOf: CalendarDate): boolean {
  return nextReview !== undefined && nextReview < asOf;
}

function contactHistory(touchpoints: readonly Indexed<Touchpoint>[], since: CalendarDate, cadenceDays: number): ContactGap[] {
  // Stable sort: touchpoints on one day keep their written order.
  const ordered = [...touchpoints].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let previous = since;
  return ordered.map((touchpoint) => {
    const days = Math.max(0, daysBetween(previous, touchpoint.date));
    if (touchpoint.date > previous) previous = touchpoint.date;
    return { touchpoint, daysSincePrevious: days, longerThanCadence: days > cadenceDays };
  });
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

/** The later of the two signatures' dates, when both sides signed. */
export function signingDate(plan: Plan): CalendarDate | undefined {
  const { customer, us } = plan.data.agreement ?? {};
  if (!customer || !us) return undefined;
  return customer.date > us.date ? customer.date : us.date;
}

/**
 * A commitment's due date as it stood when the agreement was signed on `signedOn`: the `from` of
 * the first slip dated after that day, else the current `due` (it has not moved since).
 *
 * This is derived from the slips rather than from git history on purpose: the slips are the
 * record the playbook keeps (and `silent-slip` makes every later move add one), they say when a
 * date was renegotiated rather than when someone committed a file, and they are there in a
 * shallow clone, a site build without history or a folder that is not a repository at all.
 * A slip dated the day of signing is taken as part of what was signed. A commitment added after
 * signing shows its first due date: the slips cannot tell when it was added.
 */
export function signedDue(commitment: CommitmentData, signedOn: CalendarDate): CalendarDate {
  return commitment.slips.find((slip) => slip.date > signedOn)?.from ?? commitment.due;
}

/** The commitments of a signed plan whose due date moved since signing: as signed, and now. */
export function movedSinceSigning(view: PlanView): { commitment: CommitmentView; signed: CalendarDate; now: CalendarDate; days: number }[] {
  return view.commitments.flatMap((commitment) =>
    commitment.signedDue !== undefined && commitment.signedDue !== commitment.data.due
      ? [{ commitment, signed: commitment.signedDue, now: commitment.data.due, days: daysBetween(commitment.signedDue, commitment.data.due) }]
      : [],
  );
}
