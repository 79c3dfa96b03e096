// A workaround for one of Astro's checks. Astro 7 tells whether the output folder is inside the
// project by a string test, `outDir.startsWith(process.cwd())` (getOutDirWithinCwd, in
// astro/dist/core/build/common.js). A folder beside the project whose name begins with the
// project's (`/work/site-out` for a project in `/work/site`) passes it, so Astro writes the pages'
// render chunks under that folder, from where they cannot import the project's packages, and the
// build stops with "Cannot find package 'piccolore'". A folder anywhere else is fine: Astro then
// renders from the project's own `.astro/`. Such a site is built in a folder inside the project
// and moved where it was asked for at the end.
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** Whether Astro would take `outDir` (absolute) for a folder inside the project at `cwd` when it is not. */
export function misreadAsInside(outDir: string, cwd: string = process.cwd()): boolean {
  const path = relative(cwd, outDir);
  const outside = path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
  return outside && outDir.startsWith(cwd);
}

/** Where such a site is built instead: inside the project, where its chunks find the packages. */
export function stagingDir(name: string, cwd: string = process.cwd()): string {
  return join(cwd, 'node_modules', '.cache', 'followthrough', name);
}

/** Puts the site built in `staging` at `target`, replacing what was there, as Astro empties its outDir. */
export function moveSite(staging: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another file system: copied, then removed.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staging, target, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
