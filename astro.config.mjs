// The site's Astro configuration. Output is static HTML in dist/ (or PLAYBOOK_OUT_DIR, which the
// build script and the tests set), with trailing-slash URLs as the spec lists them. The
// followthrough integration checks the playbook before the build and indexes the pages for
// search, so `astro build` alone makes the whole site.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { followthrough } from './src/integration/index.ts';
import { safeMarkup } from './src/site/safe-markup.ts';

export default defineConfig({
  outDir: process.env.PLAYBOOK_OUT_DIR || './dist',
  base: process.env.PLAYBOOK_BASE || '/',
  // Where the site is published, when known: the calendar's events then link to their pages.
  site: process.env.PLAYBOOK_SITE_URL || undefined,
  trailingSlash: 'always',
  // Whitespace between tags is kept as one space, as the pages were written for (Astro's default,
  // 'jsx', drops it between inline elements: "agreement-unsigned ·" would touch its link).
  compressHTML: true,
  // Separate caches per content folder keep the content layer's store from mixing two playbooks.
  cacheDir: process.env.PLAYBOOK_CACHE_DIR || './node_modules/.astro',
  // Pages render a few at a time so that writing one file overlaps rendering the next.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Bodies keep the quotes people typed: Sätteri, Astro's Markdown processor, would curl them.
  // safeMarkup keeps links to http(s) and the site, and drops what could run script (MDX too).
  markdown: { processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [safeMarkup] }) },
  integrations: [followthrough(), mdx()],
  // The build never needs the dev toolbar or telemetry prompts.
  devToolbar: { enabled: false },
  // The as-of script is shared by every page: one cached file rather than 4 KB inlined 7,000 times.
  vite: { build: { assetsInlineLimit: 0 } },
});
