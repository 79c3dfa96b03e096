// The bundler's warning about Astro's own "use astro:head-inject" directive is left out of the
// build's log (src/integration/known-warnings.ts); every other warning is printed as before.
import { describe, expect, it } from 'vitest';
import { withoutKnownWarnings } from '../../src/integration/known-warnings.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/guides/writing-mdx.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};
const otherDirective = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.js" may not be preserved when bundling.' };
const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.js -> b.js -> a.js' };

describe('withoutKnownWarnings', () => {
  it('leaves out the head-inject warning and prints the others', () => {
    const printed: string[] = [];
    const onwarn = withoutKnownWarnings();
    for (const warning of [headInject, otherDirective, circular]) onwarn(warning, (log) => printed.push(JSON.stringify(typeof log === 'function' ? log() : log)));
    expect(printed).toEqual([JSON.stringify(otherDirective), JSON.stringify(circular)]);
  });

  it("hands the others to the config's own onwarn", () => {
    const theirs: string[] = [];
    const onwarn = withoutKnownWarnings((warning) => void theirs.push(warning.code ?? ''));
    for (const warning of [headInject, circular]) onwarn(warning, () => {});
    expect(theirs).toEqual(['CIRCULAR_DEPENDENCY']);
  });
});
