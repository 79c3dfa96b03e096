// Items grouped by key, each group in the items' order: the one grouping the reports, the site's
// lookups and the person pages share.

/** `items` by the key (or keys: an item may stand in several groups) `keyOf` gives each; keys in first-seen order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
