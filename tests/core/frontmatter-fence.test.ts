// Where an MDX file's frontmatter ends (SourceFile.mdxFile): the first line after the opening
// `---` that begins with `---` or `+++` (where Astro ends it) or is `...`. The loader finds it by
// looking only at lines that start with `-`, `+` or `.`; this test holds it to the plain reading,
// line by line, on many small files made of the lines that matter.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/core/load/source-file.ts';

/** The closing line, read the plain way: its number (from 1) and its text without trailing spaces. */
function closingLineOf(text: string, from = 1): { line: number; text: string } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0]!.trimEnd() !== '---') return undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.startsWith('---') || line.startsWith('+++') || line === '...') return { line: i + 1, text: line };
  }
  return undefined;
}

/**
 * Where the body starts: after the closing line, or, after a stray `...` with more fields below
 * it (its first line that is not blank a `key:` or `- ` entry), after the `---` that follows.
 */
function bodyLineOf(text: string, closing: { line: number; text: string }): number {
  if (closing.text !== '...') return closing.line + 1;
  const next = closingLineOf(text, closing.line);
  if (next?.text !== '---') return closing.line + 1;
  const lines = text.replace(/^\uFEFF/, '').split('\n').slice(closing.line, next.line - 1);
  const first = lines.find((line) => line.trim() !== '');
  return first !== undefined && /^\s*(?:- |[A-Za-z_][A-Za-z0-9_-]*:(?:\s|$))/.test(first) ? next.line + 1 : closing.line + 1;
}

const LINES = ['---', '+++', '...', '....', '... x', '---x', ' ---', '--- ', '...\r', '---\r', 'a: 1', 'b: ...', '', '# c', '-- -', '+++ toml', '.', '-', '+'];

/** A small deterministic generator, so that a failure can be run again. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

describe('the end of the frontmatter', () => {
  it('is the line a plain line-by-line reading finds, with the same line numbers', () => {
    const next = random(7);
    let closed = 0;
    for (let i = 0; i < 20_000; i++) {
      const lines = Array.from({ length: 1 + next(7) }, () => LINES[next(LINES.length)]!);
      if (next(10) < 7) lines[0] = next(2) === 0 ? '---' : '\uFEFF---';
      const eol = next(5) === 0 ? '\r\n' : '\n';
      const text = lines.join(eol) + (next(2) === 0 ? eol : '');
      const file = SourceFile.mdxFile('f.mdx', 'f.mdx', text);
      const expected = closingLineOf(text);
      if (expected === undefined) {
        expect(file.yaml, JSON.stringify(text)).toBeUndefined();
        continue;
      }
      closed++;
      expect(file.yaml, JSON.stringify(text)).toBeDefined();
      expect(file.bodyLine, JSON.stringify(text)).toBe(bodyLineOf(text, expected));
      expect(file.fenceProblem?.line, JSON.stringify(text)).toBe(expected.text === '---' ? undefined : expected.line);
    }
    // The cases must include plenty of closed frontmatter, not only files without one.
    expect(closed).toBeGreaterThan(5_000);
  });

  it('reads the fields after a stray `...` up to the `---` below, at their own places, and reports the `...`', () => {
    const text = '---\nname: Northwind\n...\ncontacts:\n  - name: Bob Smith\n---\nThe body.\n';
    const file = SourceFile.mdxFile('f.mdx', 'f.mdx', text);
    expect(file.yaml).toBe('name: Northwind\n   \ncontacts:\n  - name: Bob Smith');
    expect(file.body).toBe('The body.\n');
    expect(file.bodyLine).toBe(7);
    expect(file.fenceProblem?.line).toBe(3);
    // A `...` that closes the frontmatter, with the body after it, is read as before.
    const closed = SourceFile.mdxFile('f.mdx', 'f.mdx', '---\nname: Northwind\n...\nThe body.\n\n---\nMore.\n');
    expect(closed.yaml).toBe('name: Northwind');
    expect(closed.bodyLine).toBe(4);
  });

  it('keeps the YAML and the body around a closing line found far down', () => {
    const yaml = Array.from({ length: 200 }, (_, i) => `key${i}: value ... with dots and +++ and --- inside`).join('\n');
    const file = SourceFile.mdxFile('f.mdx', 'f.mdx', `---\n${yaml}\n---\nThe body.\n`);
    expect(file.yaml).toBe(yaml);
    expect(file.body).toBe('The body.\n');
    expect(file.bodyLine).toBe(203);
    expect(file.fenceProblem).toBeUndefined();
  });
});
