// `astro dev`: a change to any file of the content folder (an MDX file, people.yaml,
// playbook.yaml) makes the playbook be loaded and checked again, since one file can change what
// other pages show (a person's name, a finding). The content layer gives each loader its dev
// server's file watcher; the content folder may lie outside the project, so it is added to it.
import { isAbsolute, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { forgetPlaybook } from './playbook.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

// Editors save in bursts (write, rename, touch): one sync for a burst.
const SETTLE_MS = 50;

/** Calls `changed` once a burst of changes under `contentDir` has settled. */
export function watchContent(watcher: Watcher, contentDir: string, changed: () => void): void {
  watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onEvent = (path: string) => {
    const inside = relative(contentDir, path);
    if (inside.startsWith('..') || isAbsolute(inside)) return;
    // At once, not when the burst settles: every collection's listener forgets the playbook
    // before any of them loads it again, so that the three collections share one new check.
    forgetPlaybook();
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
