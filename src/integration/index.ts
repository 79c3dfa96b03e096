// The Followthrough site as an Astro integration, so that `astro build` alone makes the whole
// site: it injects the pages (routes.ts) and MDX, checks the playbook first (gate.ts), has
// Pagefind index each page while the pages render (search-index.ts, middleware.ts), and writes
// the index into <outDir>/pagefind/. `astro dev` needs only the pages: the content loader
// reloads on its own. This is the package's main export (bundled into lib/index.js, as
// Node loads astro.config.mjs and what it imports natively, and will not strip types under
// node_modules); the pages and the middleware are loaded by Vite, from src/, as they are.
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { countOf } from '../core/words.ts';
import { packageRoot } from '../package/root.ts';
import { registerPlaybookLoader } from '../site/loader-handle.ts';
import { playbookLoader } from '../site/loader.ts';
import { BuildRefused, gate } from './gate.ts';
import { withoutKnownWarnings } from './known-warnings.ts';
import { misreadAsInside, moveSite, outDirProblem, outDirRefusal, stagingDir } from './out-dir.ts';
import { contentDirPath } from '../site/env.ts';
import { withSynchronousPageWrites } from './page-writes.ts';
import { SEARCH_ROUTES, siteRoutes } from './routes.ts';
import { searchFirst } from './search-first.ts';
import { startSearchIndex, type SearchIndexing } from './search-index.ts';

export { siteSettings } from './settings.ts';

export interface FollowthroughOptions {
  /** The content folder, relative to the working directory. Default: PLAYBOOK_CONTENT_DIR, else `content`. */
  contentDir?: string;
  /** The day the site is built for, YYYY-MM-DD. Default: PLAYBOOK_AS_OF, else today in the playbook's time zone. */
  asOf?: string;
}

export function followthrough(options: FollowthroughOptions = {}): AstroIntegration {
  let search: SearchIndexing | undefined;
  let outDir: string | undefined;
  /** Where the site goes when it is built elsewhere first (out-dir.ts). */
  let movedTo: string | undefined;
  let hasAdapter = false;
  return {
    name: 'followthrough',
    hooks: {
      'astro:config:setup'({ command, config, addMiddleware, injectRoute, updateConfig, logger }) {
        // The collections of the content config call it (src/site/loader-handle.ts says why).
        registerPlaybookLoader(playbookLoader);
        for (const route of siteRoutes(fileURLToPath(new URL('pages/', config.srcDir)))) injectRoute(route);
        // Bodies that use MDX need @astrojs/mdx; a team's config need not list it.
        if (!config.integrations.some((integration) => integration.name === '@astrojs/mdx')) updateConfig({ integrations: [mdx()] });
        updateConfig({ vite: { build: { rolldownOptions: { onwarn: withoutKnownWarnings(config.vite?.build?.rolldownOptions?.onwarn) } } } });
        // The pages' links read the base from here (site/urls.ts says why not from BASE_URL).
        updateConfig({ vite: { define: { __PLAYBOOK_BASE__: JSON.stringify(config.base) } } });
        // The content loader and the pages read the same variables as the CLI (src/site/env.ts),
        // so options given here are handed to them that way.
        if (options.contentDir) process.env.PLAYBOOK_CONTENT_DIR = options.contentDir;
        if (options.asOf) process.env.PLAYBOOK_AS_OF = options.asOf;
        if (command !== 'build') return;
        const wanted = fileURLToPath(config.outDir);
        if (misreadAsInside(wanted)) {
          movedTo = wanted;
          updateConfig({ outDir: pathToFileURL(stagingDir('site') + sep) });
        }
        const started = performance.now();
        const { content, asOf, counts } = refusing(logger, () => {
          const problem = outDirProblem(wanted, { cwd: process.cwd(), contentDir: contentDirPath() });
          if (problem) throw new BuildRefused(outDirRefusal(wanted, problem), 2);
          return gate();
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `checked ${countOf(content.files.size, 'file')} as of ${asOf} in ${seconds} s (${countOf(counts.warning, 'warning')}, ${countOf(counts.notice, 'notice')} shown on the site)`,
        );
        addMiddleware({ order: 'pre', entrypoint: join(packageRoot(), 'src', 'integration', 'middleware.ts') });
      },
      'astro:config:done'({ config }) {
        outDir = fileURLToPath(config.outDir);
        hasAdapter = config.adapter !== undefined;
      },
      async 'astro:build:start'({ setPrerenderer }) {
        const indexing = await startSearchIndex(outDir!);
        search = indexing;
        // An adapter may bring a prerenderer of its own: it is left alone, and the index is then
        // finished after the last page.
        if (!hasAdapter) setPrerenderer((base) => withSynchronousPageWrites(searchFirst(base, SEARCH_ROUTES, indexing)));
      },
      async 'astro:build:done'({ dir, logger }) {
        const { pages, late, unordered } = await search!.finish(fileURLToPath(dir));
        // A team's own page may be searchable too: it is indexed after ours, in a shard of its own.
        const after = late > 0 ? ` (${late} of them after the site's own pages, in a shard of their own)` : '';
        logger.info(`indexed ${countOf(pages, 'page')} for search${after}`);
        // Never, unless Astro hands the middleware another URL than it gave the prerenderer (render-order.ts).
        if (movedTo) moveSite(fileURLToPath(dir), movedTo);
        if (unordered > 0) logger.warn(`${countOf(unordered, 'page')} went to the search index as rendered, not in Astro's order of pages: two builds of the same playbook may write different index files`);
      },
    },
  };
}

/**
 * `check()`, and when it refuses the build, no "An unhandled error occurred while running the
 * astro:config:setup hook" from Astro before the refusal's own message (the CLI's words, already
 * printed): Astro says that of any error a hook throws, through the logger it gave the hook.
 */
function refusing<T>(logger: AstroIntegrationLogger, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof BuildRefused) {
      const error_ = logger.error.bind(logger);
      logger.error = (message: string) => {
        logger.error = error_;
        if (!message.startsWith('An unhandled error occurred')) error_(message);
      };
    }
    throw error;
  }
}
