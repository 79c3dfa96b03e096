// The client's site (`playbook build --client <account>|all`): a second Astro project whose pages
// (src/client-site) are built from the core's client view alone. One build renders every selected
// account's pages under <account>/, with relative links and everything inlined into each page; the
// integration then gives each account's folder its own search index and moves it to
// <out>/<account>/ (client.ts).
//
// It shares nothing with the main site's build that could carry internal content: no content
// collections (src/client-site has no content.config.ts, so no MDX body is ever loaded), no
// public folder, no shared script or stylesheet files, no source maps. The pages are the
// package's own: this repository's astro.client.config.mjs and a team's build (which has no such
// file: `playbook build` passes these settings inline) read the same folder.
import { join } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { packageRoot } from '../package/root.ts';
import { followthroughClient } from './client.ts';
import { clientStagingDir } from './client-paths.ts';

export function clientSiteSettings(env: NodeJS.ProcessEnv = process.env): AstroInlineConfig {
  const srcDir = join(packageRoot(), 'src', 'client-site');
  return {
    srcDir,
    publicDir: join(srcDir, 'no-public-folder'),
    outDir: clientStagingDir(),
    base: '/',
    compressHTML: true,
    // Its own cache, so that it never mixes with the main site's content store.
    cacheDir: env.PLAYBOOK_CACHE_DIR ? `${env.PLAYBOOK_CACHE_DIR}-client` : './node_modules/.astro-client',
    // Every stylesheet and script inside the page: an account's folder is complete on its own.
    build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
    integrations: [followthroughClient()],
    devToolbar: { enabled: false },
    vite: { build: { assetsInlineLimit: 256 * 1024, sourcemap: false } },
  };
}
