// Every link of the client's site, relative to the page it is on, so that the account's folder
// works wherever it is published (any host, any path under it, a bucket, or opened from disk).
// Links name the file (`index.html`): hosts without directory indexes, such as a storage bucket,
// serve them as they are. Plans live under `plans/` so that no plan id can collide with a page
// of the site (`search`, `calendar.ics`, `pagefind`).

/** How many folders deep each kind of page is in the account's folder. */
export const DEPTH = { home: 0, search: 1, plan: 2, letter: 3 } as const;

export interface Links {
  home: string;
  plan(slug: string): string;
  letter(slug: string): string;
  search: string;
  calendar: string;
  /** The folder of the search index, for the search page's script. */
  searchIndex: string;
}

export function linksFrom(depth: number): Links {
  const up = '../'.repeat(depth);
  return {
    home: `${up}index.html`,
    plan: (slug) => `${up}plans/${slug}/index.html`,
    letter: (slug) => `${up}plans/${slug}/letter/index.html`,
    search: `${up}search/index.html`,
    calendar: `${up}calendar.ics`,
    searchIndex: `${up}pagefind/`,
  };
}

/** The fragment id of an item on its plan's page. */
export function itemAnchor(kind: 'commitment' | 'milestone', id: string): string {
  return `${kind}-${id}`;
}
