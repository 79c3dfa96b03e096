// The statuses that depend on today, as pure functions of the written data and the day. The
// model uses them at build time and the site's browser script calls the same functions for the
// reader's day, so a page read a week later says what a build made that day would say.
import { addDays, dayNumber, daysBetween, type CalendarDate } from '../dates.ts';

export type ItemStatus = 'done' | 'dropped' | 'overdue' | 'due-soon' | 'at-risk' | 'open';
export type CommitmentStatus = ItemStatus;
/** A milestone is never at risk (only commitments carry `risk`) nor due soon (`due-soon` is about commitments). */
export type MilestoneStatus = Exclude<ItemStatus, 'at-risk' | 'due-soon'>;

/** Plans in these states promise dates: only their items can be overdue or due soon. */
export const PROMISING_STATUSES: ReadonlySet<string> = new Set(['agreed', 'active']);
/** Plans in these states are over: an open item in them is left behind. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['done', 'cancelled']);
/** Accounts in these stages are not expected to be in touch. */
export const QUIET_STAGES: ReadonlySet<string> = new Set(['paused', 'closed']);
/** Accounts in these stages hold governance reviews, when they have a cadence for them. */
export const GOVERNED_STAGES: ReadonlySet<string> = new Set(['delivery', 'partner']);
/** Accounts in these stages expect their owner to keep talking to the client after the sale. */
export const OWNER_TOUCH_STAGES: ReadonlySet<string> = new Set(['onboarding', 'delivery', 'partner']);

/** What an item's status is read from. */
export interface StatusInput {
  due: CalendarDate;
  done?: CalendarDate | undefined;
  dropped?: { date: CalendarDate } | undefined;
  risk?: string | undefined;
}

/**
 * Done, dropped, then what the dates say, then at risk (only commitments carry `risk`). A `done`
 * or a drop dated after today has not happened yet (it is a `future-date` error), as a touchpoint
 * or an `explained` dated after today counts for nothing: until its day the item is open.
 */
export function itemStatus(item: StatusInput, promising: boolean, asOf: CalendarDate, remindDays: number): ItemStatus {
  if (item.done !== undefined && !isFuture(item.done, asOf)) return 'done';
  if (item.dropped !== undefined && !isFuture(item.dropped.date, asOf)) return 'dropped';
  const timed = timedStatus(false, item.due, promising, asOf, remindDays);
  if (timed !== 'open') return timed;
  return item.risk !== undefined ? 'at-risk' : 'open';
}

/**
 * A milestone's status: done, dropped, overdue or open. The contract's `due-soon` is about
 * commitments (the chaser confirms them the day before); a milestone is reached through them, so
 * it is not "due soon" on the day before its date: not in a report, not on a page, not in a count.
 */
export function milestoneStatus(item: Omit<StatusInput, 'risk'>, promising: boolean, asOf: CalendarDate, remindDays: number): MilestoneStatus {
  const status = itemStatus(item, promising, asOf, remindDays);
  return status === 'due-soon' || status === 'at-risk' ? 'open' : status;
}

/** The status of a commitment (kept for the browser script, which names it so). */
export const commitmentStatus = itemStatus;

/** Overdue is `due < today`; due soon is `today <= due <= today + remind_before`. */
export function timedStatus(done: boolean, due: CalendarDate, promising: boolean, asOf: CalendarDate, remindDays: number): 'done' | 'overdue' | 'due-soon' | 'open' {
  if (done) return 'done';
  if (!promising) return 'open';
  if (due < asOf) return 'overdue';
  // By day numbers (each date's is remembered), not by writing out asOf + remindDays for every item.
  if (dayNumber(due) <= dayNumber(asOf) + remindDays) return 'due-soon';
  return 'open';
}

/** Stale when the account is expected to be in touch and last contact + cadence < today. */
export function isFollowUpStale(stage: string, nextFollowUp: CalendarDate, asOf: CalendarDate): boolean {
  return !QUIET_STAGES.has(stage) && nextFollowUp < asOf;
}

/** A date that is due (a review, the owner's own contact) is overdue when it is before today. */
export function isReviewOverdue(nextReview: CalendarDate | undefined, asOf: CalendarDate): boolean {
  return nextReview !== undefined && nextReview < asOf;
}

/** Days past due on `asOf` for an item of that status: 0 unless it is overdue. */
export function daysLate(status: ItemStatus, due: CalendarDate, asOf: CalendarDate): number {
  return status === 'overdue' ? daysBetween(due, asOf) : 0;
}

/** A plan whose kickoff is today or earlier has started: its handoff checklist must be complete. */
export function hasStarted(kickoff: CalendarDate, asOf: CalendarDate): boolean {
  return kickoff <= asOf;
}

