// The Astro settings the playbook's site is written for, shared by this repository's
// astro.config.mjs and every team's (`defineConfig({ ...siteSettings(), integrations:
// [followthrough()] })`), so that an upgrade of the package brings any change to them too.
// Output is static HTML in dist/ (or PLAYBOOK_OUT_DIR, which `playbook build` and the tests set),
// with trailing-slash URLs as the spec lists them.
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { safeMarkup } from '../site/safe-markup.ts';

export function siteSettings(env: NodeJS.ProcessEnv = process.env): AstroUserConfig {
  return {
    outDir: env.PLAYBOOK_OUT_DIR || './dist',
    base: env.PLAYBOOK_BASE || '/',
    // Where the site is published, when known: the calendar's events then link to their pages.
    site: env.PLAYBOOK_SITE_URL || undefined,
    trailingSlash: 'always',
    // Whitespace between tags is kept as one space, as the pages were written for (Astro's default,
    // 'jsx', drops it between inline elements: "agreement-unsigned ·" would touch its link).
    compressHTML: true,
    // Separate caches per content folder keep the content layer's store from mixing two playbooks.
    cacheDir: env.PLAYBOOK_CACHE_DIR || './node_modules/.astro',
    // Pages render a few at a time, so that a page waiting for the search indexer to catch up
    // (search-index.ts) does not hold up the next; 1, 2 and 8 were no faster (docs/benchmarks.md).
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
    // Bodies keep the quotes people typed: Sätteri, Astro's Markdown processor, would curl them.
    // safeMarkup keeps links to http(s) and the site, and drops what could run script (MDX too).
    markdown: { processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [safeMarkup] }) },
    // The build never needs the dev toolbar or telemetry prompts.
    devToolbar: { enabled: false },
    // The as-of script is shared by every page: one cached file rather than 4 KB inlined 7,000 times.
    vite: { build: { assetsInlineLimit: 0 } },
  };
}
