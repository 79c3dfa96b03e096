// Rules that judge a change rather than a state: they compare the content now with the content
// at a base (a pull request's base branch, read from git by src/core/git/base.ts) and run only
// when `check --base REF` gives one. Each is one file beside this one, listed in BASE_RULES
// (index.ts) and in the catalogue with `scope: 'base'`.
import type { Account, Content, Indexed, Plan } from '../content.ts';
import type { FilePlace } from '../load/source-file.ts';
import { nameKey } from '../model/contact-names.ts';
import type { CommitmentData, MilestoneData, Slip, Touchpoint } from '../schema/index.ts';
import type { Report, RuleContext, RuleInfo } from './rule.ts';
import { pairAccounts, pairPlans } from './pairing.ts';
import { movedLogs, type MovedLogs } from './moved-logs.ts';

/** What the base-comparison rules compare with. src/core/git/base.ts builds one from a git ref. */
export interface Comparison {
  /** The ref as the user named it, for messages: `origin/main`. */
  ref: string;
  /** The content at the base. Its files carry the paths they had there. */
  base: Content;
  /** Content path at the base -> content path now, for files that were renamed or moved. */
  renames: ReadonlyMap<string, string>;
  /** The content folder was not there at the base, and git saw nothing moved into it: nothing to compare with. */
  folderMissing?: boolean;
  /** The content folder as findings name it, for messages. */
  folder?: string;
}

export interface BaseReport extends Report {
  /** A place given outright, for a file that no longer exists (its `file` is then the base's). */
  at?: FilePlace;
}

export interface BaseRuleContext extends Omit<RuleContext, 'report'> {
  comparison: Comparison;
  /**
   * Each plan at the base with the plan it is now (followed through renames), if any.
   * `unreadable`: its file is there but does not load (a `schema` error says why): not gone.
   */
  plans: readonly { then: Plan; now: Plan | undefined; unreadable: boolean }[];
  /** Each account at the base with the account it is now, if any; `unreadable` as for plans. */
  accounts: readonly { then: Account; now: Account | undefined; unreadable: boolean }[];
  /** The account now -> the account at the base, for accounts that existed there. */
  accountThen(now: Account): Account | undefined;
  /**
   * Content paths now of files whose base version did not load: they are not new, only unknown
   * at the base, so no rule judges them as new (not-compared.ts says they were not compared).
   */
  uncompared: ReadonlySet<string>;
  /** The logs of accounts gone since the base that another account now holds (an account merged into another). */
  moved: MovedLogs;
  report(report: BaseReport): void;
}

export interface BaseRule extends RuleInfo {
  scope: 'base';
  check(context: BaseRuleContext): void;
}

/** Pairs the base's plans and accounts with today's, following renames, then by identity (see pairing.ts). */
export function pairUp(head: Content, comparison: Comparison) {
  const nowPath = (path: string) => comparison.renames.get(path) ?? path;
  const plans = pairPlans(head, comparison.base, nowPath);
  const accounts = pairAccounts(head, comparison.base, nowPath, plans);
  const thenOf = new Map<Account, Account>();
  for (const { then, now } of accounts) if (now) thenOf.set(now, then);
  return { plans, accounts, accountThen: (now: Account) => thenOf.get(now), uncompared: notLoadedAtBase(comparison), moved: movedLogs(head, accounts) };
}

const ACCOUNT_OR_PLAN = /^accounts\/[^/]+\/[^/]+\.mdx$/;

/** The content paths now of the account and plan files that are at the base but did not load there. */
export function notLoadedAtBase(comparison: Comparison): Set<string> {
  const { base } = comparison;
  const loaded = new Set<string>([...base.plans, ...base.accounts].map((entry) => entry.file.contentPath));
  const paths = [...base.files.keys(), ...(base.unreadable ?? [])].filter((path) => ACCOUNT_OR_PLAN.test(path) && !loaded.has(path) && base.emptied?.has(path) !== true);
  return new Set(paths.map((path) => comparison.renames.get(path) ?? path));
}

