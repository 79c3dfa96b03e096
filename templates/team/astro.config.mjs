// The playbook's site. The followthrough integration brings the pages, checks the playbook before
// every build (a broken reference stops it, as `playbook check` would) and indexes the site for
// search; siteSettings() are the Astro settings those pages are written for (output in dist/,
// URLs with a trailing slash, PLAYBOOK_BASE and PLAYBOOK_SITE_URL for where the site is served).
// Add settings of your own after them.
import { defineConfig } from 'astro/config';
import { followthrough, siteSettings } from 'followthrough';

export default defineConfig({ ...siteSettings(), integrations: [followthrough()] });
