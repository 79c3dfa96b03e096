// The editor's own reader of block YAML (src/core/edit/yaml-nodes.ts) must give exactly the node
// tree the `yaml` package's parseDocument gives, whenever it takes a text: the same node classes,
// values, source texts, quoting styles and ranges, since the editor splices by those ranges. And
// it must decline whatever the package would refuse or read otherwise, so that the editor's
// errors stay the package's.
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locateFrontmatter } from '../../src/core/edit/frontmatter.ts';
import { readYamlNodes } from '../../src/core/edit/yaml-nodes.ts';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { Random } from '../../src/core/generate/random.ts';
import { FILES as AUTHORING_FILES } from './fixture.ts';
import { PLAYBOOK as GIT_FILES } from '../git/git-fixture.ts';
import { FIXTURE_FILES } from '../site/fixture-playbook.ts';
import { RICH_FILES } from '../site/rich-playbook.ts';

/**
 * A node tree as plain data: every own property of every node, with its class. `spaceBefore` (a
 * blank line before the node) is left out: the reader does not carry it, and the editor never
 * reads it.
 */
function shape(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  const kind = isMap(node) ? 'map' : isSeq(node) ? 'seq' : isScalar(node) ? 'scalar' : isPair(node) ? 'pair' : 'other';
  const out: Record<string, unknown> = { kind, class: node.constructor.name };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'spaceBefore') continue;
    if (key === 'items') out[key] = (value as unknown[]).map(shape);
    else if (isScalar(node) && key === 'value') out[key] = Number.isNaN(value) ? 'NaN' : value;
    else out[key] = shape(value);
  }
  return out;
}

/** What the package makes of `text`: its tree, or `errors` when it refuses the text. */
function packageTree(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length > 0 ? 'errors' : shape(doc.contents);
}

/** The frontmatter (or whole text, for YAML files) of every file of the tests' playbooks and a generated one. */
function texts(): string[] {
  const worlds = [FIXTURE_FILES, RICH_FILES, AUTHORING_FILES, GIT_FILES, Object.fromEntries(generatePlaybook({ accounts: 30, asOf: '2026-11-22', seed: 11 }))];
  return worlds.flatMap((files) =>
    Object.entries(files).flatMap(([path, text]) => {
      const yaml = path.endsWith('.mdx') ? locateFrontmatter(text)?.yaml : text;
      return yaml === undefined ? [] : [yaml];
    }),
  );
}

/** Pieces of YAML syntax a mutation inserts: indicators, typed scalars, quoting, line breaks. */
const PIECES = [' ', '  ', '\n', '\n\n', '\n  ', '\n- ', ':', ': ', '- ', '-', '#', ' #x', '"', "'", '[', ']', '{', '}', ',', ', ', '&a ', '*a', '!', '|', '>', '~', '?', '\\', '%', '@', '`', '\t', '\r\n',
  'null', 'True', 'yes', '1.50', '0x1F', '0o17', '.inf', '.NaN', '1e3', '-5', '+3', '12:30', '2026-01-01', 'a:b', ' :', 'k: v', '{a: b}', '[a, b]', '"x\\ty"', '"\\x41"', "'it''s'", '""', "''", '...', '---'];

/** `text` with one to three random edits: a piece inserted, characters deleted, a line indented, outdented or repeated. */
function mutate(text: string, rng: Random): string {
  const edits = rng.int(1, 3);
  for (let e = 0; e < edits; e++) {
    const at = rng.int(0, text.length);
    const r = rng.float();
    if (r < 0.5) text = text.slice(0, at) + rng.pick(PIECES) + text.slice(at);
    else if (r < 0.75) text = text.slice(0, at) + text.slice(at + rng.int(1, 3));
    else {
      const lines = text.split('\n');
      const i = rng.int(0, lines.length - 1);
      if (r < 0.85) lines[i] = ` ${lines[i]}`;
      else if (r < 0.9) lines[i] = lines[i]!.replace(/^ /, '');
      else lines.splice(i, 0, rng.pick(lines));
      text = lines.join('\n');
    }
  }
  return text;
}

describe('readYamlNodes', () => {
  const all = texts();

  it('gives the tree parseDocument gives for every frontmatter of the tests\' playbooks it takes, and takes nearly all', () => {
    let taken = 0;
    for (const text of all) {
      const tree = readYamlNodes(text);
      if (tree === undefined) continue;
      taken++;
      expect(shape(tree), text).toEqual(packageTree(text));
    }
    // Those it leaves are the authoring fixture's comments, CRLF lines and the like.
    expect(taken).toBeGreaterThan(all.length * 0.9);
  });

  it('gives the package\'s tree, or declines, on 6,000 mutated frontmatters', () => {
    const rng = new Random(2026);
    let taken = 0;
    for (let n = 0; n < 6000; n++) {
      const text = mutate(rng.pick(all), rng);
      const tree = readYamlNodes(text);
      if (tree === undefined) continue;
      taken++;
      expect(shape(tree), JSON.stringify(text)).toEqual(packageTree(text));
    }
    // Enough of them stay within what it reads for the comparison to mean something.
    expect(taken).toBeGreaterThan(1000);
  });

  it.each([
    ['a typical account', 'name: Acme\nowner: jane-doe\nteam: [a, b]\ncontacts:\n  - name: Bob\n    phone: "+1 416"\ntouchpoints:\n- date: 2026-01-02\n  with: [Bob]\n  kind: call\n'],
    ['numbers, booleans and nulls', "a: 1.50\nb: 0x1F\nc: .inf\nd: ~\ne: True\nf:\ng: '007'\nh: -5\n"],
    ['flow maps and lists with odd spacing', 'a: { k: v , m: [ ] }   \nb: [ x ,  y  ]\nc: {}\n'],
    ['blank lines and a last line without a break', 'a: x  \n\nb:\n  - p: 1\n\n    q: "z"\n\n  - plain\nc: last'],
    ['a key with nothing after it at the end', 'a: 1\nb:'],
  ])('reads %s as the package does', (_, text) => {
    const tree = readYamlNodes(text);
    expect(tree).toBeDefined();
    expect(shape(tree)).toEqual(packageTree(text));
  });

  it.each([
    ['a comment', 'a: 1 # one\n'],
    ['a comment line', '# about\na: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a tab', 'a:\t1\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a quoted key', '"a": 1\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a YAML-only escape', 'a: "\\x41"\n'],
    ['a flow list over two lines', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, ]\n'],
    ['a list that is the document', '- a\n- b\n'],
    ['a document marker', '---\na: 1\n'],
    ['an empty text', ''],
    ['a key of over 1,024 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a list nested 100,000 deep', `a: ${'['.repeat(100_000)}x${']'.repeat(100_000)}\n`],
  ])('leaves %s to the package', (_, text) => {
    expect(readYamlNodes(text)).toBeUndefined();
  });
});
