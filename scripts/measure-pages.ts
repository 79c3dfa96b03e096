// How heavy a built site's pages are, as a reader's browser meets them: the largest HTML pages,
// the feeds, and for the main pages and the largest ones the time Chromium takes to load them
// (navigation to the load event, the as-of script run) and their number of DOM nodes.
//   node scripts/measure-pages.ts <built site> [--top 12] [--json]
// Used to hold a large synthetic playbook's site to its budget (no page over 300 KB or 0.8 s):
//   node scripts/generate-playbook.ts --accounts 1000 --out /tmp/p1000
//   PLAYBOOK_CONTENT_DIR=/tmp/p1000 PLAYBOOK_AS_OF=2026-11-22 PLAYBOOK_OUT_DIR=/tmp/out1000 npx astro build
//   node scripts/measure-pages.ts /tmp/out1000
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '12' }, json: { type: 'boolean', default: false } } });
const root = positionals[0];
if (!root) {
  console.error('usage: node scripts/measure-pages.ts <built site> [--top N] [--json]');
  process.exit(2);
}

function files(dir: string): { path: string; size: number }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : files(full);
    return [{ path: `/${relative(root!, full).split('\\').join('/')}`, size: stat.size }];
  });
}

const all = files(root);
const html = all.filter((file) => file.path.endsWith('.html')).sort((a, b) => b.size - a.size);
const feeds = all.filter((file) => /\.(json|ics)$/.test(file.path));
const route = (path: string) => path.replace(/index\.html$/, '');
const main = ['/index.html', '/people/index.html', '/reports/index.html', '/accounts/index.html', '/timeline/index.html', '/insights/index.html', '/search/index.html'];
const toLoad = [...new Set([...main.filter((path) => html.some((file) => file.path === path)), ...html.slice(0, Number(values.top)).map((file) => file.path)])];

const server = await serveStatic(root);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const loads: { path: string; kb: number; ms: number; nodes: number }[] = [];
for (const path of toLoad) {
  const page = await context.newPage();
  // The first visit also fetches the shared stylesheet and script; then the median of five loads,
  // as a reader's browser has them cached (a busy machine makes single loads noisy).
  await page.goto(`${server.url}${route(path)}`, { waitUntil: 'load' });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await page.goto(`${server.url}${route(path)}`, { waitUntil: 'load' });
    times.push(performance.now() - started);
  }
  const ms = Math.round(times.sort((a, b) => a - b)[2]!);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  loads.push({ path: route(path), kb: Math.round(html.find((file) => file.path === path)!.size / 1024), ms, nodes });
  await page.close();
}
await browser.close();
await server.close();

const heaviest = html[0]!;
const slowest = [...loads].sort((a, b) => b.ms - a.ms)[0]!;
const report = {
  pages: html.length,
  largest: html.slice(0, Number(values.top)).map((file) => ({ path: route(file.path), kb: Math.round(file.size / 1024) })),
  over300kb: html.filter((file) => file.size > 300 * 1024).length,
  loads,
  feeds: feeds.sort((a, b) => b.size - a.size).slice(0, 6).map((file) => ({ path: file.path, kb: Math.round(file.size / 1024) })),
  summary: { largestKb: Math.round(heaviest.size / 1024), largestPath: route(heaviest.path), slowestMs: slowest.ms, slowestPath: slowest.path },
};
if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`${report.pages} HTML pages; ${report.over300kb} over 300 KB; largest ${report.summary.largestKb} KB (${report.summary.largestPath})`);
  console.log('Load in Chromium (ms, KB, DOM nodes):');
  for (const load of loads) console.log(`  ${String(load.ms).padStart(5)} ms ${String(load.kb).padStart(5)} KB ${String(load.nodes).padStart(6)} nodes  ${load.path}`);
  console.log('Feeds:');
  for (const feed of report.feeds) console.log(`  ${String(feed.kb).padStart(7)} KB  ${feed.path}`);
}
