// The date in a time zone, told the way a command's own process can afford: TZ set to the zone
// for a moment and Date's local fields read. The core's dateInZone asks an Intl formatter, which
// works everywhere (the browser scripts use it too), but the first formatter of a process costs
// ~12 ms while ICU loads its locale data: more than `playbook log` spends on a 1,000-account
// playbook (docs/benchmarks.md, tenth round). V8 reads the zone from the same ICU time zone data,
// and Node resets V8's zone when TZ is assigned (documented since Node 13).
//
// TZ belongs to the whole process: only the command line, which runs nothing beside its command,
// sets it, and puts it back at once; the site's build keeps the formatter. A zone is set only when
// ICU lists it under that very name (Intl accepts other spellings, such as lower case, that TZ
// would not know and read as UTC), and only where setting TZ is seen to move the clock.
import { dateInZone, fromDayNumber, isCanonicalTimeZone, isUtc, type CalendarDate } from '../core/dates.ts';

/** The calendar date it is in `timeZone` at `now`: the same as dateInZone, sooner. */
export function zoneDate(now: Date, timeZone: string): CalendarDate {
  if (isUtc(timeZone)) return now.toISOString().slice(0, 10);
  if (!isCanonicalTimeZone(timeZone) || !tzMovesTheClock()) return dateInZone(now, timeZone);
  return withTz(timeZone, () => localDate(now));
}

/**
 * Whether this runtime follows TZ, tried once on two zones whose dates differ from each other and
 * from UTC's at 10:30 UTC: Kiritimati (14 hours ahead all year since 1995) and Pago Pago (11 behind).
 */
let followsTz: boolean | undefined;
function tzMovesTheClock(): boolean {
  const instant = new Date(Date.UTC(2026, 0, 1, 10, 30));
  followsTz ??= withTz('Pacific/Kiritimati', () => localDate(instant)) === '2026-01-02' && withTz('Pacific/Pago_Pago', () => localDate(instant)) === '2025-12-31';
  return followsTz;
}

function withTz<T>(timeZone: string, read: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return read();
  } finally {
    // An assignment of undefined would set the text "undefined".
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** The local calendar date at `now`: its instant moved by the zone's offset, as a day number. */
function localDate(now: Date): CalendarDate {
  return fromDayNumber(Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000));
}
