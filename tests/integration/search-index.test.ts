// Pagefind indexing beside the build (src/integration/search-index.ts), with Pagefind itself: once
// the build says the pages meant for search are all in (`seal`), their index is written at once,
// before the build ends; a searchable page that still comes gets a shard of its own.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSearchIndex } from '../../src/integration/search-index.ts';
import { searchSink } from '../../src/integration/search-sink.ts';

const page = (title: string, searchable = true) =>
  new TextEncoder().encode(`<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`);

/** How many pages an index folder holds, as its entry file says. */
const pagesIn = (dir: string) =>
  Object.values((JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((sum, language) => sum + language.page_count, 0);

/** The middleware's call for a page rendered at `path`. */
const handOver = (path: string, html: Uint8Array) => searchSink()!.add(path, html, `http://localhost${path}`);

async function until(test: () => boolean): Promise<void> {
  for (let waited = 0; !test(); waited += 50) {
    if (waited > 20_000) throw new Error('waited 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let outDir: string;
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe('the search index beside the build', () => {
  it('writes the index of the pages handed over once sealed, before the build ends', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    await handOver('/accounts/acme/', page('Acme'));
    await handOver('/people/kim/', page('Kim Lee'));
    await handOver('/accounts/acme/calendar/', page('Calendar', false));
    expect(existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))).toBe(false);
    indexing.seal();
    await until(() => existsSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(2);
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 0, unordered: 0 });
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual([]);
  }, 60_000);

  it('puts a searchable page that comes after the seal in a shard of its own', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    await handOver('/accounts/acme/', page('Acme'));
    indexing.seal();
    await handOver('/team/own-page/', page('A page of the team'));
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 1, unordered: 0 });
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['shards/2/']);
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(1);
    expect(pagesIn(join(outDir, 'pagefind', 'shards', '2'))).toBe(1);
  }, 60_000);

  it('writes one index at the end when it is never sealed, as for a site with an adapter', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    await handOver('/accounts/acme/', page('Acme'));
    await handOver('/people/kim/', page('Kim Lee'));
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 0, unordered: 0 });
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(2);
  }, 60_000);

  it('indexes pages in the order their renders started, whatever order they finish in: the same pages give the same index', async () => {
    const pages = ['Acme', 'Globex', 'Initech'].map((name) => ({ path: `/accounts/${name.toLowerCase()}/`, html: page(name) }));
    /** The index written when the renders, started in the pages' order, finish in `finishing` order; `ordered: false` does not say when they start. */
    async function indexWhen(finishing: number[], ordered = true): Promise<string> {
      outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
      const indexing = await startSearchIndex(outDir);
      const ends = ordered ? pages.map(({ path }) => indexing.started(`http://localhost${path}`)) : [];
      await Promise.all(finishing.map((n) => handOver(pages[n]!.path, pages[n]!.html).then(() => ends[n]?.())));
      await indexing.finish(outDir);
      const entry = readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
      rmSync(outDir, { recursive: true, force: true });
      return entry;
    }
    const inOrder = await indexWhen([0, 1, 2]);
    expect(await indexWhen([2, 0, 1])).toBe(inOrder);
    expect(await indexWhen([1, 2, 0])).toBe(inOrder);
    // Pagefind's index does depend on the order it is given the pages.
    expect(await indexWhen([2, 0, 1], false)).not.toBe(inOrder);
  }, 60_000);

  it('counts the pages of renders it was not told of, once it has been told of any', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    const ended = indexing.started('http://localhost/accounts/acme/');
    await handOver('/accounts/acme/', page('Acme'));
    ended();
    await handOver('/people/kim/', page('Kim Lee'));
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 0, unordered: 1 });
  }, 60_000);
});
