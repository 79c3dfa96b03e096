// The pages meant for search are rendered before the others, so that Pagefind writes the last of
// its index while the rest render instead of after them: Astro's own prerenderer, with the pages
// in another order. Pagefind gets the same pages in the same order as before (the filter below
// keeps their order), so the index is byte for byte the same; only when its last page is written
// changes. Measured: docs/benchmarks.md ("search first").
import type { AstroPrerenderer } from 'astro';

/**
 * `base`, rendering the pages of `searchRoutes` (route patterns, as `/accounts/[account]`) first,
 * and calling `whenRendered` once the last of them is. Should Astro render fewer of them than it
 * listed (it skips a path two routes share), `whenRendered` is never called: the index is then
 * finished after the last page, as without this.
 */
export function searchFirst(base: AstroPrerenderer, searchRoutes: ReadonlySet<string>, whenRendered: () => void): AstroPrerenderer {
  let left = Number.POSITIVE_INFINITY;
  const isSearchRoute = (route: string) => searchRoutes.has(route);
  return {
    name: base.name,
    setup: base.setup && (() => base.setup!()),
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      const first = paths.filter((path) => isSearchRoute(path.route.route));
      left = first.length;
      if (left === 0) whenRendered();
      return [...first, ...paths.filter((path) => !isSearchRoute(path.route.route))];
    },
    async render(request, options) {
      const rendered = await base.render(request, options);
      if (isSearchRoute(options.routeData.route) && --left === 0) whenRendered();
      return rendered;
    },
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
  };
}
