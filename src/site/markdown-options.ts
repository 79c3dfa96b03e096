// The site's Markdown settings, shared by astro.config.mjs and the build's Markdown worker so
// that both render a body the same way. Smart quotes are off: they cost half of all Markdown
// rendering time at 4,000 files, and straight quotes read fine.
export const MARKDOWN_OPTIONS = { smartypants: false } as const;
