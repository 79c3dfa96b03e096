// The statuses that depend on today, as pure functions of the written data and the day. The
// model uses them at build time and the site's browser script calls the same functions for the
// reader's day, so a page read a week later says what a build made that day would say.
import { addDays, type CalendarDate } from '../dates.ts';

export type ItemStatus = 'done' | 'dropped' | 'overdue' | 'due-soon' | 'at-risk' | 'open';
export type CommitmentStatus = ItemStatus;
export type MilestoneStatus = Exclude<ItemStatus, 'at-risk'>;

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
  dropped?: unknown;
  risk?: string | undefined;
}

/** Done, dropped, then what the dates say, then at risk (only commitments carry `risk`). */
export function itemStatus(item: StatusInput, promising: boolean, asOf: CalendarDate, remindDays: number): ItemStatus {
  if (item.done !== undefined) return 'done';
  if (item.dropped !== undefined) return 'dropped';
  const timed = timedStatus(false, item.due, promising, asOf, remindDays);
  if (timed !== 'open') return timed;
  return item.risk !== undefined ? 'at-risk' : 'open';
}

/** The status of a commitment (kept for the browser script, which names it so). */
export const commitmentStatus = itemStatus;

/** Overdue is `due < today`; due soon is `today <= due <= today + remind_before`. */
export function timedStatus(done: boolean, due: CalendarDate, promising: boolean, asOf: CalendarDate, remindDays: number): 'done' | 'overdue' | 'due-soon' | 'open' {
  if (done) return 'done';
  if (!promising) return 'open';
  if (due < asOf) return 'overdue';
  if (due <= addDays(asOf, remindDays)) return 'due-soon';
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
