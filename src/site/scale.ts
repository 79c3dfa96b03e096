// A time axis for the build-time SVG timelines: calendar dates to x positions, a readable window
// around today for long spans, month ticks spaced so that their labels never touch, and rows for
// labels so that no two overlap. Presentation only.
import { addDays, dayNumber, fromDayNumber, type CalendarDate } from '../core/dates.ts';

export interface TimeScale {
  start: CalendarDate;
  end: CalendarDate;
  left: number;
  right: number;
  /** Drawing units per day. */
  perDay: number;
  x(date: CalendarDate): number;
  contains(date: CalendarDate): boolean;
}

/** A scale from `start` to `end` (inclusive) onto `left`..`right`. */
export function scaleBetween(start: CalendarDate, end: CalendarDate, left: number, right: number): TimeScale {
  const first = dayNumber(start);
  const span = Math.max(1, dayNumber(end) - first);
  const perDay = (right - left) / span;
  return {
    start,
    end: fromDayNumber(first + span),
    left,
    right,
    perDay,
    x: (date) => round(left + (dayNumber(date) - first) * perDay),
    contains: (date) => date >= start && date <= fromDayNumber(first + span),
  };
}

/** A scale covering every date given, padded a little on both sides so markers are not cut. */
export function timeScale(dates: readonly CalendarDate[], left: number, right: number): TimeScale {
  const days = dates.map(dayNumber);
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (!Number.isFinite(first)) first = last = 0;
  const pad = Math.max(3, Math.round((last - first) * 0.03));
  return scaleBetween(fromDayNumber(first - pad), fromDayNumber(last + pad), left, right);
}

/**
 * The part of a span worth drawing: all of it when it is short, else `before` days before today
 * and `after` days after it (moved inside the span when today is outside it), so that what is due
 * now is drawn large enough to read. The tables beside each chart list everything.
 */
export function readableWindow(start: CalendarDate, end: CalendarDate, today: CalendarDate, before: number, after: number): { start: CalendarDate; end: CalendarDate } {
  const span = dayNumber(end) - dayNumber(start);
  if (span <= before + after) return { start, end };
  let from = dayNumber(today) - before;
  from = Math.max(dayNumber(start), Math.min(from, dayNumber(end) - before - after));
  return { start: fromDayNumber(from), end: fromDayNumber(from + before + after) };
}

/** Pads a window by a few days on each side, so that a marker on its edge is drawn whole. */
export function padded(window: { start: CalendarDate; end: CalendarDate }, days = 4): { start: CalendarDate; end: CalendarDate } {
  return { start: addDays(window.start, -days), end: addDays(window.end, days) };
}

export interface Tick {
  x: number;
  label: string;
  date: CalendarDate;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Roughly how wide a label is drawn, in drawing units, for a font of `size` units. */
export function textWidth(text: string, size: number): number {
  return Math.ceil([...text].length * size * 0.6);
}

/**
 * Month ticks, every 1, 2, 3, 6 or 12 months: the smallest step whose labels ("Jan 2027", "Feb")
 * keep a gap between each other at this font size.
 */
export function ticks(scale: TimeScale, fontSize = 11): Tick[] {
  // A label that would run past the chart's right edge is left off, not squeezed.
  const within = (found: Tick[]) => found.filter((tick) => tick.x + 3 + textWidth(tick.label, fontSize) <= scale.right + 14);
  for (const step of [1, 2, 3, 6, 12]) {
    const found = within(monthTicks(scale, step));
    if (found.every((tick, i) => i === 0 || found[i - 1]!.x + 3 + textWidth(found[i - 1]!.label, fontSize) + 6 <= tick.x)) return found;
  }
  return within(monthTicks(scale, 12));
}

function monthTicks(scale: TimeScale, step: number): Tick[] {
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

export interface PlacedLabel<T> {
  item: T;
  text: string;
  /** Where the text starts, and its anchor row (0 nearest the markers). */
  x: number;
  row: number;
}

/**
 * Places a label beside each marker (at `x`, in drawing units) in the first row where it does not
 * touch the label before it, shortening a label that would run past `right`. Every label is
 * placed: more rows are used as needed, so none overlaps another.
 */
export function placeLabels<T>(items: readonly { item: T; x: number; text: string }[], fontSize: number, left: number, right: number, maxChars = 34): { labels: PlacedLabel<T>[]; rows: number } {
  const ends: number[] = [];
  const labels: PlacedLabel<T>[] = [];
  for (const { item, x, text } of [...items].sort((a, b) => a.x - b.x)) {
    let label = [...text].length > maxChars ? `${[...text].slice(0, maxChars - 1).join('')}…` : text;
    let width = textWidth(label, fontSize);
    // Too long for the room left of the right edge: start it further left, or shorten it.
    let start = labelStart(x, width, left, right);
    while (start + width > right && [...label].length > 4) {
      label = `${[...label].slice(0, -2).join('')}…`;
      width = textWidth(label, fontSize);
      start = labelStart(x, width, left, right);
    }
    let row = ends.findIndex((end) => end + 8 <= start);
    if (row < 0) row = ends.push(0) - 1;
    ends[row] = start + width;
    labels.push({ item, text: label, x: round(start), row });
  }
  return { labels, rows: ends.length };
}

/**
 * Where a label of `width` beside a marker at `x` starts: just left of the marker, or further left
 * so that it ends by `right`, but never before `left`.
 */
export function labelStart(x: number, width: number, left: number, right: number): number {
  return Math.max(left, Math.min(x - 4, right - width));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The rows, [top, bottom], that a label of `fontSize` drawing units written on the baseline `y`
 * takes, its letters' ascent and descent included: a band for `around` to keep clear.
 */
export function labelBand(y: number, fontSize: number): [number, number] {
  return [y - fontSize - 1, y + 4];
}

/**
 * The span from y1 to y2 without the rows given (each [top, bottom]), as [from, to] pieces: on a
 * phone, where a timeline writes each lane's or row's name on a row of its own across the chart,
 * its vertical lines (gridlines, today, kickoff, target, a band) are drawn in these pieces so that
 * none runs through a name.
 */
export function around(y1: number, y2: number, rows: readonly [number, number][]): [number, number][] {
  const pieces: [number, number][] = [];
  let from = y1;
  for (const [top, bottom] of [...rows].sort((a, b) => a[0] - b[0])) {
    if (bottom <= from || top >= y2) continue;
    if (top > from) pieces.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (from < y2) pieces.push([from, y2]);
  return pieces;
}