/** A record dated after today (a touchpoint, a `done`...) describes something that has not happened. */
export function isFuture(date: CalendarDate, asOf: CalendarDate): boolean {
  return date > asOf;
}

/**
 * An incident is explained once its `explained` date has come; until then it is unexplained once
 * the day it should have been explained by has passed.
 */
export function isExplained(explained: CalendarDate | undefined, asOf: CalendarDate): boolean {
  return explained !== undefined && explained <= asOf;
}

export function isIncidentUnexplained(explainBy: CalendarDate, explained: CalendarDate | undefined, asOf: CalendarDate): boolean {
  return !isExplained(explained, asOf) && explainBy < asOf;
}

/**
 * What a date-dependent status or finding depends on, so that it can be judged again on another
 * day with the functions above: the site's pages carry these, and the browser script re-judges
 * them for the reader's today (see src/core/model/when.ts for where each comes from).
 * - `overdue`, `due-soon`, `at-risk`, `upcoming`: an open item of a plan that promises dates,
 *   with that status (`at-risk`: a commitment with a known risk; `upcoming`: not yet due soon,
 *   but due within `days`);
 * - `stale`: an account's follow-up (`date` is the next follow-up);
 * - `lapsed`: a date that was due has passed (a review, the owner's own contact, a guide's review);
 * - `started`: a plan's kickoff has come; `future`: a date still ahead;
 * - `unexplained`: an incident to explain by `date`, explained on `explained`;
 * - `always`: nothing about it depends on the day.
 */
export type Verdict =
  | { test: 'overdue' | 'due-soon' | 'at-risk'; date: CalendarDate }
  | { test: 'upcoming'; date: CalendarDate; days: number }
  | { test: 'stale'; date: CalendarDate; stage: string; later?: Later | undefined }
  | { test: 'lapsed'; date: CalendarDate; later?: Later | undefined }
  | { test: 'started' | 'future'; date: CalendarDate }
  | { test: 'unexplained'; date: CalendarDate; explained?: CalendarDate | undefined }
  | { test: 'always' };

/**
 * Contacts written ahead of the build's day (accounts.ts `laterContacts`): from its day on, each
 * moves the next date due to its date plus `every` days, as a build made that day would count it.
 */
export interface Later {
  dates: CalendarDate[];
  every: number;
}

/** The date due (a follow-up, a review) on `asOf`: `date`, or later if a contact of `later` has come by then. */
export function nextDueOn(date: CalendarDate, later: Later | undefined, asOf: CalendarDate): CalendarDate {
  let next = date;
  for (const day of later?.dates ?? []) {
    if (day > asOf) break;
    const after = addDays(day, later!.every);
    if (after > next) next = after;
  }
  return next;
}

/** A verdict, or (`not`) its opposite: "not late" is how an item stays on the list of what is owed. */
export interface When {
  verdict: Verdict;
  not?: boolean;
  /**
   * The day from which it holds no longer, whatever the verdict says: an item's `done` or drop
   * written ahead of the build's day (the item is open until then, and is neither late nor owed
   * from that day on), or the contact written ahead that a finding of a lapsed follow-up stops
   * measuring from (when.ts).
   */
  until?: CalendarDate | undefined;
}

export const ALWAYS: When = { verdict: { test: 'always' } };
export const NEVER: When = { verdict: { test: 'always' }, not: true };

/** Whether a verdict holds on `asOf`, with the playbook's due-soon window. */
export function holds(when: When, asOf: CalendarDate, remindDays: number): boolean {
  if (when.until !== undefined && asOf >= when.until) return false;
  const { verdict } = when;
  let result: boolean;
  switch (verdict.test) {
    case 'overdue':
    case 'due-soon':
      result = timedStatus(false, verdict.date, true, asOf, remindDays) === verdict.test;
      break;
    case 'at-risk':
      result = itemStatus({ due: verdict.date, risk: 'known' }, true, asOf, remindDays) === 'at-risk';
      break;
    case 'upcoming':
      result = timedStatus(false, verdict.date, true, asOf, remindDays) === 'open' && verdict.date <= addDays(asOf, verdict.days);
      break;
    case 'stale':
      result = isFollowUpStale(verdict.stage, nextDueOn(verdict.date, verdict.later, asOf), asOf);
      break;
    case 'lapsed':
      result = isReviewOverdue(nextDueOn(verdict.date, verdict.later, asOf), asOf);
      break;
    case 'started':
      result = hasStarted(verdict.date, asOf);
      break;
    case 'future':
      result = isFuture(verdict.date, asOf);
      break;
    case 'unexplained':
      result = isIncidentUnexplained(verdict.date, verdict.explained, asOf);
      break;
    default:
      result = true;
  }
  return when.not ? !result : result;
}