/**
 * A log entry (a touchpoint, a slip) as a comparable key: its fields as validated (text trimmed),
 * in a fixed order, so that rewriting `with: [a, b]` as a block list, re-quoting a note or
 * retyping a name in another Unicode form (composed or decomposed accents) is not a change, while
 * any change of what it says is.
 */
export function entryKey(entry: Touchpoint | Slip): string {
  const { index: _index, ...fields } = entry as Indexed<Touchpoint | Slip>;
  const sorted = Object.keys(fields)
    .sort()
    .map((key) => {
      const value = comparedValue(key, (fields as Record<string, unknown>)[key]);
      return [key, key === 'with' && Array.isArray(value) ? [...value].sort() : value];
    })
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  return JSON.stringify(sorted);
}

/**
 * Matches a log at the base with the log now, as multisets of entries: order does not matter,
 * a repeated entry must be there as many times. Returns the base entries with no match (removed
 * or changed) and the entries now with no match (added, or the changed versions).
 */
export function compareLogs<T extends Touchpoint | Slip>(then: readonly Indexed<T>[], now: readonly Indexed<T>[]): { lost: Indexed<T>[]; added: Indexed<T>[] } {
  const pool = new Map<string, Indexed<T>[]>();
  for (const entry of now) {
    const key = entryKey(entry);
    const list = pool.get(key);
    if (list) list.push(entry);
    else pool.set(key, [entry]);
  }
  const lost: Indexed<T>[] = [];
  for (const entry of then) {
    const match = pool.get(entryKey(entry));
    if (match && match.length > 0) match.shift();
    else lost.push(entry);
  }
  const added = [...pool.values()].flat().sort((a, b) => a.index - b.index);
  return { lost, added };
}

/** The fields in which two entries differ, in the order they are written (a name retyped in another Unicode form is no change). */
export function changedFields(then: object, now: object): string[] {
  const keys = [...new Set([...Object.keys(then), ...Object.keys(now)])].filter((key) => key !== 'index');
  const compared = (entry: object, key: string) => JSON.stringify(comparedValue(key, (entry as Record<string, unknown>)[key]));
  return keys.filter((key) => compared(then, key) !== compared(now, key));
}

/** The fields of a log entry, drop or addition that name people (`with`, `told`) are compared by `nameKey`. */
function comparedValue(key: string, value: unknown): unknown {
  if (key === 'told' && typeof value === 'string') return nameKey(value);
  if (key === 'with' && Array.isArray(value)) return value.map((name: unknown) => (typeof name === 'string' ? nameKey(name) : name));
  return value;
}

export interface LogDiff<T> {
  /** Entries at the base changed since: the entry then, and the one now that replaced it. */
  changed: [then: Indexed<T>, now: Indexed<T>][];
  /** Entries at the base that are gone. */
  removed: Indexed<T>[];
  /** Entries new since the base (not the changed versions of old ones). */
  added: Indexed<T>[];
}

/**
 * The difference between a log at the base and now, by content alone. An unmatched old entry is
 * "changed" when an unmatched new one is `alike` it (same date and author, say); otherwise it was
 * removed. What is left of the new entries was added. Positions never pair entries: a touchpoint
 * replaced by another in its place is one removed and one added, so that the new one is judged
 * as new (a backdated one still gets its warning).
 */
export function diffLog<T extends Touchpoint | Slip>(then: readonly Indexed<T>[], now: readonly Indexed<T>[], alike: (then: T, now: T) => boolean): LogDiff<T> {
  const { lost, added } = compareLogs(then, now);
  const candidates = [...added];
  const changed: [Indexed<T>, Indexed<T>][] = [];
  const removed: Indexed<T>[] = [];
  const take = (test: (entry: Indexed<T>) => boolean) => {
    const i = candidates.findIndex(test);
    return i < 0 ? undefined : candidates.splice(i, 1)[0];
  };
  for (const old of lost) {
    const match = take((entry) => alike(old, entry));
    if (match) changed.push([old, match]);
    else removed.push(old);
  }
  return { changed, removed, added: candidates };
}

