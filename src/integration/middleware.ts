// At build time, hands each rendered page to the search indexer while the next page renders, so
// that Pagefind (a separate process) works on the second core instead of after the build. The
// integration adds this middleware to builds only and puts the indexer on globalThis (see
// search-index.ts); the pages are rendered in the same process. The page goes on as the bytes
// it was read as (search-sink.ts says why).
import { defineMiddleware } from 'astro:middleware';
import { searchSink } from './search-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = new Uint8Array(await response.arrayBuffer());
  await sink.add(context.url.pathname, html, context.request.url);
  return new Response(html, { status: response.status, headers: response.headers });
});
