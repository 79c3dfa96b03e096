// The bare Astro 7 site the site build is compared with: the same MDX files through Astro's glob
// loader and @astrojs/mdx, one page each with the body rendered and nothing else, then Pagefind
// over the output. It is what any Astro site over these files would cost at the least.
// Written into bench-out/bare-astro/, where Node finds astro in the repository's node_modules.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bench-tasks.ts';

export const BARE_ROOT = join(ROOT, 'bench-out', 'bare-astro');

const FILES: Record<string, string> = {
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.BARE_OUT_DIR,
  cacheDir: process.env.BARE_CACHE_DIR,
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
// Every account plan, plan and guide; the id is the path without .mdx, so each has its own page.
const docs = defineCollection({
  loader: glob({ base: process.env.BARE_CONTENT_DIR, pattern: ['accounts/*/*.mdx', 'guides/*.mdx'], generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }),
});
export const collections = { docs };
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const docs = await getCollection('docs');
  return docs.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.name ?? entry.data.title ?? entry.id}</title></head>
  <body><main><h1>{entry.data.name ?? entry.data.title ?? entry.id}</h1><Content /></main></body>
</html>
`,
};

/** Writes the bare site's few files afresh. */
export function writeBareSite(): string {
  rmSync(BARE_ROOT, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(BARE_ROOT, path, '..'), { recursive: true });
    writeFileSync(join(BARE_ROOT, path), text);
  }
  writeFileSync(join(BARE_ROOT, 'package.json'), '{ "type": "module", "private": true }\n');
  return BARE_ROOT;
}
