// A workaround for one of Astro's checks. Astro 7 tells whether the output folder is inside the
// project by a string test, `outDir.startsWith(process.cwd())` (getOutDirWithinCwd, in
// astro/dist/core/build/common.js). A folder beside the project whose name begins with the
// project's (`/work/site-out` for a project in `/work/site`) passes it, so Astro writes the pages'
// render chunks under that folder, from where they cannot import the project's packages, and the
// build stops with "Cannot find package 'piccolore'". A folder anywhere else is fine: Astro then
// renders from the project's own `.astro/`. Such a site is built in a folder inside the project
// and moved where it was asked for at the end.
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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

/** Whether `folder` is `outer` or inside it (both absolute). */
function within(folder: string, outer: string): boolean {
  const path = relative(outer, folder);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/**
 * What a folder an earlier build wrote holds: the site's own first page, its scripts or its index,
 * or, after a build that stopped half-way, the render chunks Astro writes there first.
 */
const BUILT_SITE = ['index.html', '_astro', 'pagefind', '.prerender'];

/**
 * Why a site may not be written to `outDir` (absolute), or undefined when it may. Astro empties
 * its output folder before it writes the site, and a site moved into place replaces the folder: a
 * folder that holds the project, the content folder or a git repository, or files that no build
 * wrote, would lose them. An empty folder, one that is not there yet, or one an earlier build
 * wrote is fine.
 */
export function outDirProblem(outDir: string, places: Places): string | undefined {
  return holdsProblem(outDir, places) ?? contentsProblem(outDir);
}

export interface Places {
  /** The project (the working directory). */
  cwd: string;
  /** The content folder, absolute. */
  contentDir: string;
}

/** Why nothing may replace `folder`: it is or holds the project or the content folder. */
export function holdsProblem(folder: string, places: Places): string | undefined {
  if (within(places.cwd, folder)) return `it holds the project (${places.cwd})`;
  if (within(places.contentDir, folder)) return `it holds the content folder (${places.contentDir})`;
  return undefined;
}

/** Why `folder`'s files may not be replaced by a site: they are not one an earlier build wrote. */
function contentsProblem(outDir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return undefined;
  }
  if (names.includes('.git')) return 'it is a git repository';
  if (names.length > 0 && !names.some((name) => BUILT_SITE.includes(name))) {
    const shown = [...names].sort().slice(0, 3).join(', ');
    return `it holds files that no build wrote (${shown}${names.length > 3 ? ', ...' : ''})`;
  }
  return undefined;
}

/** The refusal of an output folder, in the words every build command prints. */
export function outDirRefusal(outDir: string, problem: string): string {
  return `The site is not written to ${outDir.replace(/[\\/]+$/, '')}: a build empties its output folder first, and ${problem}. Choose an empty folder, or one an earlier build wrote.`;
}
