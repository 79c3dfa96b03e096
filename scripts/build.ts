// `npm run build`: check the playbook, build the site, index it for search.
//   npm run build [-- --content DIR] [--as-of YYYY-MM-DD] [--out DIR]
// 1. The gate: the core's check. A `schema`, `unknown-reference`, `duplicate-id` or
//    `dependency-cycle` finding stops the build, with every such finding printed exactly as
//    `playbook check` prints it (Astro alone would stop at the first bad entry).
// 2. `astro build`, in this process, so the pages reuse the playbook the gate just loaded.
// 3. Pagefind indexes the built pages into <out>/pagefind/.
// The flags set PLAYBOOK_CONTENT_DIR, PLAYBOOK_AS_OF and PLAYBOOK_OUT_DIR, which the site reads.
import { colorFor } from '../src/cli/environment.ts';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AsOfError } from '../src/core/check.ts';
import { ContentFolderError } from '../src/core/load/load-playbook.ts';
import { formatText } from '../src/core/report/text.ts';
import { STRUCTURAL_RULES } from '../src/core/rules/catalog.ts';
import { getPlaybook } from '../src/site/playbook.ts';
import { isSearchable, setSearchSink } from '../src/site/search-sink.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  strict: true,
});
if (values.content) process.env.PLAYBOOK_CONTENT_DIR = values.content;
if (values['as-of']) process.env.PLAYBOOK_AS_OF = values['as-of'];
if (values.out) process.env.PLAYBOOK_OUT_DIR = values.out;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = resolve(process.env.PLAYBOOK_OUT_DIR || 'dist');
const started = performance.now();
if (process.env.PLAYBOOK_BUILD_LOG === 'info') console.log(`build: started at ${new Date().toISOString().slice(11, 19)}`);
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

let playbook;
try {
  playbook = getPlaybook();
} catch (error) {
  if (error instanceof ContentFolderError || error instanceof AsOfError) {
    process.stderr.write(`build: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

const structural = playbook.findings.filter((finding) => STRUCTURAL_RULES.includes(finding.rule));
if (structural.length > 0) {
  const color = colorFor(process.env, process.stderr);
  process.stderr.write(
    `The playbook cannot be built: ${structural.length} ${structural.length === 1 ? 'finding' : 'findings'} of ${STRUCTURAL_RULES.join(', ')} must be fixed first.\n\n`,
  );
  process.stderr.write(formatText(structural, { color, asOf: playbook.asOf }));
  process.exit(1);
}
console.log(`build: checked ${playbook.content.files.size} files as of ${playbook.asOf} in ${seconds()} s (${playbook.counts.warning} warnings, ${playbook.counts.notice} notices shown on the site)`);

// Pagefind runs beside Astro: the middleware hands it each searchable page as soon as it is
// rendered (see src/middleware.ts), so indexing uses the second core while pages render.
const pagefind = await import('pagefind');
// Dates, badges, counts and drawings are not worth searching, and indexing them costs time.
const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['time', '.badge', '.relative', 'svg', '.count', 'thead', 'caption', 'dt', '.side-tag'] });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const indexing: Promise<{ errors: string[] }>[] = [];
// At most this many pages wait for Pagefind: beyond it, rendering waits, so that pages queued
// for a busy indexer cannot pile up in memory.
const IN_FLIGHT = 200;
setSearchSink({
  async add(path, html) {
    if (!isSearchable(html)) return;
    indexing.push(index.addHTMLFile({ url: path, content: searchPart(html) }));
    if (indexing.length > IN_FLIGHT) await indexing[indexing.length - 1 - IN_FLIGHT];
  },
});

const { build } = await import('astro');
try {
  await build({ root: process.cwd(), outDir, logLevel: (process.env.PLAYBOOK_BUILD_LOG as 'info' | 'warn' | undefined) ?? 'warn' });
} catch (error) {
  // Stop the indexer too, or its process would keep this one alive.
  await pagefind.close();
  throw error;
}
setSearchSink(undefined);
removeStrayFiles(outDir);
console.log(`build: site written to ${outDir} at ${seconds()} s`);

const added = await Promise.all(indexing);
const failed = added.flatMap((result) => result.errors);
if (failed.length > 0) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`build: indexed ${indexing.length} pages for search; done in ${seconds()} s (peak memory of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);

/**
 * What Pagefind needs of a page: its language, title and main content, without the drawings
 * (which it is told to ignore anyway). Sending less keeps the hand-over cheap.
 */
function searchPart(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const main = html.slice(start, end + '</main>'.length).replace(/<svg[\s\S]*?<\/svg>/g, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${title}</head><body>${main}</body></html>`;
}

/**
 * Astro copies its own working files (.astro/collections, content-*.mjs) into an output folder
 * outside the project root; they are not part of the site.
 */
function removeStrayFiles(dir: string): void {
  for (const name of ['collections', 'content-assets.mjs', 'content-modules.mjs']) {
    const path = resolve(dir, name);
    if (existsSync(path) && (name !== 'collections' || existsSync(resolve(path, 'plans.schema.json')))) rmSync(path, { recursive: true, force: true });
  }
}
