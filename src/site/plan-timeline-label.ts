// Where a plan timeline's today label goes, for the build (plan-timeline.ts) and for the browser
// script that moves it to the reader's day (client/as-of.ts): one rule, so that a page read on a
// later day places it where a build for that day does. Small: the script imports it.
import type { CalendarDate } from '../core/dates.ts';
import { labelStart, textWidth } from './scale.ts';

/** The font size of the kickoff, target and today labels (site.css, .tl-line text). */
export const LINE_FONT = 11;

/**
 * Where today's label starts, from today's line at `x`: just left of the line, moved left so it
 * ends inside the chart (`left`..`right`).
 */
export function todayLabelDx(x: number, today: CalendarDate, left: number, right: number): number {
  return Math.round((labelStart(x, textWidth(`Today ${today}`, LINE_FONT), left, right) - x) * 10) / 10;
}
