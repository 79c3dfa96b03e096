// A verdict (core/model/status.ts `When`) as a short token for an HTML attribute, and back: the
// page's elements carry them (`data-when` on what shows on some days only, `data-tally` on a count
// of several) and the browser script re-judges them for the reader's today. Dates are written as
// days from the build's day, which keeps a count of a thousand items small:
//   [!]<test><days>[:<extra>][@<every>/<day>,<day>...]   e.g. `o-3` overdue since 3 days before
//   the build, `!o12`, `f5:delivery`, `f5:delivery@14/3` (a contact written for 3 days after the
//   build moves the follow-up to 14 days after it, from that day on), `o-2^3` (overdue until day 3,
//   when a `done` written ahead closes the item), `f-5:delivery^3` (a finding that ends on day 3,
//   when a contact written ahead comes)
// Pure and dependency-free but for dates.ts: the browser bundle imports it.
import { addDays, daysBetween, type CalendarDate } from '../core/dates.ts';
import type { Verdict, When } from '../core/model/status.ts';

const CODES = {
  overdue: 'o',
  'due-soon': 's',
  'at-risk': 'a',
  upcoming: 'u',
  stale: 'f',
  lapsed: 'l',
  started: 'k',
  future: 'z',
  unexplained: 'x',
  always: 't',
} as const satisfies Record<Verdict['test'], string>;

const TESTS = Object.fromEntries(Object.entries(CODES).map(([test, code]) => [code, test])) as Record<string, Verdict['test']>;

export function whenToken(when: When, base: CalendarDate): string {
  const { verdict } = when;
  const not = when.not ? '!' : '';
  const closes = when.until === undefined ? '' : `^${daysBetween(base, when.until)}`;
  if (verdict.test === 'always') return `${not}t${closes}`;
  let token = `${not}${CODES[verdict.test]}${daysBetween(base, verdict.date)}`;
  if (verdict.test === 'upcoming') token += `:${verdict.days}`;
  if (verdict.test === 'stale') token += `:${verdict.stage}`;
  if (verdict.test === 'unexplained' && verdict.explained) token += `:${daysBetween(base, verdict.explained)}`;
  if ((verdict.test === 'stale' || verdict.test === 'lapsed') && verdict.later) token += `@${verdict.later.every}/${verdict.later.dates.map((day) => daysBetween(base, day)).join(',')}`;
  return token + closes;
}

/** The verdict of a token; undefined for one that cannot be read (it is then left as built). */
export function tokenWhen(token: string, base: CalendarDate): When | undefined {
  const match = /^(!?)([a-z])(-?\d+)?(?::([a-z0-9-]+))?(?:@(\d+)\/(-?\d+(?:,-?\d+)*))?(?:\^(-?\d+))?$/.exec(token);
  const test = match && TESTS[match[2]!];
  if (!match || !test) return undefined;
  const not = match[1] === '!';
  const closes = match[7] === undefined ? {} : { until: addDays(base, Number(match[7])) };
  if (test === 'always') return { verdict: { test }, not, ...closes };
  if (match[3] === undefined) return undefined;
  const date = addDays(base, Number(match[3]));
  const extra = match[4];
  let verdict: Verdict;
  const later = match[5] === undefined ? undefined : { every: Number(match[5]), dates: match[6]!.split(',').map((day) => addDays(base, Number(day))) };
  if (test === 'upcoming') verdict = { test, date, days: Number(extra ?? 0) };
  else if (test === 'stale') verdict = { test, date, stage: extra ?? '', ...(later ? { later } : {}) };
  else if (test === 'lapsed') verdict = { test, date, ...(later ? { later } : {}) };
  else if (test === 'unexplained') verdict = { test, date, explained: extra === undefined ? undefined : addDays(base, Number(extra)) };
  else verdict = { test, date };
  return { verdict, not, ...closes };
}
