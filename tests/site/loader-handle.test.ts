// The collections' loader as the content config imports it (src/site/loader-handle.ts): a handle
// that calls the loader the integration registered, so that the content config pulls no core
// module through Vite. Without the integration, it says what to add.
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { playbookLoader, registerPlaybookLoader } from '../../src/site/loader-handle.ts';
import { playbookLoader as implementation } from '../../src/site/loader.ts';

const REGISTRY = Symbol.for('followthrough.site.loader');
const context = {} as LoaderContext;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
});

describe('the content loader handle', () => {
  it('hands each load to the registered loader, for its own collection', async () => {
    const loads: string[] = [];
    registerPlaybookLoader(((collection) => ({ name: 'registered', load: async () => void loads.push(collection) })) as typeof implementation);
    await playbookLoader('plans').load(context);
    await playbookLoader('accounts').load(context);
    expect(loads).toEqual(['plans', 'accounts']);
    expect(playbookLoader('guides').name).toBe('followthrough-playbook');
  });

  it('says to add the integration when nothing registered a loader', () => {
    expect(() => playbookLoader('accounts').load(context)).toThrow(
      "the followthrough collections are loaded by the followthrough integration: add `integrations: [followthrough()]` (import { followthrough } from 'followthrough') to astro.config.mjs",
    );
  });

  it('is registered by the integration, with the loader that reads the playbook', async () => {
    const { followthrough } = await import('../../src/integration/index.ts');
    const setup = followthrough().hooks['astro:config:setup']!;
    const config = { srcDir: new URL('file:///nowhere/src/'), integrations: [{ name: '@astrojs/mdx' }] };
    await setup({ command: 'dev', config, injectRoute() {}, updateConfig() {}, addMiddleware() {}, logger: {} } as never);
    expect((globalThis as Record<symbol, unknown>)[REGISTRY]).toBe(implementation);
  });
});
