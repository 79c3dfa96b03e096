// Astro renders a few pages at a time (`build.concurrency`) and they finish in whatever order
// their work takes; Pagefind numbers pages in the order it is given them, so handing them over as
// they finish could make two builds of the same playbook write different index files. Here each
// render takes a place in the order its render started (Astro's order of paths); a page handed
// over is held at its place, and pages are let go in that order, each once every render started
// before it has ended. A render never waits for another: only the hand-over to Pagefind does
// (making renders wait their turn instead cost ~3 s of a 30 s build at 1,000 accounts).

export interface RenderOrder<Page> {
  /** A render of `request` (its URL) starts; call what it returns once it has ended, whether or not it handed a page over. */
  started(request: string): () => void;
  /** Holds `page` at the place of `request`'s render; false, holding nothing, for a render it was not told of. */
  hold(request: string, page: Page): boolean;
}

/** Pages are let go to `release`, in the order their renders started. */
export function renderOrder<Page>(release: (page: Page) => void): RenderOrder<Page> {
  let started = 0;
  // The first place whose render has not ended: every place before it is let go.
  let next = 0;
  const places = new Map<string, number>();
  const ended = new Set<number>();
  const held = new Map<number, Page>();
  return {
    started(request) {
      const place = started++;
      places.set(request, place);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        places.delete(request);
        ended.add(place);
        for (; ended.delete(next); next++) {
          const page = held.get(next);
          if (page === undefined) continue;
          held.delete(next);
          release(page);
        }
      };
    },
    hold(request, page) {
      const place = places.get(request);
      if (place === undefined) return false;
      held.set(place, page);
      return true;
    },
  };
}
