// At build time, hands each rendered page to the search indexer while the next page renders, so
// that Pagefind (a separate process) works on the second core instead of after the build. The
// build script puts the indexer on globalThis; without it (astro dev, a plain `astro build`) this
// does nothing.
import { defineMiddleware } from 'astro:middleware';
import { searchSink } from './site/search-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, headers: response.headers });
});
