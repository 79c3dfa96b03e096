// The site's pages, injected by the integration (as Starlight injects its own), so that a team's
// repository has no src/pages of its own and gets new pages by upgrading the package. Each file
// under the package's src/routes is a route, named as Astro names a file in src/pages: the folder
// path, without `index` and without the file's last extension (`calendar.ics.ts` -> calendar.ics).
// A page of the team's own src/pages with the same URL replaces ours (Astro would otherwise see
// the route twice, which it warns of now and will refuse later).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../package/root.ts';

export interface InjectedRoute {
  pattern: string;
  entrypoint: string;
}

const PAGE = /\.(astro|ts)$/;

/** Every page of the site (but those `ownPagesDir` has): its URL pattern and the file that renders it. */
export function siteRoutes(ownPagesDir?: string, dir = join(packageRoot(), 'src', 'routes')): InjectedRoute[] {
  const own = new Set(pageFiles(ownPagesDir).map(patternOf));
  return pageFiles(dir)
    .map((file) => ({ pattern: patternOf(file), entrypoint: join(dir, file) }))
    .filter((route) => !own.has(route.pattern));
}

function pageFiles(dir: string | undefined): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => PAGE.test(file)).sort();
}

/** `accounts/[account]/index.astro` -> `/accounts/[account]`; `calendar.ics.ts` -> `/calendar.ics`. */
export function patternOf(file: string): string {
  const segments = relative('.', file).split(sep).join('/').replace(PAGE, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return `/${segments.join('/')}`;
}

/**
 * The routes whose pages are in search: those that pass `search` to the Base layout, which then
 * marks their main content with data-pagefind-body. The build renders them first (search-first.ts);
 * tests/site/astro-build.test.ts checks this list against the pages a build marks.
 */
export const SEARCH_ROUTES: ReadonlySet<string> = new Set(['/accounts/[account]', '/accounts/[account]/[plan]', '/guides/[guide]', '/people/[person]']);
