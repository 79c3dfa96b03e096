// How the client's site writes dates and statuses: in words a client reads ("30 Nov 2026",
// "Due soon"), the same at build time and in the browser script, which imports this file.
import type { CalendarDate } from '../core/dates.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-30` -> `30 Nov 2026`: no locale guesswork, and day before month is never misread. */
export function longDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** The statuses a client sees: never "at risk" (the client's view shows it as open). */
export type ClientStatus = 'done' | 'dropped' | 'overdue' | 'due-soon' | 'open';

/** A word and a symbol for each status: never colour alone. */
export const STATUS_WORDS: Record<ClientStatus, { label: string; icon: string }> = {
  overdue: { label: 'Overdue', icon: '▲' },
  'due-soon': { label: 'Due soon', icon: '◆' },
  open: { label: 'Open', icon: '○' },
  done: { label: 'Done', icon: '✓' },
  dropped: { label: 'Dropped', icon: '✕' },
};

/** Any status a view may carry, as the client reads it (at risk, never shown, reads as open). */
export function clientStatus(status: string): ClientStatus {
  return status in STATUS_WORDS ? (status as ClientStatus) : 'open';
}

export const PLAN_STATUS_WORDS: Record<string, string> = {
  agreed: 'Agreed',
  active: 'Under way',
  done: 'Completed',
};

/** Text ending as a sentence: a full stop added unless it ends in one already (or ! or ?). */
export function sentence(text: string): string {
  return /[.!?]["'’”)]*$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
