// A worker thread that renders plain-Markdown bodies with Astro's own Markdown processor (the
// one `renderMarkdown` uses, with the site's markdown settings), so that this CPU work runs on
// the second core while Astro starts up. See markdown-prerender.ts. Plain JavaScript, because a
// worker thread does not inherit the TypeScript loader of the build script.
import { parentPort, workerData } from 'node:worker_threads';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';

/** @type {{ markdown: import('@astrojs/markdown-remark').AstroMarkdownOptions, jobs: { key: string, body: string }[] }} */
const { markdown, jobs } = workerData;
const processor = await createMarkdownProcessor(markdown);
for (const job of jobs) {
  const { code } = await processor.render(job.body);
  parentPort?.postMessage({ key: job.key, html: code });
}
parentPort?.postMessage({ done: true });
