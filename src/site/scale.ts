// A time axis for the build-time SVG timelines: calendar dates to x positions, and month,
// quarter or year ticks depending on the span. Presentation only.
import { dayNumber, fromDayNumber, type CalendarDate } from '../core/dates.ts';

export interface TimeScale {
  start: CalendarDate;
  end: CalendarDate;
  left: number;
  right: number;
  x(date: CalendarDate): number;
  contains(date: CalendarDate): boolean;
}

/** A scale covering every date given, padded a little on both sides so markers are not cut. */
export function timeScale(dates: readonly CalendarDate[], left: number, right: number): TimeScale {
  const days = dates.map(dayNumber);
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (!Number.isFinite(first)) first = last = 0;
  const pad = Math.max(3, Math.round((last - first) * 0.03));
  first -= pad;
  last += pad;
  const width = right - left;
  const span = Math.max(1, last - first);
  return {
    start: fromDayNumber(first),
    end: fromDayNumber(last),
    left,
    right,
    x: (date) => round(left + ((dayNumber(date) - first) / span) * width),
    contains: (date) => {
      const day = dayNumber(date);
      return day >= first && day <= last;
    },
  };
}

export interface Tick {
  x: number;
  label: string;
  date: CalendarDate;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First-of-month ticks; every quarter past 18 months, every year past 4 years. */
export function ticks(scale: TimeScale): Tick[] {
  const spanDays = dayNumber(scale.end) - dayNumber(scale.start);
  const step = spanDays > 4 * 366 ? 12 : spanDays > 548 ? 3 : 1;
  const result: Tick[] = [];
  let [year, month] = scale.start.split('-').map(Number) as [number, number];
  // The first month boundary after the scale's start, then one a month until its end.
  for (month += 1; ; month += 1) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > scale.end) break;
    if ((month - 1) % step !== 0) continue;
    const label = step === 12 ? String(year) : month === 1 || result.length === 0 ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1]!;
    result.push({ x: scale.x(date), label, date });
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
