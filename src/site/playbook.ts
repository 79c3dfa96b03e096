// The playbook, loaded and judged once per build. Every page, the content loader and the build's
// gate ask for it here; the result is kept on globalThis because Astro runs the content loader and
// the prerendered pages as separate module instances in one process, and the checker should run
// once, not once per module copy (at 1,000 accounts a check takes seconds).
import { checkPlaybook, type CheckResult } from '../core/check.ts';
import { asOfSetting, contentDirSetting } from './env.ts';
import { buildLookup, type Lookup } from './lookup.ts';

export interface SitePlaybook extends CheckResult {
  lookup: Lookup;
}

const CACHE = Symbol.for('followthrough.site.playbook');
type Cache = Map<string, SitePlaybook>;

function cache(): Cache {
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (holder[CACHE] ??= new Map());
}

/** The checked playbook for PLAYBOOK_CONTENT_DIR and PLAYBOOK_AS_OF, loaded on first use. */
export function getPlaybook(): SitePlaybook {
  const contentDir = contentDirSetting();
  const asOf = asOfSetting();
  const key = `${process.cwd()}\0${contentDir}\0${asOf ?? ''}`;
  const cached = cache().get(key);
  if (cached) return cached;
  // The site may read the clock (the core may not): "today" for a build without PLAYBOOK_AS_OF.
  const result = checkPlaybook(contentDir, { asOf, now: new Date() });
  const playbook: SitePlaybook = { ...result, lookup: buildLookup(result) };
  cache().set(key, playbook);
  return playbook;
}
