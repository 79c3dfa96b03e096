// Keeps a built page true on the day it is read. The page was rendered for one day (its as-of
// date), and everything on it that depends on the day carries what it depends on:
//   data-when="<token>"       shown only while its verdict holds (an entry of a list)
//   data-tally="+n <tokens>"  a count: n, plus each token whose verdict holds (`token*k` counts k;
//                             `o=3,5` is `o3 o5`)
//   data-count-of="<selector>"   a count of the shown elements the selector matches
//   data-sum-of="<selector>"     the sum of the counts the selector matches
//   data-empty-of="<selector>"   shown only when nothing the selector matches is shown ("None.")
//   data-filled-of="<selector>"  shown only when something is (a group, a section)
//   data-zero-of="<selector>"    shown only when the count the selector finds is 0
//   data-nonzero-of="<selector>" shown only when it is not
//   data-plural-of="<selector>"  data-word, with an "s" unless the count the selector finds is 1
//   badges (data-due, data-follow-up, data-review-due), distances (data-relative: to its date, or
//   when empty to the date of the <time> before it), days late
//   (data-late-since) and the timelines' today lines (data-today-line)
// This script re-judges them for the reader's today with the core's own status functions
// (core/model/status.ts), so the browser and the build cannot disagree about what "overdue" means.
// The page is re-judged within the reading window it was built with (data-window days after its
// build). Before its build day, past the window, and on pages that say so (data-dated="build" on
// <html>), nothing is re-judged: the page shows its build day whole, and the banner says so (a
// page that re-judged only its badges would put two days in one sentence). A part of a re-judged
// page that cannot be (data-dated="build" on the part) says which day it shows through its
// data-build-text elements. Without JavaScript the page reads correctly as of its build day.
//
// The reader's today: `?today=YYYY-MM-DD` in the address, else `window.FOLLOWTHROUGH_TODAY`
// (both for tests and for reading the site "as of" a day), else the date now in the playbook's
// time zone.
import { dateInZone, daysBetween, isCalendarDate, relativeDays } from '../../core/dates.ts';
// The status functions alone, not the model: this runs in the reader's browser and stays small.
import { commitmentStatus, daysLate, holds, milestoneStatus, nextDueOn, type Later, isFollowUpStale, isReviewOverdue, timedStatus, type ItemStatus } from '../../core/model/status.ts';
import { todayLabelDx } from '../plan-timeline-label.ts';
import { statusCounts } from '../shapes.ts';
import { STATUS_LABELS } from '../status.ts';
import { tokenWhen } from '../when-token.ts';
import { plural } from '../../core/words.ts';
import { addressDay } from './keep-today.ts';

declare global {
  interface Window {
    FOLLOWTHROUGH_TODAY?: string;
  }
}

export function readerToday(timezone: string): string {
  const param = addressDay(isCalendarDate);
  if (param !== undefined) return param;
  const preset = window.FOLLOWTHROUGH_TODAY;
  if (typeof preset === 'string' && isCalendarDate(preset)) return preset;
  return dateInZone(new Date(), timezone || 'UTC');
}

const all = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];
// `hidden` as an attribute: it works on SVG elements too (with the stylesheet's [hidden] rule).
// Shown unless a dated element (itself or around it) is hidden for the day: the containers that
// show or hide with their contents (data-filled-of) do not count, or an empty one could never fill.
const shown = (element: Element) => !element.closest('[data-when][hidden]');
const countOf = (selector: string) => all(selector).filter(shown).length;

