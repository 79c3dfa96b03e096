// The pages meant for search are rendered before the others, so that Pagefind writes the last of
// its index while the rest render instead of after them: Astro's own prerenderer, with the pages
// in another order. Pagefind gets the same pages in the same order as before (the filter below
// keeps their order), so the index is byte for byte the same; only when its last page is written
// changes. Measured: docs/benchmarks.md ("search first").
//
// It also tells the indexer when each render starts and ends, so that pages are indexed in the
// order their renders started (render-order.ts).
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { withOverrides } from './prerenderer.ts';
import type { SearchIndexing } from './search-index.ts';

/**
 * What a prerenderer's `getStaticPaths()` gives: the paths, or from Astro 7.4 on the paths with the
 * images they resolved. Both are taken, so that moving to 7.4 needs no change here (measured and
 * not yet taken: docs/benchmarks.md, the site's sixth round).
 */
type StaticPaths = PathWithRoute[] | { paths: PathWithRoute[] };

/**
 * `base`, rendering the pages of `searchRoutes` (route patterns, as `/accounts/[account]`) first,
 * and sealing the index once the last of them is rendered. Should Astro render fewer of them than
 * it listed (it skips a path two routes share), the index is never sealed: it is then finished
 * after the last page, as without this.
 */
export function searchFirst(base: AstroPrerenderer, searchRoutes: ReadonlySet<string>, indexing: Pick<SearchIndexing, 'seal' | 'started'>): AstroPrerenderer {
  let left = Number.POSITIVE_INFINITY;
  const isSearchRoute = (route: string) => searchRoutes.has(route);
  return withOverrides(base, {
    async getStaticPaths() {
      const listed = (await base.getStaticPaths()) as StaticPaths;
      const paths = Array.isArray(listed) ? listed : listed.paths;
      const first = paths.filter((path) => isSearchRoute(path.route.route));
      left = first.length;
      if (left === 0) indexing.seal();
      const ordered = [...first, ...paths.filter((path) => !isSearchRoute(path.route.route))];
      // Handed back in the shape Astro gave (7.3's type knows only the array).
      return (Array.isArray(listed) ? ordered : { ...listed, paths: ordered }) as PathWithRoute[];
    },
    async render(request, options) {
      const ended = indexing.started(request.url);
      try {
        return await base.render(request, options);
      } finally {
        ended();
        if (isSearchRoute(options.routeData.route) && --left === 0) indexing.seal();
      }
    },
  });
}
