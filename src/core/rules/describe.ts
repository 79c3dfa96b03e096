// Words the rule messages share, so that findings read alike.
import { dayCount, daysBetween, relativeDays, type CalendarDate } from '../dates.ts';

export { ownerAndChaser, ownerLabel, personName } from '../model.ts';

/** "2026-11-15 (7 days ago)" */
export function dateWithDistance(date: CalendarDate, asOf: CalendarDate): string {
  return `${date} (${relativeDays(date, asOf)})`;
}

/** What `dateWithDistance` writes, as a pattern: the date, then its distance from today. */
export const DATE_WITH_DISTANCE = /(\d{4}-\d{2}-\d{2}) \((today|tomorrow|yesterday|in \d+ days|\d+ days ago)\)/;

/** A message without its distances from today: the same words on any day. */
export function withoutDistances(message: string): string {
  return message.includes(' (') ? message.replace(new RegExp(DATE_WITH_DISTANCE.source, 'g'), '$1').replace(/after today \(\d{4}-\d{2}-\d{2}\)/g, 'after today') : message;
}

/** "every 2 weeks" / "every 10 days" */
export function cadenceLabel(days: number): string {
  return days % 7 === 0 ? `every ${days / 7 === 1 ? 'week' : `${days / 7} weeks`}` : `every ${dayCount(days)}`;
}

/** "7 days" between two dates. */
export function gap(from: CalendarDate, to: CalendarDate): string {
  return dayCount(daysBetween(from, to));
}
