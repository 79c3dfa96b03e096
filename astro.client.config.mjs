// The client's site (`npm run build -- --client <account>|all`): a second Astro project in the
// same repository, whose pages (src/client-site) are built from the core's client view alone.
// One build renders every selected account's pages under <account>/, with relative links and
// everything inlined into each page; the integration then gives each account's folder its own
// search index and moves it to <out>/<account>/ (src/integration/client.ts).
//
// It shares nothing with the main site's build that could carry internal content: no content
// collections (src/client-site has no content.config.ts, so no MDX body is ever loaded), no
// public folder, no shared script or stylesheet files, no source maps.
import { defineConfig } from 'astro/config';
import { followthroughClient } from './src/integration/client.ts';
import { clientStagingDir } from './src/integration/client-paths.ts';

export default defineConfig({
  srcDir: './src/client-site',
  publicDir: './src/client-site/no-public-folder',
  outDir: clientStagingDir(),
  base: '/',
  compressHTML: true,
  // Its own cache, so that it never mixes with the main site's content store.
  cacheDir: process.env.PLAYBOOK_CACHE_DIR ? `${process.env.PLAYBOOK_CACHE_DIR}-client` : './node_modules/.astro-client',
  // Every stylesheet and script inside the page: an account's folder is complete on its own.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  integrations: [followthroughClient()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 256 * 1024, sourcemap: false } },
});
