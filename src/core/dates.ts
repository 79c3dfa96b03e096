// Calendar dates as `YYYY-MM-DD` strings, and durations as whole days.
//
// A calendar date is not an instant: `2026-11-02` is the same day in Toronto and in Kiritimati.
// So dates never pass through a local-time `Date`; arithmetic goes through a UTC day number,
// which no time zone can shift. Strings in this form also sort and compare correctly as text.

/** A calendar date, always `YYYY-MM-DD`. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;

/** The years a date may have: the contract's bounds, which also keep every date arithmetic in range. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** True when `text` is `YYYY-MM-DD`, names a real day (no 2026-02-30) and its year is from 1900 to 2999. */
export function isCalendarDate(text: string): boolean {
  return dateProblem(text) === undefined;
}

const NOT_A_DATE = 'expected a real calendar date written YYYY-MM-DD (no time of day), such as 2026-11-02';

/**
 * What is wrong with `text` as a calendar date, in words for the person who wrote it, or
 * `undefined` when it is one. Told by its characters alone, with no regular expression and no
 * allocation: a playbook names some 100,000 dates (every due, done and touchpoint).
 */
export function dateProblem(text: string): string | undefined {
  const year = yearWritten(text);
  if (year < 0) return NOT_A_DATE;
  if (year < FIRST_YEAR || year > LAST_YEAR) return `the year must be from ${FIRST_YEAR} to ${LAST_YEAR}: write all four digits of the year, such as 2026-11-02`;
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? NOT_A_DATE : undefined;
}

const DASH = 0x2d;

/**
 * The year of a text written `YYYY-MM-DD` (ten characters: ASCII digits around two dashes; the
 * month and day not checked), or -1 for any other text.
 */
function yearWritten(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return -1;
  if (digitsAt(text, 5, 2) < 0 || digitsAt(text, 8, 2) < 0) return -1;
  return digitsAt(text, 0, 4);
}