/**
 * Touchpoints are alike when they are on the same day by the same person, or say the same apart
 * from the date (a date corrected) or apart from who logged it (a `by` corrected): the same event,
 * changed, reported once as altered. Anything else is another touchpoint.
 */
export const sameTouchpoint = (a: Touchpoint, b: Touchpoint) => (a.date === b.date && a.by === b.by) || sameApartFrom(a, b, 'date') || sameApartFrom(a, b, 'by');
/** Slips are alike when they were agreed on the same day, or say the same apart from that day. */
export const sameSlip = (a: Slip, b: Slip) => a.date === b.date || sameApartFrom(a, b, 'date');

function sameApartFrom(a: Touchpoint | Slip, b: Touchpoint | Slip, field: string): boolean {
  return entryKey({ ...a, [field]: '' } as Touchpoint) === entryKey({ ...b, [field]: '' } as Touchpoint);
}

/** A list of slips with their positions. */
export function indexedSlips(slips: readonly Slip[]): Indexed<Slip>[] {
  return slips.map((slip, index) => ({ ...slip, index }));
}

/**
 * The commitments and milestones written in a plan that did not pass their schema (the loader
 * leaves them out, and a `schema` finding says why): at the base, only their ids are known, so
 * what became of them is said by id (vanished-commitment, not-compared.ts), never skipped.
 */
export function unreadItems(plan: Plan): { list: 'commitments' | 'milestones'; id: string }[] {
  const unread = (list: 'commitments' | 'milestones', written: ReadonlySet<string>) => {
    const valid = new Set(plan[list].map((item) => item.id));
    return [...written].filter((id) => !valid.has(id)).map((id) => ({ list, id }));
  };
  return [...unread('commitments', plan.commitmentIds), ...unread('milestones', plan.milestoneIds)];
}

/** An account's touchpoints at the base did not all pass their schema: which of those now are new is not known. */
export function touchpointsUnread(account: Account): boolean {
  return account.invalidFields.has('touchpoints');
}

/** The ids of the incidents written in an account that did not pass their schema (see unreadItems). */
export function unreadIncidents(account: Account): string[] {
  const valid = new Set(account.incidents.map((incident) => incident.id));
  return [...new Set(account.writtenIncidents.map((incident) => incident.id))].filter((id) => !valid.has(id));
}

/** The first `schema` finding the base's loader made about `subject` in `file` (an incident: `<account>#<incident>`). */
export function baseProblemAbout(base: Content, file: { path: string }, subject: string, test: (message: string) => boolean = () => true) {
  return base.problems.find((problem) => problem.rule === 'schema' && problem.file === file.path && problem.subject === subject && test(problem.message));
}

/** The first `schema` finding the base's loader made about an item (`<plan>#<item>`) of a base plan: why it was left out. */
export function baseProblemOf(base: Content, plan: Plan, id: string) {
  return base.problems.find((problem) => problem.rule === 'schema' && problem.file === plan.file.path && problem.subject === `${plan.id}#${id}`);
}

/** Each commitment and milestone of a plan at the base with the same item now (by id), if it is still there. */
export function pairedItems(then: Plan, now: Plan) {
  const pairs: (
    | { list: 'commitments'; before: Indexed<CommitmentData>; after: Indexed<CommitmentData> }
    | { list: 'milestones'; before: Indexed<MilestoneData>; after: Indexed<MilestoneData> }
  )[] = [];
  const commitments = new Map(now.commitments.map((c) => [c.id, c]));
  const milestones = new Map(now.milestones.map((m) => [m.id, m]));
  for (const before of then.commitments) {
    const after = commitments.get(before.id);
    if (after) pairs.push({ list: 'commitments', before, after });
  }
  for (const before of then.milestones) {
    const after = milestones.get(before.id);
    if (after) pairs.push({ list: 'milestones', before, after });
  }
  return pairs;
}
