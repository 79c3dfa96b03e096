// The build renders the pages meant for search first (src/integration/search-first.ts) and says so
// once the last of them is rendered, so that Pagefind can write its index while the rest render.
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { describe, expect, it } from 'vitest';
import { searchFirst } from '../../src/integration/search-first.ts';

const SEARCH = new Set(['/accounts/[account]', '/people/[person]']);

const path = (pathname: string, route: string) => ({ pathname, route: { route } }) as PathWithRoute;

/** Astro's prerenderer as far as the build uses it: the paths in Astro's order, and a log of what it rendered. */
function astroLike(paths: PathWithRoute[]) {
  const log: string[] = [];
  const base: AstroPrerenderer = {
    name: 'astro:default',
    setup: async () => void log.push('setup'),
    getStaticPaths: async () => paths,
    render: async (request) => {
      log.push(`render ${new URL(request.url).pathname}`);
      return new Response('page');
    },
    teardown: async () => void log.push('teardown'),
  };
  return { base, log };
}

/** The indexer as far as searchFirst tells it anything: `seal` is logged; `started` only when asked. */
const indexer = (log: string[], renders = false) => ({
  seal: () => void log.push('search pages rendered'),
  started(request: string) {
    const path = new URL(request).pathname;
    if (renders) log.push(`started ${path}`);
    return () => void (renders && log.push(`ended ${path}`));
  },
});

/** Renders every path as Astro's build does, one after the other, in the order given. */
async function build(prerenderer: AstroPrerenderer, log: string[]): Promise<void> {
  await prerenderer.setup?.();
  for (const { pathname, route } of await prerenderer.getStaticPaths()) {
    await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: route });
  }
  await prerenderer.teardown?.();
  log.push('done');
}

describe('searchFirst', () => {
  it('renders the pages of the search routes first, in their own order, and says so after the last of them', async () => {
    const { base, log } = astroLike([
      path('/404.html', '/404'),
      path('/accounts/a/', '/accounts/[account]'),
      path('/accounts/a/calendar.ics', '/accounts/[account]/calendar.ics'),
      path('/people/kim/', '/people/[person]'),
      path('/accounts/b/', '/accounts/[account]'),
      path('/index.html', '/'),
    ]);
    await build(searchFirst(base, SEARCH, indexer(log)), log);
    expect(log).toEqual([
      'setup',
      'render /accounts/a/',
      'render /people/kim/',
      'render /accounts/b/',
      'search pages rendered',
      'render /404.html',
      'render /accounts/a/calendar.ics',
      'render /index.html',
      'teardown',
      'done',
    ]);
  });

  it('says so at once when there is no page of a search route, and never when one is not rendered', async () => {
    const none = astroLike([path('/index.html', '/')]);
    await build(searchFirst(none.base, SEARCH, indexer(none.log)), none.log);
    expect(none.log).toEqual(['setup', 'search pages rendered', 'render /index.html', 'teardown', 'done']);

    // Astro skips a path that two routes share: the index is then finished after the last page.
    const skipped = astroLike([path('/accounts/a/', '/accounts/[account]'), path('/people/kim/', '/people/[person]')]);
    const prerenderer = searchFirst(skipped.base, SEARCH, indexer(skipped.log));
    const [first] = await prerenderer.getStaticPaths();
    await prerenderer.render(new Request(`http://localhost${first!.pathname}`), { routeData: first!.route });
    expect(skipped.log).toEqual(['render /accounts/a/']);
  });

  it("takes Astro 7.4's paths with their images, and hands the images on", async () => {
    const paths = [path('/index.html', '/'), path('/accounts/a/', '/accounts/[account]')];
    const metadata = { staticImages: [] };
    const { base } = astroLike(paths);
    const withImages = { ...base, getStaticPaths: async () => ({ paths, metadata }) } as unknown as AstroPrerenderer;
    const result = (await searchFirst(withImages, SEARCH, indexer([])).getStaticPaths()) as unknown as { paths: PathWithRoute[]; metadata: unknown };
    expect(result.metadata).toBe(metadata);
    expect(result.paths.map((each) => each.pathname)).toEqual(['/accounts/a/', '/index.html']);
  });

  it('returns what Astro rendered, as it rendered it', async () => {
    const { base } = astroLike([path('/accounts/a/', '/accounts/[account]')]);
    const prerenderer = searchFirst(base, SEARCH, indexer([]));
    const [only] = await prerenderer.getStaticPaths();
    const response = (await prerenderer.render(new Request('http://localhost/accounts/a/'), { routeData: only!.route })) as Response;
    expect(await response.text()).toBe('page');
  });

  it('tells the indexer when each render starts and ends, a failed one too', async () => {
    const { base, log } = astroLike([path('/accounts/a/', '/accounts/[account]'), path('/index.html', '/')]);
    await build(searchFirst(base, SEARCH, indexer(log, true)), log);
    expect(log).toEqual([
      'setup',
      'started /accounts/a/',
      'render /accounts/a/',
      'ended /accounts/a/',
      'search pages rendered',
      'started /index.html',
      'render /index.html',
      'ended /index.html',
      'teardown',
      'done',
    ]);
    const failing: AstroPrerenderer = { ...base, render: async () => Promise.reject(new Error('the page threw')) };
    const failed: string[] = [];
    const prerenderer = searchFirst(failing, SEARCH, indexer(failed, true));
    await expect(prerenderer.render(new Request('http://localhost/index.html'), { routeData: { route: '/' } as never })).rejects.toThrow('the page threw');
    expect(failed).toEqual(['started /index.html', 'ended /index.html']);
  });
});
