// Calendar-date helpers for the generator. Dates stay `YYYY-MM-DD` strings and move by whole UTC
// days (through the core's dates.ts), so the output never depends on the machine's time zone.
import { addDays, daysBetween, durationDays } from '../dates.ts';

export { addDays, daysBetween, durationDays };

/** The earlier of two dates (the strings sort as dates). */
export function earliest(a: string, b: string): string {
  return a < b ? a : b;
}

/** The later of two dates. */
export function latest(a: string, b: string): string {
  return a > b ? a : b;
}
