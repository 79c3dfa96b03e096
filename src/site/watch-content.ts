// `astro dev`: a change to any file of the content folder (an MDX file, people.yaml,
// playbook.yaml) makes the playbook be loaded and checked again, since one file can change what
// other pages show (a person's name, a finding). The content layer gives each loader its dev
// server's file watcher; the content folder may lie outside the project, so it is added to it.
import { isAbsolute, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { forgetPlaybook } from './playbook.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

/**
 * The watcher (chokidar) passes on no `change` of a file for 50 ms after one it passed on: a save
 * in that time reaches no listener. A playbook read between the two saves would then be kept with
 * the first one's text until the next edit (tests/site/watch-content.test.ts).
 */
export const WATCHER_QUIET_MS = 50;

// Editors save in bursts (write, rename, touch): one sync for a burst, once the watcher would
// have passed on any later save.
const SETTLE_MS = WATCHER_QUIET_MS + 10;

/** Calls `changed` once a burst of changes under `contentDir` has settled. */
export function watchContent(watcher: Watcher, contentDir: string, changed: () => void): void {
  watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEvent = 0;
  const onEvent = (path: string) => {
    const inside = relative(contentDir, path);
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    // At once, not when the burst settles: every collection's listener forgets the playbook
    // before any of them loads it again, so that the three collections share one new check.
    forgetPlaybook();
    lastEvent = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A playbook read while a save the watcher did not pass on may still have been coming is
      // read again; one read since (by the first collection to sync) is kept for the others.
      forgetPlaybook(lastEvent + WATCHER_QUIET_MS);
      changed();
    }, SETTLE_MS);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
