// The weeks a trend covers: whole ISO weeks (Monday to Sunday) ending with the week that holds
// today. Promise-keeping and incidents are both counted this way, so their weeks line up.
import { addDays, isoWeek, weekStart, type CalendarDate } from '../dates.ts';

export interface Week {
  /** `2026-W47` */
  key: string;
  /** Its Monday. */
  start: CalendarDate;
  /** Its Sunday. */
  end: CalendarDate;
}

/** The `count` weeks ending with the week that holds `asOf`, oldest first. */
export function weeksEndingWith(asOf: CalendarDate, count: number): Week[] {
  const last = weekStart(asOf);
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(last, -7 * (count - 1 - i));
    return { key: isoWeek(start), start, end: addDays(start, 6) };
  });
}

/** The default number of weeks a trend covers: a quarter. */
export const DEFAULT_TREND_WEEKS = 13;
/** The largest `--weeks`: ten years, past which a weekly table says nothing a person can read. */
export const MAX_TREND_WEEKS = 520;
/** `change` compares the last this-many weeks with the same number of weeks before them. */
export const CHANGE_WEEKS = 4;
