// Pagefind runs beside Astro during a build: the middleware (middleware.ts) hands it each
// searchable page as soon as the page is rendered, so that indexing uses the second core while
// pages render, instead of reading every page back from disk after the build.
import { resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { isSearchable, setSearchSink } from './search-sink.ts';

// Dates, badges, counts and drawings are not worth searching, and indexing them costs time.
const EXCLUDED = ['time', '.badge', '.relative', 'svg', '.count', 'thead', 'caption', 'dt', '.side-tag'];

// At most this many pages wait for Pagefind: beyond it, rendering waits, so that pages queued for
// a busy indexer cannot pile up in memory.
const IN_FLIGHT = 200;

export interface SearchIndexing {
  /** Writes the index of every page handed over into <outDir>/pagefind/; returns how many pages it holds. */
  finish(outDir: string): Promise<number>;
}

/**
 * Starts Pagefind and makes the middleware hand it every searchable page. A build that fails
 * before `finish` leaves nothing running: Pagefind lets its process go once it has nothing to do.
 */
export async function startSearchIndex(): Promise<SearchIndexing> {
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const indexing: Promise<{ errors: string[] }>[] = [];
  setSearchSink({
    async add(path, html) {
      if (!isSearchable(html)) return;
      indexing.push(index.addHTMLFile({ url: path, content: searchPart(html) }));
      if (indexing.length > IN_FLIGHT) await indexing[indexing.length - 1 - IN_FLIGHT];
    },
  });
  return {
    async finish(outDir) {
      setSearchSink(undefined);
      try {
        const failed = (await Promise.all(indexing)).flatMap((result) => result.errors);
        if (failed.length > 0) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
        const written = await index.writeFiles({ outputPath: resolve(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return indexing.length;
      } finally {
        await close();
      }
    },
  };
}

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
