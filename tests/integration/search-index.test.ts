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
    await searchSink()!.add('/accounts/acme/', page('Acme'));
    await searchSink()!.add('/people/kim/', page('Kim Lee'));
    await searchSink()!.add('/accounts/acme/calendar/', page('Calendar', false));
    expect(existsSync(join(outDir, 'pagefind', 'pagefind-entry.json'))).toBe(false);
    indexing.seal();
    await until(() => existsSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(2);
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 0 });
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual([]);
  }, 60_000);

  it('puts a searchable page that comes after the seal in a shard of its own', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    await searchSink()!.add('/accounts/acme/', page('Acme'));
    indexing.seal();
    await searchSink()!.add('/team/own-page/', page('A page of the team'));
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 1 });
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['shards/2/']);
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(1);
    expect(pagesIn(join(outDir, 'pagefind', 'shards', '2'))).toBe(1);
  }, 60_000);

  it('writes one index at the end when it is never sealed, as for a site with an adapter', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const indexing = await startSearchIndex(outDir);
    await searchSink()!.add('/accounts/acme/', page('Acme'));
    await searchSink()!.add('/people/kim/', page('Kim Lee'));
    expect(await indexing.finish(outDir)).toEqual({ pages: 2, late: 0 });
    expect(pagesIn(join(outDir, 'pagefind'))).toBe(2);
  }, 60_000);
});
