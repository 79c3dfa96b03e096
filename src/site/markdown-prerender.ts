// Plain-Markdown bodies rendered ahead of time in a worker thread, while the main thread checks
// the playbook and starts Astro. The loader takes a body's HTML from here when it is the same
// body; otherwise it renders it itself with the loader context's renderMarkdown. Either way the
// HTML comes from Astro's Markdown processor with the site's markdown settings.
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';

const KEY = Symbol.for('followthrough.markdown-prerender');

interface Pending {
  body: string;
  /** undefined when the worker stopped before rendering it. */
  html: Promise<string | undefined>;
}

type Store = Map<string, Pending>;

function store(): Store | undefined {
  return (globalThis as Record<symbol, Store | undefined>)[KEY];
}

/** Starts rendering `bodies` (key -> Markdown) in a worker; returns at once. */
export function prerenderMarkdown(bodies: Map<string, string>, markdown: AstroMarkdownOptions): void {
  const pending: Store = new Map();
  const resolvers = new Map<string, (html: string | undefined) => void>();
  for (const [key, body] of bodies) {
    pending.set(key, { body, html: new Promise((resolve) => resolvers.set(key, resolve)) });
  }
  (globalThis as Record<symbol, Store | undefined>)[KEY] = pending;
  const jobs = [...bodies].map(([key, body]) => ({ key, body }));
  const worker = new Worker(new URL('./markdown-worker.mjs', import.meta.url), { workerData: { markdown, jobs } });
  worker.unref();
  const giveUp = () => {
    // Whatever was not rendered is rendered by the loader itself.
    for (const [key, resolve] of resolvers) {
      pending.delete(key);
      resolve(undefined);
    }
    resolvers.clear();
  };
  worker.on('message', (message: { key?: string; html?: string; done?: boolean }) => {
    if (message.key !== undefined && message.html !== undefined) {
      resolvers.get(message.key)?.(message.html);
      resolvers.delete(message.key);
    }
    if (message.done) void worker.terminate();
  });
  worker.on('error', giveUp);
  worker.on('exit', giveUp);
}

/** The worker's HTML for this body, when it was asked to render exactly this body. */
export function prerendered(key: string, body: string): Promise<string | undefined> | undefined {
  const entry = store()?.get(key);
  if (!entry || entry.body !== body) return undefined;
  store()!.delete(key);
  return entry.html;
}
