// The hand-over point between the integration, which owns the Pagefind index, and the
// middleware, which sees each page as it is rendered. Only pages marked for search (they carry
// data-pagefind-body) are sent.
//
// Pages are handed over as the bytes Astro writes, not as text: decoding every page and encoding
// it again for a new Response cost ~1.5 s of CPU at 1,000 accounts (7,838 pages); only the part
// Pagefind reads is decoded (search-part.ts), and only for searchable pages.
const KEY = Symbol.for('followthrough.search-sink');

export interface SearchSink {
  /**
   * Resolves when the page may be let go (the indexer is not too far behind). `path` is the
   * page's address in the index; `request` the URL it was rendered for, which tells its place in
   * the order of renders.
   */
  add(path: string, html: Uint8Array, request: string): Promise<void>;
}

export function searchSink(): SearchSink | undefined {
  return (globalThis as Record<symbol, SearchSink | undefined>)[KEY];
}

export function setSearchSink(sink: SearchSink | undefined): void {
  (globalThis as Record<symbol, SearchSink | undefined>)[KEY] = sink;
}

const bufferOf = (html: Uint8Array) => Buffer.from(html.buffer, html.byteOffset, html.byteLength);

/** True for pages that belong in search. */
export function isSearchable(html: Uint8Array): boolean {
  return bufferOf(html).includes('data-pagefind-body');
}
