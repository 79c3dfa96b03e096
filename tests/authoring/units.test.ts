// The pieces under the commands: quoting, splicing into YAML, the diff, the source links.
import { parse } from 'yaml';
import jsYaml from 'js-yaml';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/core/edit/diff.ts';
import { locateFrontmatter } from '../../src/core/edit/frontmatter.ts';
import { plain, scalar } from '../../src/core/edit/render.ts';
import { applySplices } from '../../src/core/edit/text.ts';
import { YamlEditor } from '../../src/core/edit/yaml-edit.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { editUrl, findingUrl, lineUrl } from '../../src/core/source-links.ts';
import { AS_OF, makeFixture, NOW } from './fixture.ts';
import { Random } from '../../src/core/generate/random.ts';
import type { YAMLMap, YAMLSeq } from 'yaml';

describe('scalar', () => {
  it.each([
    ['Confirmed install dates', 'Confirmed install dates'],
    ["Ana O'Neil", "Ana O'Neil"],
    ['Walked site 3: all good', '"Walked site 3: all good"'],
    ['Site # 3', '"Site # 3"'],
    ['# not a comment', '"# not a comment"'],
    ['- a list?', '"- a list?"'],
    ['yes', 'yes'],
    ['true', '"true"'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['42', '"42"'],
    ['1.5', '"1.5"'],
    ['2026-11-02', '"2026-11-02"'],
    ['{budget}', '"{budget}"'],
    ['"quoted"', '"\\"quoted\\""'],
    [' padded ', '" padded "'],
    ['two\nlines', '"two\\nlines"'],
    ['@mention', '"@mention"'],
    ['C:\\path', 'C:\\path'],
  ])('%j is written %s and reads back the same everywhere', (text, written) => {
    expect(scalar(text)).toBe(written);
    expect(jsYaml.load(`k: ${written}`)).toEqual({ k: text });
    expect(jsYaml.load(`k: ${written}`, { schema: jsYaml.CORE_SCHEMA })).toEqual({ k: text });
    expect(parse(`k: ${written}`)).toEqual({ k: text });
  });

  it('writes words plain only when every parser reads them back as the same text, in a line and in a list', () => {
    // Words are judged without running the parsers (render.ts): here the parsers judge them.
    const tricky = ['Yes', 'No', 'on', 'OFF', 'y', 'n', 'NaN', 'Infinity', 'inf', 'e5', 'x1', 'True', 'TRUE', 'tRUE', 'Null', 'NULL', 'nULL', 'False', 'o0', 'b1', 'Walk (part 2)', "Ana O'Neil", 'R&D/QA', 'a - b', 'a+b', 'a_b.c'];
    const alphabet = "abcXYZ019 .'()/&_+-";
    const rng = new Random(5);
    const random = Array.from({ length: 400 }, () => rng.pick([...'aZnNtTfFyY']) + Array.from({ length: rng.int(0, 8) }, () => rng.pick([...alphabet])).join('').trimEnd());
    for (const text of [...tricky, ...random]) {
      for (const [doc, read] of [
        [`k: ${scalar(text)}`, (value: unknown) => (value as { k: unknown }).k],
        [`k: [${scalar(text, true)}]`, (value: unknown) => (value as { k: unknown[] }).k[0]],
      ] as const) {
        expect(read(jsYaml.load(doc)), doc).toBe(text);
        expect(read(jsYaml.load(doc, { schema: jsYaml.CORE_SCHEMA })), doc).toBe(text);
        expect(read(parse(doc)), doc).toBe(text);
      }
    }
    expect(scalar('Walk (part 2)')).toBe('Walk (part 2)');
    expect(scalar('True')).toBe('"True"');
  });

  it.each([['a, b'], ['[x]'], ['{y}'], ['Smith, Bob']])('%j is quoted inside a flow list', (text) => {
    expect(scalar(text, true)).toBe(JSON.stringify(text));
    expect(parse(`k: [${scalar(text, true)}]`)).toEqual({ k: [text] });
  });
});

describe('YamlEditor', () => {
  const edit = (text: string, change: (editor: YamlEditor, root: YAMLMap) => void) => {
    const editor = new YamlEditor(text, 'test.yaml');
    change(editor, editor.root());
    return applySplices(text, editor.splices);
  };

  it('writes CRLF lines into a CRLF file', () => {
    const text = 'a: 1\r\nlist:\r\n  - x: 1\r\n    y: 2\r\n';
    expect(edit(text, (e, root) => e.appendToList(root, 'list', [['x', plain('3')], ['y', 'four']], []))).toBe('a: 1\r\nlist:\r\n  - x: 1\r\n    y: 2\r\n  - x: 3\r\n    y: four\r\n');
  });

  it('adds a line break before appending to a text that ends without one', () => {
    expect(edit('a: 1\nb: 2', (e, root) => e.addField(root, 'c', plain('3'), []))).toBe('a: 1\nb: 2\nc: 3\n');
  });

  it('follows the dash spacing of the list it appends to', () => {
    const text = 'list:\n    -   x: 1\n        y: 2\n';
    expect(edit(text, (e, root) => e.appendToList(root, 'list', [['x', plain('2')], ['y', plain('3')]], []))).toBe(`${text}    -   x: 2\n        y: 3\n`);
  });

  it('appends a flow entry to a block list of flow entries, spaced inside its braces as the last one is', () => {
    const text = 'list:\n  - { x: 1 }   # one\n  - {x: 2}\nafter: 1\n';
    expect(edit(text, (e, root) => e.appendToList(root, 'list', [['x', plain('3')]], []))).toBe('list:\n  - { x: 1 }   # one\n  - {x: 2}\n  - {x: 3}\nafter: 1\n');
    const spaced = 'list:\n  - {x: 1}\n  - { x: 2 }\n';
    expect(edit(spaced, (e, root) => e.appendToList(root, 'list', [['x', plain('3')]], []))).toBe('list:\n  - {x: 1}\n  - { x: 2 }\n  - { x: 3 }\n');
  });

  it('writes a new flow map as the file writes its flow maps: `{x: 1}` where they have no space inside the braces', () => {
    const text = 'items:\n  - {id: a, due: 2026-12-10}\n';
    expect(edit(text, (e, root) => e.addField((root.get('items') as YAMLSeq).items[0] as YAMLMap, 'dropped', [['date', plain('2026-11-20')], ['reason', 'gone']], ['id', 'due', 'dropped']))).toBe(
      'items:\n  - {id: a, due: 2026-12-10, dropped: {date: 2026-11-20, reason: gone}}\n',
    );
  });

  it('appends after an entry whose dash stands alone on its line, and after a kept block scalar', () => {
    const text = 'list:\n  -\n    x: 1\n    note: |+\n      keep\n\n# end\n';
    expect(edit(text, (e, root) => e.appendToList(root, 'list', [['x', plain('2')], ['y', 'z']], []))).toBe('list:\n  -\n    x: 1\n    note: |+\n      keep\n\n  - x: 2\n    y: z\n# end\n');
  });

  it('fills a key that has no value yet, keeping its comment', () => {
    const text = 'touchpoints:   # none yet\nname: x\n';
    expect(edit(text, (e, root) => e.appendToList(root, 'touchpoints', [['kind', 'call']], []))).toBe('touchpoints:   # none yet\n  - kind: call\nname: x\n');
  });

  it('places a new field by the order it is given', () => {
    const text = 'id: a\ndue: 2026-01-01\nrisk: r\n';
    expect(edit(text, (e, root) => e.addField(root, 'done', plain('2026-01-02'), ['id', 'due', 'done', 'risk']))).toBe('id: a\ndue: 2026-01-01\ndone: 2026-01-02\nrisk: r\n');
  });

  it('keeps single quotes when replacing a value', () => {
    expect(edit("due: '2026-01-01' # c\n", (e, root) => e.replaceScalar(e.get(root, 'due')!, '2026-02-01'))).toBe("due: '2026-02-01' # c\n");
  });

  it('refuses YAML that does not parse', () => {
    expect(() => new YamlEditor('a: [1\n', 'x.mdx')).toThrow(/x.mdx: the YAML does not parse/);
  });
});

describe('locateFrontmatter', () => {
  it('finds the YAML between the first two `---` lines, CRLF and a BOM included', () => {
    const text = '\uFEFF---\r\na: 1\r\n---\r\nbody\r\n---\r\n';
    const place = locateFrontmatter(text)!;
    expect(place.yaml).toBe('a: 1\r\n');
    expect(text.slice(place.end)).toBe('---\r\nbody\r\n---\r\n');
  });

  it('has none without an opening line or a closing one', () => {
    expect(locateFrontmatter('a: 1\n---\n')).toBeUndefined();
    expect(locateFrontmatter('---\na: 1\n')).toBeUndefined();
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context and merges close changes', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n';
    const after = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nM\nn\n';
    expect(unifiedDiff('f.txt', before, after)).toBe(
      '--- a/f.txt\n+++ b/f.txt\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -10,5 +10,5 @@\n j\n k\n l\n-m\n+M\n n\n',
    );
    expect(unifiedDiff('f.txt', 'a\nb\nc\n', 'a\nX\nc\n')).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+X\n c\n');
  });

  it('marks a missing final line break, and shows a new file', () => {
    expect(unifiedDiff('f', 'a\nb', 'a\nc')).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    expect(unifiedDiff('f', undefined, 'x\ny\n')).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n');
    expect(unifiedDiff('f', 'same\n', 'same\n')).toBe('');
  });
});

describe('source links', () => {
  const settings = { repository: { url: 'https://github.com/acme/playbook', branch: 'main', contentPath: 'content' } };

  it('links a content file to its editor and a line to its place', () => {
    expect(editUrl(settings, 'accounts/northwind/index.mdx')).toBe('https://github.com/acme/playbook/edit/main/content/accounts/northwind/index.mdx');
    expect(lineUrl(settings, 'accounts/northwind/scanner-rollout.mdx', 31)).toBe('https://github.com/acme/playbook/blob/main/content/accounts/northwind/scanner-rollout.mdx#L31');
  });

  it('copes with slashes, a content folder at the root, branches with slashes and odd file names', () => {
    const odd = { repository: { url: 'https://github.com/acme/playbook/', branch: 'release/2026', contentPath: '' } };
    expect(editUrl(odd, '/people.yaml')).toBe('https://github.com/acme/playbook/edit/release/2026/people.yaml');
    expect(lineUrl({ repository: { ...settings.repository, contentPath: 'docs/play book' } }, 'guides/a#b.mdx', 0)).toBe(
      'https://github.com/acme/playbook/blob/main/docs/play%20book/guides/a%23b.mdx#L1',
    );
  });

  it('has no link without a repository', () => {
    expect(editUrl({}, 'people.yaml')).toBeUndefined();
    expect(lineUrl({ repository: undefined }, 'people.yaml', 3)).toBeUndefined();
  });

  it('has no link, and no finding, for a repository without a url (no field of playbook.yaml is required)', () => {
    const fixture = makeFixture();
    try {
      const settings = join(fixture.content, 'playbook.yaml');
      writeFileSync(settings, readFileSync(settings, 'utf8').replace('  url: https://github.com/acme/playbook\n', '  branch: main\n'));
      const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
      expect(result.findings.filter((f) => f.file.endsWith('playbook.yaml'))).toEqual([]);
      expect(result.content.settings.repository).toBeUndefined();
      const finding = result.findings.find((f) => f.rule === 'milestone-overdue')!;
      expect(findingUrl(result.content, finding)).toBeUndefined();
    } finally {
      fixture.cleanup();
    }
  });

  it('links a finding to its line through the file the loader read', () => {
    const fixture = makeFixture();
    try {
      const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
      const finding = result.findings.find((f) => f.rule === 'milestone-overdue')!;
      expect(finding.file).toBe('content/accounts/northwind/rollout.mdx');
      expect(findingUrl(result.content, finding)).toBe(`https://github.com/acme/playbook/blob/main/content/accounts/northwind/rollout.mdx#L${finding.line}`);
      expect(findingUrl(result.content, { file: 'content/accounts/x.md', line: 1 })).toBeUndefined();
    } finally {
      fixture.cleanup();
    }
  });
});
