// Which day a calendar event goes on. A calendar is looked at on today and the days ahead, never
// on past days: an overdue commitment left on its due date was out of sight from the day it was
// missed, and a subscriber saw it only if they scrolled back. So a date that has passed while the
// thing is still owed (an overdue item, a follow-up, review or owner's contact that has lapsed)
// goes on the build's day, its summary saying since when it is owed, with the same UID: the site
// is rebuilt every day (the scheduled workflow) and a subscribed calendar rereads it twice a day
// (ics.ts), so the event moves along with today until it is done, dropped or moved by a slip.
// What is late comes from the model (the item's status, the account's flags), never from here.
import { daysBetween, type CalendarDate } from '../core/dates.ts';

export interface EventDay {
  /** The day the event goes on: its own date, or the build's day once it is late. */
  date: CalendarDate;
  /** Its own date, when it is late and so shown on the build's day instead. */
  lateSince: CalendarDate | undefined;
}

/** `date` while it is ahead; `today` once it is `late` (the model says when a date is). */
export function eventDay(date: CalendarDate, late: boolean, today: CalendarDate): EventDay {
  return late && date < today ? { date: today, lateSince: date } : { date, lateSince: undefined };
}

/** `Overdue (due 2026-11-10): Order the scanners (Bob Smith)`: first, so a narrow day cell shows it. */
export function lateSummary(summary: string, day: EventDay): string {
  return day.lateSince === undefined ? summary : `Overdue (due ${day.lateSince}): ${summary}`;
}

/**
 * An item's SEQUENCE (RFC 5545 3.8.7.4): how many times its event has moved, so that a calendar
 * that imported the file again takes the newer copy (one that sees a lower number keeps its
 * own). Each slip moves it once; each day it is late, the build's day moves it once more, and
 * those days are counted for the slips too (a slip renegotiated after the due date it moves,
 * `from`, came after as many moves), so the number never goes down when a late item slips.
 */
export function itemSequence(slips: readonly { date: CalendarDate; from: CalendarDate }[], day: EventDay, today: CalendarDate): number {
  let moves = slips.length;
  for (const slip of slips) moves += Math.max(0, daysBetween(slip.from, slip.date));
  if (day.lateSince !== undefined) moves += daysBetween(day.lateSince, today);
  return moves;
}

/**
 * An account's date's SEQUENCE (the next follow-up, review or owner's contact): the touchpoints
 * logged, plus the days from the account's `since` to the day the event is on. Both only grow
 * (a touchpoint moves the date later, and a late one is on the build's day, which comes later
 * every day), so a newer file always has the higher number.
 */
export function accountSequence(touchpoints: number, since: CalendarDate, day: EventDay): number {
  return touchpoints + Math.max(0, daysBetween(since, day.date));
}