export function refreshAsOf(): void {
  const root = document.documentElement;
  const asOf = root.dataset.asOf;
  if (!asOf) return;
  const today = readerToday(root.dataset.timezone ?? 'UTC');
  const remindDays = Number(root.dataset.remindDays ?? '1');
  const windowDays = Number(root.dataset.window ?? '0');
  root.dataset.today = today;
  const offset = daysBetween(asOf, today);
  const buildOnly = root.dataset.dated === 'build';
  const live = offset >= 0 && offset <= windowDays && !buildOnly;
  // The parts that show the build's day say so on any other day.
  if (offset !== 0) for (const element of all('[data-build-text]')) element.textContent = element.dataset.buildText!;
  if (!live) {
    describe({ today, asOf, offset, buildOnly, live, changed: 0 });
    return;
  }
  const judge = (token: string) => {
    const when = tokenWhen(token, asOf);
    return when && holds(when, today, remindDays);
  };

  if (offset > 0) {
    for (const element of all('[data-when]')) {
      const verdict = judge(element.dataset.when!);
      if (verdict !== undefined) element.toggleAttribute('hidden', !verdict);
    }
    for (const element of all('[data-tally]')) {
      let count = 0;
      for (const group of element.dataset.tally!.split(' ')) {
        if (group.startsWith('+')) {
          count += Number(group.slice(1));
          continue;
        }
        // `o=3,5,12*2` is `o3 o5 o12*2`.
        const [prefix, days] = group.includes('=') ? (group.split('=') as [string, string]) : ['', group];
        for (const written of days.split(',')) {
          const [token, times] = `${prefix}${written}`.split('*') as [string, string | undefined];
          if (judge(token)) count += Number(times ?? 1);
        }
      }
      element.textContent = String(count);
    }
    for (const element of all('[data-count-of]')) element.textContent = String(countOf(element.dataset.countOf!));
    for (const element of all('[data-sum-of]')) element.textContent = String(all(element.dataset.sumOf!).reduce((sum, cell) => sum + Number(cell.textContent), 0));
    for (const element of all('[data-empty-of]')) element.toggleAttribute('hidden', countOf(element.dataset.emptyOf!) > 0);
    for (const element of all('[data-filled-of]')) element.toggleAttribute('hidden', countOf(element.dataset.filledOf!) === 0);
    const number = (selector: string) => Number(document.querySelector(selector)?.textContent);
    for (const element of all('[data-zero-of]')) element.toggleAttribute('hidden', number(element.dataset.zeroOf!) !== 0);
    for (const element of all('[data-nonzero-of]')) element.toggleAttribute('hidden', number(element.dataset.nonzeroOf!) === 0);
    for (const element of all('[data-plural-of]')) element.textContent = plural(number(element.dataset.pluralOf!), element.dataset.word!);
  }

  let changed = 0;
  for (const badge of all('[data-due][data-status]')) {
    const before = badge.dataset.buildStatus ?? badge.dataset.status!;
    badge.dataset.buildStatus = before;
    const due = badge.dataset.due!;
    // A commitment of a plan that promises, unless it says otherwise (present.ts, badgeProps).
    const promising = badge.dataset.promising !== '0';
    const now: ItemStatus = badge.dataset.kind === 'milestone' ? milestoneStatus({ due }, promising, today, remindDays) : commitmentStatus({ due, risk: badge.dataset.risk === '1' ? 'known' : undefined }, promising, today, remindDays);
    if (now === before) continue;
    changed++;
    relabel(badge, now, before, asOf);
  }
  // A timeline's marker: its colour class and, for a commitment, its shape (a reference to one
  // drawn in the timeline's defs: PlanTimeline.astro), as the status would be on the reader's day. Its kind is
  // its first class (tl-commitment, tl-milestone, always a diamond); its plan promises unless it says `0`.
  for (const marker of all<SVGGElement>('g[data-due]')) {
    const due = marker.dataset.due!;
    const promising = marker.dataset.promising !== '0';
    const kind = marker.classList[0]!;
    const now = kind === 'tl-milestone' ? milestoneStatus({ due }, promising, today, remindDays) : commitmentStatus({ due, risk: marker.dataset.risk === '1' ? 'known' : undefined }, promising, today, remindDays);
    if (marker.classList.contains(`tl-status--${now}`)) continue;
    marker.setAttribute('class', `${kind} tl-status--${now}`);
    // A commitment's shape is a reference to its status's (`#tl--<status>`, PlanTimeline.astro).
    const use = marker.querySelector('use');
    if (use) use.setAttribute('href', use.getAttribute('href')!.replace(/--.*$/, `--${now}`));
  }
  // A plan timeline's description counts the commitments of each status, as the table's badges
  // (already re-judged above) say on the reader's day.
  const statuses = all('table.commitments .cell--status > [data-status]');
  if (statuses.length > 0) {
    const built = statusCounts(statuses.map((badge) => badge.dataset.buildStatus ?? badge.dataset.status!), asOf);
    const now = statusCounts(statuses.map((badge) => badge.dataset.status!), today);
    for (const desc of all<SVGDescElement>('figure.timeline desc')) {
      desc.dataset.built ??= desc.textContent!;
      desc.textContent = desc.dataset.built.replace(built, now);
    }
  }
  // A flag drawn on a chart (a gap longer than the cadence): a class while its verdict holds.
  for (const element of all<SVGElement>('[data-flag-when]')) {
    const verdict = judge(element.dataset.flagWhen!);
    if (verdict !== undefined) element.classList.toggle(element.dataset.flagClass!, verdict);
  }
  // A line that runs to today (the gap since the last contact), and its length in days.
  for (const line of all<SVGLineElement>('[data-until-today]')) {
    const [start, left, perDay, max] = line.dataset.untilToday!.split(' ');
    line.setAttribute('x2', Math.min(Number(max), Number(left) + daysBetween(start!, today) * Number(perDay)).toFixed(1));
  }
  for (const text of all('[data-days-since]')) text.textContent = `${daysBetween(text.dataset.daysSince!, today)}d`;
  // A touchpoint written ahead of the build counts from its day on: `data-later` is `<every>/<date>,...`.
  const laterOf = (element: HTMLElement): Later | undefined => {
    const [every, dates] = (element.dataset.later ?? '').split('/');
    return dates ? { every: Number(every), dates: dates.split(',') } : undefined;
  };
  for (const badge of all('[data-follow-up]')) {
    if (markFlag(badge, isFollowUpStale(badge.dataset.stage ?? '', nextDueOn(badge.dataset.followUp!, laterOf(badge), today), today), 'Follow-up overdue', 'Follow-up on time', asOf)) changed++;
  }
  for (const badge of all('[data-review-due]')) {
    const due = badge.dataset.reviewDue;
    if (markFlag(badge, isReviewOverdue(due === undefined ? undefined : nextDueOn(due, laterOf(badge), today), today), 'Review overdue', 'Review on time', asOf)) changed++;
  }
  // An account's last and next dates, with the touchpoints written ahead of the build whose day
  // has come: a last date is the latest of them, a next date is judged from them (nextDueOn).
  for (const time of all('time[data-later]')) {
    const later = laterOf(time)!;
    time.dataset.built ??= time.getAttribute('datetime') ?? '';
    const built = time.dataset.built;
    const came = later.dates.filter((day) => day <= today).pop();
    const shown = later.every > 0 ? nextDueOn(built, later, today) : (came ?? built);
    if (shown === '') continue;
    time.setAttribute('datetime', shown);
    time.textContent = shown;
    const relative = time.nextElementSibling as HTMLElement | null;
    if (relative?.dataset.relative !== undefined) relative.dataset.relative = shown;
  }
  // "(since; no touchpoint with the client logged)": not once one written ahead has come.
  for (const note of all('[data-none-logged]')) note.hidden = note.dataset.noneLogged!.split('/')[1]!.split(',').some((day) => day <= today);
  // A distance to a date: its own, or (empty, as on a plan's thousands of rows) the <time> before
  // it: its `datetime`, or its text where it has none (a finding's, FindingList.astro).
  for (const text of all('[data-relative]')) {
    const before = text.previousElementSibling;
    const date = text.dataset.relative || before?.getAttribute('datetime') || (before?.localName === 'time' ? before.textContent : undefined);
    if (date) text.textContent = `(${relativeDays(date, today)})`;
  }
  for (const text of all('[data-today-text]')) text.textContent = today;
  // "Today is before (after) the dates drawn", from the drawn dates (`<start> <end>`).
  for (const note of all('[data-today-outside]')) {
    const [start, end] = note.dataset.todayOutside!.split(' ') as [string, string];
    const side = today < start ? 'before' : today > end ? 'after' : undefined;
    note.hidden = side === undefined;
    if (side) note.querySelector('[data-side]')!.textContent = side;
  }
  for (const text of all('[data-late-since]')) {
    const late = daysLate(timedStatus(false, text.dataset.lateSince!, true, today, remindDays), text.dataset.lateSince!, today);
    text.textContent = late > 0 ? `${late} ${late === 1 ? 'day' : 'days'} late` : '';
  }
  moveTodayLines(today);
  describe({ today, asOf, offset, buildOnly, live, changed });
}

