// Which plan (or account) now is which one at the base. First by path, following the renames git
// saw; then, for what is left on both sides, by identity: a plan moved in one commit and rewritten
// in another (or moved and rewritten at once) no longer looks like a rename in the net diff, but
// it still holds most of the commitments and milestones it had, by id. An account is recognised
// by its name, or by the touchpoints it kept. So a moved plan is compared with what it was, not
// reported as gone, whatever the commits look like.
import type { Account, Content, Plan } from '../content.ts';
import { entryKey } from './base-rule.ts';

export interface Paired<T> {
  then: T;
  now: T | undefined;
  /** Its file is there but does not load (a `schema` error says why): not gone, not judged. */
  unreadable: boolean;
}

export function pairPlans(head: Content, base: Content, nowPath: (path: string) => string): Paired<Plan>[] {
  return pairAll(head, base.plans, head.plans, nowPath, (then, now) => {
    const ids = itemIds(then);
    if (ids.size === 0) return then.data.title.trim().toLowerCase() === now.data.title.trim().toLowerCase() ? 1 : 0;
    const shared = countShared(ids, itemIds(now));
    // Most of what it promised is still there, by id.
    return shared * 2 >= ids.size ? shared : 0;
  });
}

export function pairAccounts(head: Content, base: Content, nowPath: (path: string) => string): Paired<Account>[] {
  return pairAll(head, base.accounts, head.accounts, nowPath, (then, now) => {
    const keys = new Set(then.touchpoints.map(entryKey));
    const shared = countShared(keys, new Set(now.touchpoints.map(entryKey)));
    const sameName = then.data.name.trim().toLowerCase() === now.data.name.trim().toLowerCase();
    if (keys.size === 0) return sameName ? 1 : 0;
    return shared * 2 >= keys.size || sameName ? shared + 1 : 0;
  });
}

function pairAll<T extends { file: { contentPath: string } }>(
  head: Content,
  then: readonly T[],
  now: readonly T[],
  nowPath: (path: string) => string,
  score: (then: T, now: T) => number,
): Paired<T>[] {
  const byPath = new Map(now.map((item) => [item.file.contentPath, item]));
  const taken = new Set<T>();
  const pairs: Paired<T>[] = then.map((old) => {
    const path = nowPath(old.file.contentPath);
    const found = byPath.get(path);
    if (found) taken.add(found);
    // A file that is there but unreadable is not gone; one that was emptied is.
    const unreadable = found === undefined && (head.files.has(path) || head.unreadable?.has(path) === true) && head.emptied?.has(path) !== true;
    return { then: old, now: found, unreadable };
  });
  // What is new since the base (no file then at its path) may be what moved.
  const thenPaths = new Set(then.map((old) => nowPath(old.file.contentPath)));
  const candidates = now.filter((item) => !taken.has(item) && !thenPaths.has(item.file.contentPath));
  for (const pair of pairs) {
    if (pair.now || pair.unreadable || candidates.length === 0) continue;
    let best: T | undefined;
    let bestScore = 0;
    for (const candidate of candidates) {
      if (taken.has(candidate)) continue;
      const value = score(pair.then, candidate);
      if (value > bestScore) {
        best = candidate;
        bestScore = value;
      }
    }
    if (best) {
      pair.now = best;
      taken.add(best);
    }
  }
  return pairs;
}

function itemIds(plan: Plan): Set<string> {
  return new Set([...plan.commitments.map((c) => `c:${c.id}`), ...plan.milestones.map((m) => `m:${m.id}`)]);
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}
