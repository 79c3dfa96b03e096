// The integration changes Astro's prerenderer in small ways (search-first.ts, page-writes.ts): each
// is Astro's prerenderer with a few of its members replaced, the rest handed on as they are.
import type { AstroPrerenderer } from 'astro';

/** `base` with `overrides` in place of its own members; every other member calls `base`'s. */
export function withOverrides(base: AstroPrerenderer, overrides: Partial<Omit<AstroPrerenderer, 'name'>>): AstroPrerenderer {
  return {
    name: base.name,
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: () => base.getStaticPaths(),
    render: (request, options) => base.render(request, options),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
    ...overrides,
  };
}
