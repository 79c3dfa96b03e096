// The example playbook's site, built exactly as a team's repository builds its own (the file
// `playbook init` writes differs only in importing from 'followthrough' rather than from src/):
// the settings the site is written for, and the followthrough integration, which injects the
// pages (src/routes), checks the playbook before the build and indexes the pages for search, so
// `astro build` alone makes the whole site.
import { defineConfig } from 'astro/config';
import { followthrough, siteSettings } from './src/integration/index.ts';

export default defineConfig({ ...siteSettings(), integrations: [followthrough()] });
