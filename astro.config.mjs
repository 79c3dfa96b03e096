// The example playbook's site, built exactly as a team's repository builds its own (the file
// `playbook init` writes differs only in importing from 'followthrough' rather than from src/,
// and in not watching this repository's bench-out/): the settings the site is written for, and the
// followthrough integration, which injects the pages (src/routes), checks the playbook before the
// build and indexes the pages for search, so `astro build` alone makes the whole site.
import { defineConfig } from 'astro/config';
import { followthrough, siteSettings } from './src/integration/index.ts';

const settings = siteSettings();

export default defineConfig({
  ...settings,
  integrations: [followthrough()],
  // `npm run bench` writes some 100,000 files to bench-out/; `astro dev` watching them all took
  // 27 s to start instead of 2 s.
  vite: { ...settings.vite, server: { watch: { ignored: ['**/bench-out/**'] } } },
});
