// Keeps the client's page true on the day it is read, as the main site does: each open item's
// status, the "in 3 days" beside its date and the plan's counts are worked out again for the
// reader's today with the core's own status function, so the browser and the build agree on what
// "overdue" means. Without JavaScript the page reads as of the day it was prepared, and says so.
//
// The reader's today: `?today=YYYY-MM-DD` in the address, else `window.FOLLOWTHROUGH_TODAY`, else
// the date now in the playbook's time zone, as src/site/client/as-of.ts reads it. Only the
// address's day comes from the main site's scripts (keep-today.ts, which imports nothing), so
// this script carries nothing else of the main site's.
import { dateInZone, isCalendarDate, relativeDays } from '../../core/dates.ts';
import { milestoneStatus, timedStatus } from '../../core/model/status.ts';
import { longDate, STATUS_WORDS, type ClientStatus } from '../format.ts';
import { addressDay } from '../../site/client/keep-today.ts';

declare global {
  interface Window {
    FOLLOWTHROUGH_TODAY?: string;
  }
}

function readerToday(timezone: string): string {
  const param = addressDay(isCalendarDate);
  if (param !== undefined) return param;
  const preset = window.FOLLOWTHROUGH_TODAY;
  if (typeof preset === 'string' && isCalendarDate(preset)) return preset;
  return dateInZone(new Date(), timezone || 'UTC');
}

export function refreshToday(): void {
  const root = document.documentElement;
  const asOf = root.dataset.asOf;
  if (!asOf) return;
  const today = readerToday(root.dataset.timezone ?? 'UTC');
  const remindDays = Number(root.dataset.remindDays ?? '1');
  // A milestone is never due soon (`due-soon` is about commitments: status.ts milestoneStatus).
  const statusOn = (due: string, promising: boolean, kind?: string): ClientStatus =>
    kind === 'milestone' ? milestoneStatus({ due }, promising, today, remindDays) : timedStatus(false, due, promising, today, remindDays);
  root.dataset.today = today;

  // Only open items carry their due date: a done or dropped item does not change with the day.
  for (const badge of document.querySelectorAll<HTMLElement>('.badge[data-due]')) {
    const status = statusOn(badge.dataset.due!, badge.dataset.promising === '1', badge.dataset.kind);
    if (status === badge.dataset.status) continue;
    const { label, icon } = STATUS_WORDS[status];
    const symbol = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = icon;
    badge.replaceChildren(symbol, ` ${label}`);
    badge.className = `badge badge--${status}`;
    badge.dataset.status = status;
    badge.dataset.changed = '';
    // The item's coloured edge follows its status too.
    const item = badge.closest<HTMLElement>('.item');
    if (item) item.className = `item item--${status}`;
  }
  for (const text of document.querySelectorAll<HTMLElement>('[data-relative]')) {
    text.textContent = `(${relativeDays(text.dataset.relative!, today)})`;
  }
  // A plan's counts of overdue and due-soon items, from the due dates of its open items.
  for (const summary of document.querySelectorAll<HTMLElement>('[data-open-dues]')) {
    const promising = summary.dataset.promising === '1';
    const statuses = (summary.dataset.openDues ?? '').split(' ').filter(Boolean).map((due) => (due.startsWith('m:') ? statusOn(due.slice(2), promising, 'milestone') : statusOn(due, promising)));
    for (const count of summary.querySelectorAll<HTMLElement>('[data-count]')) {
      count.textContent = String(statuses.filter((status) => status === count.dataset.count).length);
    }
  }
  const note = document.getElementById('today-note');
  if (note) {
    note.textContent =
      today === asOf
        ? `Statuses are as of today, ${longDate(today)}.`
        : `Statuses are as of today, ${longDate(today)} (this page was prepared on ${longDate(asOf)}).`;
  }
}
