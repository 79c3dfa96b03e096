// The content loader as the content config sees it: a handle that calls the loader the
// followthrough integration registered (src/site/loader.ts, imported by Node with the integration).
// The content config is loaded through Vite's module runner, which transforms and runs each module
// it imports one by one: importing the loader itself pulled the whole core through it, about
// 1.5 s of every build's start-up at any size (docs/benchmarks.md). Only types are imported here.
import type { Loader } from 'astro/loaders';
import type { Collection, playbookLoader as implementation } from './loader.ts';

const REGISTRY = Symbol.for('followthrough.site.loader');

type Registry = Record<symbol, typeof implementation | undefined>;

/** Makes `loader` the one every collection's handle calls (the integration's config setup does). */
export function registerPlaybookLoader(loader: typeof implementation): void {
  (globalThis as unknown as Registry)[REGISTRY] = loader;
}

export function playbookLoader(collection: Collection): Loader {
  return {
    name: 'followthrough-playbook',
    load(context) {
      const registered = (globalThis as unknown as Registry)[REGISTRY];
      if (!registered) {
        throw new Error(
          "the followthrough collections are loaded by the followthrough integration: add `integrations: [followthrough()]` (import { followthrough } from 'followthrough') to astro.config.mjs",
        );
      }
      return registered(collection).load(context);
    },
  };
}
