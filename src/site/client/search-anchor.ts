// The item of a plan or account page that a search matched. Pagefind records every element with an
// id, and where in the page's words it starts (its anchors); a commitment's, a milestone's, an
// incident's or a touchpoint's row carries one (`commitment-<id>`, `touchpoint-<date>-<by>-<kind>`,
// ...). A match lies in the item whose anchor is the last one before it, if that anchor is an
// item's and not a heading's; a match in the title or a heading leaves the link at the top of the
// page.

export interface AnchorData {
  anchors?: { element: string; id: string; location: number }[];
  weighted_locations?: { balanced_score: number; location: number }[];
  locations: number[];
}

// The rows that carry an id (src/site/urls.ts's itemAnchor and touchpointAnchors).
const ITEM = /^(?:commitment|milestone|incident|touchpoint)-/;

/** The id of the item holding the most of the page's matches (by Pagefind's scores), if any is in an item. */
export function itemAnchor(data: AnchorData): string | undefined {
  const anchors = [...(data.anchors ?? [])].sort((a, b) => a.location - b.location);
  const weighted = data.weighted_locations ?? data.locations.map((location) => ({ balanced_score: 1, location }));
  const scores = new Map<string, number>();
  for (const match of weighted) {
    let holder: (typeof anchors)[number] | undefined;
    for (const anchor of anchors) {
      if (anchor.location > match.location) break;
      holder = anchor;
    }
    if (holder && ITEM.test(holder.id)) scores.set(holder.id, (scores.get(holder.id) ?? 0) + match.balanced_score);
  }
  let best: string | undefined;
  for (const [id, score] of scores) if (best === undefined || score > scores.get(best)!) best = id;
  return best;
}
