// Which plan (or account) now is which one at the base. First by path, following the renames git
// saw, when the file there still holds something of what it held; then, for what is left on both
// sides, by identity: a plan moved in one commit and rewritten
// in another (or moved and rewritten at once) no longer looks like a rename in the net diff, but
// it still holds most of the commitments and milestones it had, by id. An account is recognised
// by its name, the touchpoints it kept, the plans that moved with it (git follows a plan file
// untouched by the edit when the account's own file changed too much for it to see a rename), or
// its client's people with the day it became an account. So a moved plan or account is compared with what it was, not reported as
// gone, whatever the commits look like.
import type { Account, Content, Plan } from '../content.ts';
import { nameKey } from '../model/contact-names.ts';
import { entryKey } from './base-rule.ts';

export interface Paired<T> {
  then: T;
  now: T | undefined;
  /** Its file is there but does not load (a `schema` error says why): not gone, not judged. */
  unreadable: boolean;
}

export function pairPlans(head: Content, base: Content, nowPath: (path: string) => string): Paired<Plan>[] {
  return pairAll(head, base.plans, head.plans, nowPath, {
    // Without building sets: every path pair is asked this.
    shares: (then, now) =>
      then.commitments.length + then.milestones.length === 0
        ? sameText(then.data.title, now.data.title)
        : then.commitments.some((c) => now.commitmentIds.has(c.id)) || then.milestones.some((m) => now.milestoneIds.has(m.id)),
    score: (then, now) => {
      const ids = itemIds(then);
      if (ids.size === 0) return sameText(then.data.title, now.data.title) ? 1 : 0;
      const shared = countShared(ids, itemIds(now));
      // Most of what it promised is still there, by id.
      return shared * 2 >= ids.size ? shared : 0;
    },
  });
}

/** `plans`: the plans paired already (pairPlans), so that an account is found where its plans went. */
export function pairAccounts(head: Content, base: Content, nowPath: (path: string) => string, plans: readonly Paired<Plan>[] = []): Paired<Account>[] {
  const touchpointKeys = (account: Account) => new Set(account.touchpoints.map(entryKey));
  const contactKeys = (account: Account) => new Set(account.contacts.map((contact) => nameKey(contact.name.trim()).toLowerCase()));
  /** Of the account's plans at the base, how many are now plans of `now`, and how many it had. */
  const plansWent = (then: Account, now: Account) => {
    const its = plans.filter((pair) => pair.then.accountId === then.id);
    return { went: its.filter((pair) => pair.now?.accountId === now.id).length, of: its.length };
  };
  return pairAll(head, base.accounts, head.accounts, nowPath, {
    shares: (then, now) =>
      sameText(then.data.name, now.data.name) ||
      countShared(touchpointKeys(then), touchpointKeys(now)) > 0 ||
      plansWent(then, now).went > 0 ||
      (sameSince(then, now) && countShared(contactKeys(then), contactKeys(now)) > 0),
    score: (then, now) => {
      const keys = touchpointKeys(then);
      const shared = countShared(keys, touchpointKeys(now));
      const sameName = sameText(then.data.name, now.data.name);
      const { went, of } = plansWent(then, now);
      const contacts = contactKeys(then);
      const sharedContacts = countShared(contacts, contactKeys(now));
      // Each sign counts when it holds for most of what the account had: its name, its log, its
      // plans (the surest: a plan keeps its items' ids), the client's people it talks to.
      let score = 0;
      if (sameName || (keys.size > 0 && shared * 2 >= keys.size)) score += shared + 1;
      if (of > 0 && went * 2 >= of) score += 2 * went + 1;
      // Two clients can both have a Bob Smith: the people count only with the day it became an account.
      if (contacts.size > 0 && sharedContacts * 2 >= contacts.size && sameSince(then, now)) score += sharedContacts;
      return score;
    },
  });
}

/** Both became an account on the same day, as written (a `since` that could not be read holds a stand-in). */
function sameSince(then: Account, now: Account): boolean {
  return !then.invalidFields.has('since') && !now.invalidFields.has('since') && then.data.since === now.data.since;
}

interface Likeness<T> {
  /** The two hold anything in common (an item id, a touchpoint, the name): a file kept at its path. */
  shares(then: T, now: T): boolean;
  /** How surely `now` is what `then` became elsewhere; 0 for not at all. */
  score(then: T, now: T): number;
}

/**
 * Pairs by path first (following git's renames), unless the file at the same path now shares
 * nothing with what was there and another file holds what it held: a plan renamed and a new one
 * written at its old name, two plans' names swapped, an account folder renamed and a new account
 * made at the old name. Those are paired by what they hold, best match first; a path pair that
 * shares nothing stands when nothing else matches (a plan rewritten in place is still that plan).
 */
function pairAll<T extends { file: { contentPath: string } }>(head: Content, then: readonly T[], now: readonly T[], nowPath: (path: string) => string, like: Likeness<T>): Paired<T>[] {
  const byPath = new Map(now.map((item) => [item.file.contentPath, item]));
  const taken = new Set<T>();
  /** Each base entry's file now at its path, when it shares nothing with it: paired only if nothing better is found. */
  const atPath = new Map<Paired<T>, T>();
  const pairs: Paired<T>[] = then.map((old) => {
    const path = nowPath(old.file.contentPath);
    const found = byPath.get(path);
    // A file that is there but unreadable is not gone; one that was emptied is.
    const unreadable = found === undefined && (head.files.has(path) || head.unreadable?.has(path) === true) && head.emptied?.has(path) !== true;
    const pair: Paired<T> = { then: old, now: undefined, unreadable };
    if (found && like.shares(old, found)) {
      pair.now = found;
      taken.add(found);
    } else if (found) atPath.set(pair, found);
    return pair;
  });
  // What is left may be what moved: every file not kept at its path, best match first.
  const open = pairs.filter((pair) => !pair.now && !pair.unreadable);
  const candidates = now.filter((item) => !taken.has(item));
  if (open.length > 0 && candidates.length > 0) {
    const matches: { pair: Paired<T>; candidate: T; score: number; order: number }[] = [];
    for (const pair of open) {
      for (const candidate of candidates) {
        const score = like.score(pair.then, candidate);
        if (score > 0) matches.push({ pair, candidate, score, order: matches.length });
      }
    }
    matches.sort((a, b) => b.score - a.score || a.order - b.order);
    for (const { pair, candidate } of matches) {
      if (pair.now || taken.has(candidate)) continue;
      pair.now = candidate;
      taken.add(candidate);
    }
  }
  for (const [pair, found] of atPath) {
    if (!pair.now && !taken.has(found)) {
      pair.now = found;
      taken.add(found);
    }
  }
  return pairs;
}

/** The same words, whatever the case, the spaces around them and the Unicode form of accents: a title or a name written again. */
export function sameText(a: string, b: string): boolean {
  return nameKey(a.trim()).toLowerCase() === nameKey(b.trim()).toLowerCase();
}

function itemIds(plan: Plan): Set<string> {
  return new Set([...plan.commitments.map((c) => `c:${c.id}`), ...plan.milestones.map((m) => `m:${m.id}`)]);
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  return shared;
}
