// Pagefind's Node API keeps one backend process per copy of its module (a module-level service),
// and its close() ends that process. So that a shard can write its index while the next shard's
// pages are already being indexed, each shard loads a copy of the API of its own: the same file
// under a URL of its own (Node keeps one module per URL), with its own process, which the shard
// ends once its index is written (search-index.ts).
type PagefindApi = typeof import('pagefind');

let copies = 0;

/** A copy of Pagefind's API with a backend process of its own (started on its first call). */
export async function pagefindInstance(): Promise<PagefindApi> {
  return (await import(`${import.meta.resolve('pagefind')}?shard=${++copies}`)) as PagefindApi;
}
