// A calendar's DTSTAMP: when its events were written, as a UTC date-time (RFC 5545 3.8.7.2). The
// site writes the same file for the same content and day, so this is not the clock's time but the
// moment the build's day began in the playbook's time zone. `<day>T000000Z`, midnight in UTC, was
// up to 14 hours ahead of the build in a zone east of UTC (Kiritimati's day begins at 10:00 UTC
// the day before), and a stamp from the future is one a calendar may distrust.
import { dateInZone, type CalendarDate } from '../core/dates.ts';

const MINUTE = 60_000;
const stamps = new Map<string, string>();

/** `20261204T100000Z` for 2026-12-05 in Pacific/Kiritimati; `20261205T000000Z` in UTC. */
export function dayStartStamp(day: CalendarDate, timeZone: string): string {
  const key = `${day}\0${timeZone}`;
  let stamp = stamps.get(key);
  if (stamp === undefined) {
    stamp = basicUtc(dayStart(day, timeZone));
    stamps.set(key, stamp);
  }
  return stamp;
}

/**
 * The first minute whose date in `timeZone` is `day`: a day begins between 14 hours before and 12
 * hours after its midnight in UTC (the widest offsets there are), and the date only moves forward
 * with the instant, so a binary search over those minutes finds it.
 */
function dayStart(day: CalendarDate, timeZone: string): number {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  let low = midnight - 14 * 60 * MINUTE; // may be before the day begins
  let high = midnight + 12 * 60 * MINUTE; // the day has begun
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (dateInZone(new Date(middle), timeZone) >= day) high = middle;
    else low = middle;
  }
  return dateInZone(new Date(low), timeZone) >= day ? low : high;
}

/** `2026-12-04T10:00:00.000Z` -> `20261204T100000Z` */
function basicUtc(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
