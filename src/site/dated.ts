// What pages need to stay true on the day they are read: for anything that depends on today, the
// verdict it holds by (core/model/when.ts), judged on the build's day for the page as built and
// written as a token for the browser to judge again (see client/as-of.ts).
//
// The reading window: a page lists, hidden, what will appear on it during the READING_WINDOW_DAYS
// after the build (a commitment that falls overdue next week is in the "overdue" list already,
// hidden until then), and its counts carry only what changes within those days. A reader past the
// window is told that the lists and counts show the build's day.
import { addDays } from '../core/dates.ts';
import { findingsWithin, type DatedFinding } from '../core/dated-findings.ts';
import type { Finding } from '../core/findings.ts';
import { holds, type When } from '../core/model/status.ts';
import type { SitePlaybook } from './playbook.ts';
import { whenToken } from './when-token.ts';

/** How many days after its build a page can re-judge its lists and counts. */
export const READING_WINDOW_DAYS = 42;

/** In the window: holds every day, on none, or changes. */
export type WindowState = 'always' | 'never' | 'changes';

export interface Dated {
  /** Holds on the build's day (the page as built shows it). */
  now: boolean;
  state: WindowState;
  /** The token for the browser; undefined when nothing changes in the window. */
  token: string | undefined;
}

const cache = new WeakMap<object, Map<string, Dated>>();

/** How a verdict stands on the build's day and through the reading window. */
export function dated(playbook: Pick<SitePlaybook, 'model'>, when: When): Dated {
  const { asOf, content } = playbook.model;
  const remind = content.settings.remindDays;
  const token = whenToken(when, asOf);
  let memo = cache.get(playbook.model);
  if (!memo) cache.set(playbook.model, (memo = new Map()));
  const found = memo.get(token);
  if (found) return found;
  const now = holds(when, asOf, remind);
  let state: WindowState = now ? 'always' : 'never';
  for (let day = 1; day <= READING_WINDOW_DAYS; day++) {
    if (holds(when, addDays(asOf, day), remind) !== now) {
      state = 'changes';
      break;
    }
  }
  const result = { now, state, token: state === 'changes' ? token : undefined };
  memo.set(token, result);
  return result;
}

/** Whether an element under this verdict belongs on the page at all (it shows on some day of the window). */
export function appears(playbook: Pick<SitePlaybook, 'model'>, when: When): boolean {
  return dated(playbook, when).state !== 'never';
}

/**
 * The attributes of an element shown only while its verdict holds: `hidden` on the build's day
 * when it does not, and the token when that changes within the window.
 */
export function whenAttrs(playbook: Pick<SitePlaybook, 'model'>, when: When): Record<string, string | boolean | undefined> {
  const d = dated(playbook, when);
  // Hidden ones always say why, so that the script never counts them as shown.
  return { 'data-when': d.token ?? (d.now ? undefined : whenToken(when, playbook.model.asOf)), hidden: !d.now };
}

/** A count of the verdicts that hold: its value on the build's day and its tally for the browser. */
export interface Tally {
  count: number;
  /** `+<always>` and the tokens that change, or undefined when the count never changes. */
  tally: string | undefined;
}

export function tally(playbook: Pick<SitePlaybook, 'model'>, whens: readonly When[]): Tally {
  let count = 0;
  let always = 0;
  // The same token many times over (a thousand commitments due on forty days): written once with
  // how many times it counts (`o12*30`), so that a count's size depends on the days, not the items.
  const tokens = new Map<string, number>();
  for (const when of whens) {
    const d = dated(playbook, when);
    if (d.now) count++;
    if (d.state === 'always') always++;
    else if (d.state === 'changes') tokens.set(d.token!, (tokens.get(d.token!) ?? 0) + 1);
  }
  // And tokens of one test written as one list of days: `o=3,5,12*2` for `o3 o5 o12 o12`.
  const lists = new Map<string, string[]>();
  const single: string[] = [];
  for (const [token, n] of tokens) {
    const written = n === 1 ? token : `${token}*${n}`;
    const plain = /^(!?[a-z])(-?\d+)$/.exec(token);
    if (!plain) single.push(written);
    else lists.set(plain[1]!, [...(lists.get(plain[1]!) ?? []), written.slice(plain[1]!.length)]);
  }
  const written = [...[...lists].map(([prefix, days]) => `${prefix}=${days.join(',')}`), ...single];
  return { count, tally: written.length === 0 ? undefined : [`+${always}`, ...written].join(' ') };
}

/** The attributes of an element whose text is a tally's count. */
export function tallyAttrs(t: Tally): Record<string, string | undefined> {
  return { 'data-tally': t.tally };
}

const findingsCache = new WeakMap<object, DatedFinding[]>();

/** Every finding of the days in the window, with its verdict (the build's findings first among equals). */
export function datedFindings(playbook: Pick<SitePlaybook, 'model' | 'content' | 'findings'>): DatedFinding[] {
  let found = findingsCache.get(playbook.model);
  if (!found) {
    found = findingsWithin(playbook, READING_WINDOW_DAYS);
    findingsCache.set(playbook.model, found);
  }
  return found;
}

/** The dated findings grouped by a key (subject, rule, owner...), in the checker's order. */
export function groupFindings(findings: readonly DatedFinding[], keyOf: (finding: Finding) => string | undefined): Map<string, DatedFinding[]> {
  const groups = new Map<string, DatedFinding[]>();
  for (const d of findings) {
    const key = keyOf(d.finding);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

export interface FindingIndex {
  bySubject: Map<string, DatedFinding[]>;
  byRule: Map<string, DatedFinding[]>;
}

const indexCache = new WeakMap<object, FindingIndex>();

/** The dated findings by subject and by rule. */
export function findingIndex(playbook: Pick<SitePlaybook, 'model' | 'content' | 'findings'>): FindingIndex {
  let found = indexCache.get(playbook.model);
  if (!found) {
    const all = datedFindings(playbook);
    found = { bySubject: groupFindings(all, (f) => f.subject), byRule: groupFindings(all, (f) => f.rule) };
    indexCache.set(playbook.model, found);
  }
  return found;
}

/** Findings about a plan and every item in it, in reading order. */
export function planDatedFindings(playbook: SitePlaybook, planId: string): DatedFinding[] {
  const { bySubject } = findingIndex(playbook);
  const view = playbook.lookup.plans.get(planId);
  if (!view) return [];
  const found = [...(bySubject.get(planId) ?? [])];
  // Ids, not items: two items sharing an id (a duplicate-id finding) share their findings too.
  for (const id of new Set([...view.plan.milestoneIds, ...view.plan.commitmentIds])) found.push(...(bySubject.get(`${planId}#${id}`) ?? []));
  return found.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
}

/** Findings about an account itself and its incidents (not its plans). */
export function accountDatedFindings(playbook: SitePlaybook, accountId: string): DatedFinding[] {
  const { bySubject } = findingIndex(playbook);
  const view = playbook.lookup.accounts.get(accountId);
  const found = [...(bySubject.get(accountId) ?? [])];
  for (const incident of view?.incidents ?? []) found.push(...(bySubject.get(incident.key) ?? []));
  return found.sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
}