/**
 * Each timeline's today line, moved to the reader's day along its own scale (hidden off the chart).
 * A plan timeline's label (data-today-label) has a row of its own and is placed as the build
 * places it for its day (plan-timeline-label.ts): beside the line, kept inside the chart.
 */
function moveTodayLines(today: string): void {
  for (const line of all<SVGGElement>('[data-today-line]')) {
    const [start, left, perDay, min, max] = line.dataset.todayLine!.split(' ');
    const x = Number(left) + daysBetween(start!, today) * Number(perDay);
    line.setAttribute('transform', `translate(${x.toFixed(1)} 0)`);
    // A hundredth of a unit's slack: the last day drawn sums to the right edge give or take a rounding.
    line.style.display = x < Number(min) - 0.01 || x > Number(max) + 0.01 ? 'none' : '';
    const label = line.querySelector('[data-today-label]');
    if (label) label.setAttribute('x', String(todayLabelDx(Math.round(x * 10) / 10, today, Number(min), Number(max))));
  }
}

function relabel(badge: HTMLElement, status: ItemStatus, before: string, asOf: string): void {
  const { label, icon } = STATUS_LABELS[status];
  const was = STATUS_LABELS[before as ItemStatus]?.label ?? before;
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

/** The banner under the navigation: which day the page shows, in plain words. */
function describe({ today, asOf, offset, buildOnly, live, changed }: { today: string; asOf: string; offset: number; buildOnly: boolean; live: boolean; changed: number }): void {
  const target = document.getElementById('as-of-note');
  if (!target) return;
  const windowDays = Number(document.documentElement.dataset.window ?? '0');
  let text: string;
  if (offset === 0) text = `That is today (${today}).`;
  else if (buildOnly) text = `Today is ${today}: this page shows the site as of ${asOf}, the day it was built for.`;
  else if (live) {
    text = `Today is ${today}: the statuses, counts and lists on this page are today's, from the site built for ${asOf}.`;
    if (document.querySelector('main [data-dated="build"]')) text += ` A part that says it shows ${asOf} is as of that day.`;
    if (changed > 0) text += ` ${changed} ${changed === 1 ? 'status has' : 'statuses have'} changed since the build (marked).`;
  } else if (offset < 0) text = `Today is ${today}, before ${asOf}, the day this site was built for: the page shows ${asOf}.`;
  else {
    text = `Today is ${today}, more than ${Math.round(windowDays / 7)} weeks after the day this site was built for: the page shows ${asOf}, its statuses, lists and counts alike. Rebuild the site to bring it up to date.`;
  }
  target.textContent = text;
  // "Built for <day>: statuses on this page are as of that day" is no longer so once the page
  // has been re-judged for a later day: the note says which day it shows, and from which build.
  const built = document.querySelector<HTMLElement>('.as-of__built');
  if (built) built.hidden = live && offset > 0;
  target.dataset.changes = String(changed);
  target.dataset.live = live ? 'yes' : 'no';
}
