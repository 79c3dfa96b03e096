// Keeps a built page true on the day it is read. The page was rendered for one day (its as-of
// date); elements that depend on the date carry it in data attributes, and this re-derives them
// for the reader's today with the core's own status functions, so the browser and the build
// cannot disagree about what "overdue" means. Without JavaScript the page still reads correctly
// as of its build date.
//
// The reader's today: `?today=YYYY-MM-DD` in the address, else `window.FOLLOWTHROUGH_TODAY`
// (both for tests and for reading the site "as of" a day), else the date now in the playbook's
// time zone.
import { dateInZone, isCalendarDate, relativeDays } from '../../core/dates.ts';
// The status functions alone, not the model: this runs in the reader's browser and stays small.
import { commitmentStatus, isFollowUpStale, isReviewOverdue, timedStatus } from '../../core/model/status.ts';
import type { CommitmentData } from '../../core/schema/plan.ts';
import { STATUS_LABELS } from '../status.ts';

declare global {
  interface Window {
    FOLLOWTHROUGH_TODAY?: string;
  }
}

type Change = 'overdue' | 'due-soon' | 'stale' | 'review' | 'other';

export function readerToday(timezone: string): string {
  const param = new URLSearchParams(window.location.search).get('today');
  if (param && isCalendarDate(param)) return param;
  const preset = window.FOLLOWTHROUGH_TODAY;
  if (typeof preset === 'string' && isCalendarDate(preset)) return preset;
  return dateInZone(new Date(), timezone || 'UTC');
}

export function refreshAsOf(): void {
  const root = document.documentElement;
  const asOf = root.dataset.asOf;
  if (!asOf) return;
  const today = readerToday(root.dataset.timezone ?? 'UTC');
  const remindDays = Number(root.dataset.remindDays ?? '1');
  root.dataset.today = today;
  const changes: Change[] = [];

  for (const badge of document.querySelectorAll<HTMLElement>('[data-due][data-status]')) {
    const before = badge.dataset.buildStatus ?? badge.dataset.status!;
    badge.dataset.buildStatus = before;
    const due = badge.dataset.due!;
    const promising = badge.dataset.promising === '1';
    const now =
      badge.dataset.kind === 'milestone'
        ? timedStatus(false, due, promising, today, remindDays)
        : commitmentStatus({ due, risk: badge.dataset.risk === '1' ? 'at risk' : undefined } as CommitmentData, promising, today, remindDays);
    if (now === before) continue;
    relabel(badge, now, before, asOf);
    changes.push(now === 'overdue' ? 'overdue' : now === 'due-soon' ? 'due-soon' : 'other');
  }
  for (const badge of document.querySelectorAll<HTMLElement>('[data-follow-up]')) {
    const stale = isFollowUpStale(badge.dataset.stage ?? '', badge.dataset.followUp!, today);
    if (markFlag(badge, stale, 'Follow-up overdue', 'Follow-up on time', asOf)) changes.push(stale ? 'stale' : 'other');
  }
  for (const badge of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
    const late = isReviewOverdue(badge.dataset.reviewDue, today);
    if (markFlag(badge, late, 'Review overdue', 'Review on time', asOf)) changes.push(late ? 'review' : 'other');
  }
  for (const text of document.querySelectorAll<HTMLElement>('[data-relative]')) {
    text.textContent = `(${relativeDays(text.dataset.relative!, today)})`;
  }
  describe(today, asOf, changes);
}

function relabel(badge: HTMLElement, status: keyof typeof STATUS_LABELS, before: string, asOf: string): void {
  const { label, icon } = STATUS_LABELS[status];
  const was = STATUS_LABELS[before as keyof typeof STATUS_LABELS]?.label ?? before;
  badge.dataset.status = status;
  badge.dataset.changed = '';
  badge.className = `badge badge--${status}`;
  badge.replaceChildren(iconSpan(icon), ` ${label} `, note(`(was ${was} on ${asOf})`));
}

/** Flips a yes/no badge (stale follow-up, overdue review); true when it changed. */
function markFlag(badge: HTMLElement, on: boolean, onLabel: string, offLabel: string, asOf: string): boolean {
  const before = badge.dataset.buildFlag ?? (badge.dataset.flag === 'on' ? 'on' : 'off');
  badge.dataset.buildFlag = before;
  const now = on ? 'on' : 'off';
  if (now === before) return false;
  badge.dataset.flag = now;
  badge.dataset.changed = '';
  badge.className = `badge ${on ? 'badge--overdue' : 'badge--open'}`;
  badge.replaceChildren(iconSpan(on ? '▲' : '○'), ` ${on ? onLabel : offLabel} `, note(`(changed since ${asOf})`));
  return true;
}

function iconSpan(icon: string): HTMLElement {
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = icon;
  return span;
}

function note(text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'badge__was';
  span.textContent = text;
  return span;
}

function describe(today: string, asOf: string, changes: Change[]): void {
  const target = document.getElementById('as-of-note');
  if (!target) return;
  if (today === asOf) {
    target.textContent = `That is today (${today}).`;
    return;
  }
  const count = (kind: Change) => changes.filter((change) => change === kind).length;
  const parts = [
    [count('overdue'), 'became overdue'],
    [count('due-soon'), 'became due soon'],
    [count('stale'), 'follow-ups became overdue'],
    [count('review'), 'governance reviews became overdue'],
    [count('other'), 'other statuses changed'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  const summary = parts.length > 0 ? `Changed since the build: ${parts.join(', ')} (marked on the page).` : 'Nothing on this page changed status since the build.';
  target.textContent = `Today is ${today}. ${summary}`;
  target.dataset.changes = String(changes.length);
}
