// What an alias names is shared by js-yaml between the places that name it; parseYaml hands on a
// tree in which each place has its own copy (the validator turns a document into its valid form
// where it lies), and refuses a value that holds itself (tests/corpus/c5-alias-cycle runs that
// one through the command).
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load/parse-yaml.ts';

describe('YAML aliases', () => {
  it('give each place that names a value its own equal copy', () => {
    const parsed = parseYaml('base: &b\n  by: jane-doe\n  tags: [a, b]\nus: *b\nthem: [*b]\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const data = parsed.data as { base: object; us: object; them: object[] };
    expect(data.us).toEqual({ by: 'jane-doe', tags: ['a', 'b'] });
    expect(data.them[0]).toEqual(data.base);
    expect(data.us).not.toBe(data.base);
    expect((data.us as { tags: unknown }).tags).not.toBe((data.base as { tags: unknown }).tags);
    expect(data.them[0]).not.toBe(data.us);
  });

  it('keep a `__proto__` key a key, for the loader to report', () => {
    const parsed = parseYaml('a: &a\n  __proto__: x\nb: *a\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const b = (parsed.data as { b: object }).b;
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(Object.keys(b)).toEqual(['__proto__']);
  });

  it.each([
    ['a map', 'title: x\nloop: &x\n  b: *x\n', 3],
    ['a list', 'title: x\ntags: &t [a, *t]\n', 2],
  ])('refuse %s that holds itself, at the alias', (_, text, line) => {
    expect(parseYaml(text)).toEqual({
      ok: false,
      errors: [{ line, column: 1, message: 'the YAML does not parse: a value holds itself through an alias (`*name` inside what `&name` names); write the values out in full' }],
    });
  });
});
