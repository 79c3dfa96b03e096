// The playbook, loaded and judged once per build (and again after each edit in `astro dev`). Every
// page, the content loader and the build's gate ask for it here; the result is kept on globalThis
// because Astro runs the integration, the content loader and the prerendered pages as separate
// module instances in one process, and the checker should run once, not once per module copy (at
// 1,000 accounts a check takes seconds).
import { checkPlaybook, type CheckResult } from '../core/check.ts';
import { lastCommits, type LastCommit } from '../core/git/history.ts';
import { asOfSetting, contentDirSetting } from './env.ts';
import { buildLookup, type Lookup } from './lookup.ts';

export interface SitePlaybook extends CheckResult {
  lookup: Lookup;
}

const CACHE = Symbol.for('followthrough.site.playbook');
const HISTORY = Symbol.for('followthrough.site.history');
/** A held playbook, and when its files began to be read (performance.now(): see forgetPlaybook). */
type Cache = Map<string, { playbook: SitePlaybook; readAt: number }>;
type HistoryCache = Map<string, ReadonlyMap<string, LastCommit>>;

function held<T>(symbol: symbol): Map<string, T> {
  const holder = globalThis as unknown as Record<symbol, Map<string, T> | undefined>;
  return (holder[symbol] ??= new Map());
}

function cacheKey(): string {
  return `${process.cwd()}\0${contentDirSetting()}\0${asOfSetting() ?? ''}`;
}

/** The checked playbook for PLAYBOOK_CONTENT_DIR and PLAYBOOK_AS_OF, loaded on first use. */
export function getPlaybook(): SitePlaybook {
  // Pages ask for it thousands of times a page (every name and distance): the hit reads the
  // environment only for the key (each read of process.env is a call into C++).
  const key = cacheKey();
  const cache: Cache = held(CACHE);
  const cached = cache.get(key);
  if (cached) return cached.playbook;
  const contentDir = contentDirSetting();
  const asOf = asOfSetting();
  const readAt = performance.now();
  // The site may read the clock (the core may not): "today" for a build without PLAYBOOK_AS_OF.
  const result = checkPlaybook(contentDir, { asOf, now: new Date() });
  const playbook: SitePlaybook = { ...result, lookup: buildLookup(result) };
  cache.set(key, { playbook, readAt });
  return playbook;
}

/**
 * Drops the loaded playbook, so that the next getPlaybook() reads and checks the files again
 * (`astro dev`, after an edit); with `readBefore`, only one whose files began to be read before
 * that moment (performance.now()).
 */
export function forgetPlaybook(readBefore = Infinity): void {
  const cache: Cache = held(CACHE);
  for (const [key, { readAt }] of cache) if (readAt < readBefore) cache.delete(key);
}

/**
 * Content path -> the last commit that touched it, for "Last updated" on the pages: one `git log`
 * over the content folder, run on first use and kept for the rest of the build (the gate never
 * asks for it, so a build that stops at the gate runs no git). Empty outside git, without git or
 * in a shallow clone: the pages then show no date.
 */
export function getHistory(): ReadonlyMap<string, LastCommit> {
  const key = cacheKey();
  const cache: HistoryCache = held(HISTORY);
  const cached = cache.get(key);
  if (cached) return cached;
  const history = lastCommits(contentDirSetting(), { cwd: process.cwd(), timezone: getPlaybook().content.settings.timezone });
  cache.set(key, history);
  return history;
}
