// Pagefind runs beside Astro during a build: the middleware (middleware.ts) hands it each
// searchable page as soon as the page is rendered, so that indexing uses the second core while
// pages render, instead of reading every page back from disk after the build.
import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { pagefindInstance } from './pagefind-instance.ts';
import { renderOrder } from './render-order.ts';
import { EXCLUDED_SELECTORS, searchPart } from './search-part.ts';
import { isSearchable, setSearchSink } from './search-sink.ts';

// At most this many pages wait for Pagefind: beyond it, rendering waits, so that pages queued for
// a busy indexer cannot pile up in memory.
const IN_FLIGHT = 200;

/**
 * Pagefind holds every page's words until it writes its index, about 150 KB a page here (3.25 GB
 * at 5,000 accounts: docs/benchmarks.md). So the index is written in shards of this many pages,
 * each by a Pagefind process of its own that ends once its shard is written, and the search page
 * merges them (Pagefind's `mergeIndex`, listed in pagefind/shards.json). A site with fewer
 * searchable pages has one index, as before. PLAYBOOK_SEARCH_SHARD_PAGES sets it (for tests).
 */
function shardPages(): number {
  const set = Number(process.env.PLAYBOOK_SEARCH_SHARD_PAGES);
  return Number.isInteger(set) && set > 0 ? set : 4000;
}

/** Where the search page finds the shards after the first, relative to pagefind/. */
export const SHARDS_FILE = 'shards.json';

/** The first shard is pagefind/ itself (with the search script); the others pagefind/shards/<n>/. */
const shardPath = (n: number) => (n === 0 ? '' : `shards/${n + 1}/`);

export interface SearchIndexing {
  /**
   * Says that the pages meant for search have all been handed over (search-first.ts renders them
   * first): the open shard's index is written now, while the other pages render, instead of after
   * the last one. A searchable page that still comes goes to a shard of its own.
   */
  seal(): void;
  /**
   * A render of the page at `request` (its URL) starts: call what it returns once it is done.
   * Pages are indexed in the order their renders started (render-order.ts).
   */
  started(request: string): () => void;
  /**
   * Writes the index of every page handed over into <outDir>/pagefind/; returns how many pages it
   * holds, how many came after `seal`, and how many, in a build that said when renders started,
   * came from a render it was not told of (and so may be out of order).
   */
  finish(outDir: string): Promise<{ pages: number; late: number; unordered: number }>;
}

/** A page as Pagefind's `addHTMLFile` takes it: its address and the part of it that is indexed. */
interface Page {
  url: string;
  content: string;
}

interface Shard {
  index: PagefindIndex;
  adds: Promise<{ errors: string[] }>[];
  /** Ends this shard's own Pagefind process. */
  close: () => Promise<null>;
}

async function newShard(): Promise<Shard> {
  const { createIndex, close } = await pagefindInstance();
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return { index, adds: [], close };
}

/** Waits for the shard's pages, writes its index to `outputPath`, and lets its Pagefind process go. */
async function writeShard(shard: Shard, outputPath: string): Promise<void> {
  try {
    const failed = (await Promise.all(shard.adds)).flatMap((result) => result.errors);
    if (failed.length > 0) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
    const written = await shard.index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await shard.close();
  }
}

/**
 * Starts Pagefind and makes the middleware hand it every searchable page. A build that fails
 * before `finish` leaves nothing running: Pagefind lets its process go once it has nothing to do.
 * Full shards are written straight into `outDir` (Astro empties it before any page is rendered):
 * staging them elsewhere and copying them at the end cost ~1.5 s at 1,000 accounts.
 */
export async function startSearchIndex(outDir: string): Promise<SearchIndexing> {
  const perShard = shardPages();
  const written: string[] = [];
  // The shard pages go to; undefined once `seal` has handed it to the writer, until a page comes.
  let current: Shard | undefined = await newShard();
  // A full shard writes its index in its own process while the next shard's pages go to another:
  // the pages wait only for the next process to start, not for the write (at 1,000 accounts,
  // 4,310 searchable pages, waiting for the write left the build idle for ~6 s). One shard writes
  // at a time, so that at most one finished shard's words are held beside the current shard's.
  let writing: Promise<void> = Promise.resolve();
  let sealed = false;
  let pages = 0;
  let late = 0;
  let unordered = 0;
  let ordered = false;
  /** Hands `shard` to the writer; with `next`, starts the shard that the next pages go to. */
  const rotate = async (shard: Shard, next: boolean): Promise<void> => {
    current = undefined;
    const target = join(resolve(outDir, 'pagefind'), shardPath(written.length));
    written.push(target);
    await writing;
    writing = writeShard(shard, target);
    // A failed write is reported by `finish`, which waits for it, not as an unhandled rejection.
    writing.catch(() => {});
    if (next) current = await newShard();
  };
  // Pages go to Pagefind one at a time, in the order their renders started (render-order.ts), and
  // the seal takes its turn among them: a page let go before the seal is in the sealed shard.
  let handing: Promise<void> = Promise.resolve();
  const inTurn = (step: () => Promise<void>) => {
    handing = handing.then(step);
    // A failure is reported by `finish`, which waits for it, not as an unhandled rejection.
    handing.catch(() => {});
  };
  // Pages let go but not yet handed to Pagefind (while the next shard's process starts).
  let waiting = 0;
  const handOver = (page: Page) => {
    waiting++;
    inTurn(async () => {
      waiting--;
      // One step at a time, a rotation within its step: every page lands in exactly one shard,
      // and a shard is written only once every page pushed to it is. After the seal, a page that
      // still comes starts a shard of its own.
      const shard = (current ??= await newShard());
      shard.adds.push(shard.index.addHTMLFile(page));
      pages++;
      if (sealed) late++;
      if (shard.adds.length >= perShard) await rotate(shard, true);
    });
  };
  const order = renderOrder(handOver);
  setSearchSink({
    async add(path, html, request) {
      if (!isSearchable(html)) return;
      const page = { url: path, content: searchPart(html) };
      if (!order.hold(request, page)) {
        if (ordered) unordered++;
        handOver(page);
      }
      // Rendering waits while Pagefind is too far behind, or pages wait to be handed to it (while
      // the next shard's process starts).
      const shard = current;
      if (waiting > IN_FLIGHT) await handing;
      else if (shard && shard.adds.length > IN_FLIGHT) await shard.adds[shard.adds.length - 1 - IN_FLIGHT];
    },
  });
  return {
    started(request) {
      ordered = true;
      return order.started(request);
    },
    seal() {
      inTurn(async () => {
        if (sealed) return;
        sealed = true;
        if (current && current.adds.length > 0) await rotate(current, false);
      });
    },
    async finish(finalOutDir) {
      setSearchSink(undefined);
      await handing;
      await writing;
      const bundle = resolve(finalOutDir, 'pagefind');
      // Astro writes the pages where it said it would; should the folder still differ, the shards follow it.
      for (const [n, dir] of written.entries()) if (dir !== join(bundle, shardPath(n))) cpSync(dir, join(bundle, shardPath(n)), { recursive: true });
      let count = written.length;
      if (current && (current.adds.length > 0 || count === 0)) await writeShard(current, join(bundle, shardPath(count++)));
      else await current?.close();
      const shards = Array.from({ length: count - 1 }, (_, i) => shardPath(i + 1));
      writeFileSync(join(bundle, SHARDS_FILE), `${JSON.stringify(shards)}\n`);
      return { pages, late, unordered };
    },
  };
}