/** The number the `count` ASCII digits of `text` from `start` write, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Why a date given on the command line is refused, after the date: "is not a calendar date: ...". */
export function whyNotADate(text: string, example: CalendarDate): string {
  const year = yearWritten(text);
  if (year >= 0 && (year < FIRST_YEAR || year > LAST_YEAR)) {
    return `is outside the years ${FIRST_YEAR} to ${LAST_YEAR}: write all four digits of the year, such as ${example}`;
  }
  return `is not a calendar date: write it YYYY-MM-DD, such as ${example}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A date-only YAML value as a calendar date, whichever parser read it: the `yaml` package and
 * js-yaml's core schema hand over the string, while js-yaml's default schema (which Astro uses)
 * hands over a `Date` at UTC midnight. Anything else (a time of day, an impossible day) is
 * returned unchanged so that validation can say what is wrong with it.
 */
export function normalizeDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime()) && value.getTime() % DAY_MS === 0) {
    return value.toISOString().slice(0, 10);
  }
  return value;
}

const DAY_NUMBERS = new Map<string, number>();

/** Days since 1970-01-01 for a calendar date (an impossible day such as 02-30 runs on into the next month, as `Date` would). */
export function dayNumber(date: CalendarDate): number {
  // A playbook has a few thousand distinct dates, each looked up many times (once per day of the
  // site's reading window, for one): remembered, up to a bound that no playbook reaches.
  let days = DAY_NUMBERS.get(date);
  if (days === undefined) {
    days = computeDayNumber(date);
    if (DAY_NUMBERS.size >= 100_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(date, days);
  }
  return days;
}

/**
 * Plain arithmetic in the proleptic Gregorian calendar (H. Hinnant's days_from_civil) instead of
 * a `Date`: the model and the rules do this for every item, and at 1,000 accounts the `Date` round
 * trip was a measurable part of `check` (scripts/bench.ts).
 */
function computeDayNumber(date: CalendarDate): number {
  const written = yearWritten(date);
  if (written < 0) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  const month = digitsAt(date, 5, 2);
  const year = written - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digitsAt(date, 8, 2) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date `days` after day number 0 (1970-01-01): H. Hinnant's civil_from_days. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Beyond four digits, the ISO form `Date` gives (+012345-01-01), as before.
  if (year < 0 || year > 9999) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

const DURATION_PATTERN = /^([1-9]\d*|0)([dw])$/;

/** The longest duration the playbook takes: ten years, far beyond any cadence, and safe to add to any date. */
export const MAX_DURATION_DAYS = 520 * 7;

/** True when `text` is a duration such as `10d` or `2w` of at most 520 weeks. */
export function isDuration(text: string): boolean {
  return durationProblem(text, 0) === undefined;
}

/**
 * What is wrong with `text` as a duration of at least `minDays` days and at most 520 weeks, in
 * words for the person who wrote it, or `undefined` when it is one.
 */
export function durationProblem(text: string, minDays: number): string | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return 'expected a duration in days or weeks such as `10d` or `2w`';
  const days = Number(match[1]) * (match[2] === 'w' ? 7 : 1);
  if (days < minDays) return minDays === 1 ? 'a cadence is at least `1d`' : `expected at least ${minDays} days`;
  if (days > MAX_DURATION_DAYS) return 'at most `520w` (ten years): write a shorter duration, such as `2w`';
  return undefined;
}

/** What is wrong with `text` as a cadence (`follow_up_every`...): at least a day. */
export function cadenceProblem(text: string): string | undefined {
  return durationProblem(text, 1);
}

/** What is wrong with `text` as a window before a date (`remind_before`): may be no time at all. */
export function windowProblem(text: string): string | undefined {
  return durationProblem(text, 0);
}

/** A duration (`10d`, `2w`) in days. */
export function durationDays(duration: string): number {
  const match = DURATION_PATTERN.exec(duration);
  if (!match) throw new RangeError(`not a duration: ${JSON.stringify(duration)}`);
  return Number(match[1]) * (match[2] === 'w' ? 7 : 1);
}

/** The canonical zone names the runtime lists, read once (about 2 ms). */
let canonicalZones: ReadonlySet<string> | undefined;

/** True when `zone` is one of the names the runtime lists for its time zones, spelled as it lists it. */
export function isCanonicalTimeZone(zone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return canonicalZones.has(zone);
}

/** `UTC` and `Etc/UTC`: valid everywhere, but not among the names the runtime lists. */
export function isUtc(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC';
}


/**
 * One formatter per zone, kept: the site dates every commit of the repository's history (one per
 * page's last change), and a formatter takes ~70 µs to build against ~8 µs to read a date with
 * (2,000 dates: 138 against 15 ms).
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date it is in `timeZone` at the instant `now`. The caller passes the clock in:
 * no rule or model function ever reads it.
 */
export function dateInZone(now: Date, timeZone: string): CalendarDate {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "today", "tomorrow", "in 3 days", "yesterday", "7 days ago": `date` as seen from `today`. */
export function relativeDays(date: CalendarDate, today: CalendarDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "1 day", "7 days". */
export function dayCount(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** The Monday that starts the ISO week (Monday to Sunday) holding `date`. */
export function weekStart(date: CalendarDate): CalendarDate {
  const day = dayNumber(date);
  // Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 counts the days since Monday; the
  // double modulo keeps it positive for the years before 1970.
  return fromDayNumber(day - (((day + 3) % 7) + 7) % 7);
}

/**
 * The ISO 8601 week holding `date`, written `2026-W47`. A week belongs to the year of its
 * Thursday, so 2027-01-01 (a Friday) is in 2026-W53 and 2024-12-30 (a Monday) in 2025-W01.
 * Computed on UTC day numbers, like every date here: no time zone moves a day to another week.
 */
export function isoWeek(date: CalendarDate): string {
  const thursday = dayNumber(weekStart(date)) + 3;
  const year = fromDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
