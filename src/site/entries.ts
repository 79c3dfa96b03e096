// Content-layer entries by id, fetched once per collection. getEntry() dynamically imports a
// module on every call, which at 4,000 bodies (and under a TypeScript loader's hooks) costs
// seconds; one getCollection() per collection does not.
import { getCollection, render } from 'astro:content';

type Name = 'accounts' | 'plans' | 'guides';
/** What render() takes. */
export type RenderableEntry = Parameters<typeof render>[0];

const cache = new Map<Name, Promise<Map<string, RenderableEntry>>>();

export async function entryOf(collection: Name, id: string): Promise<RenderableEntry | undefined> {
  const entries = cache.get(collection) ?? load(collection);
  return (await entries).get(id);
}

function load(collection: Name): Promise<Map<string, RenderableEntry>> {
  const entries: Promise<Map<string, RenderableEntry>> = getCollection(collection).then(
    (list: RenderableEntry[]) => new Map(list.map((entry): [string, RenderableEntry] => [entry.id, entry])),
  );
  cache.set(collection, entries);
  return entries;
}
