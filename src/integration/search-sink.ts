// The hand-over point between the integration, which owns the Pagefind index, and the
// middleware, which sees each page as it is rendered. Only pages marked for search (they carry
// data-pagefind-body) are sent.
const KEY = Symbol.for('followthrough.search-sink');

export interface SearchSink {
  /** Resolves when the page may be let go (the indexer is not too far behind). */
  add(path: string, html: string): Promise<void>;
}

export function searchSink(): SearchSink | undefined {
  return (globalThis as Record<symbol, SearchSink | undefined>)[KEY];
}

export function setSearchSink(sink: SearchSink | undefined): void {
  (globalThis as Record<symbol, SearchSink | undefined>)[KEY] = sink;
}

/** True for pages that belong in search. */
export function isSearchable(html: string): boolean {
  return html.includes('data-pagefind-body');
}
