// parseYaml refuses YAML that nests deeper than 64 levels, by brackets or by indentation, before
// either parser can overflow its stack: at the line and column where it passes 64.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load/parse-yaml.ts';

/** A map nested `levels` deep by indentation, one space a level, with line breaks `eol`. */
function indented(levels: number, eol: string): string {
  return Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}k${level}:`).join(eol) + ` x${eol}`;
}

describe('YAML nested too deep', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('by indentation, with %s line ends: refused at the 65th level, where it stands', (_, eol) => {
    const parsed = parseYaml(indented(80, eol));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatchObject({ line: 65, column: 65 });
    expect(parsed.errors[0]!.message).toContain('nest more than 64 levels deep here');
  });

  it('by indentation, 60 levels: read', () => {
    const parsed = parseYaml(indented(60, '\n'));
    expect(parsed.ok).toBe(true);
  });

  it('by brackets: refused where they pass 64', () => {
    const parsed = parseYaml(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`);
    expect(parsed).toMatchObject({ ok: false, errors: [{ line: 1, column: 68 }] });
  });
});
