// The block YAML reader (block-yaml.ts) must read every document it takes exactly as js-yaml
// does (CORE schema: the same values, types and key order), and decline every document js-yaml
// refuses or that it is not sure of, so that js-yaml reads those as before.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { readBlockYaml } from '../../src/core/load/block-yaml.ts';

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

function jsYamlOf(text: string): { data: unknown } | { error: string } {
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Same values, same types, same key order. */
function sameAsJsYaml(text: string, data: unknown): boolean {
  const expected = jsYamlOf(text);
  return 'data' in expected && isDeepStrictEqual(data, expected.data) && JSON.stringify(data) === JSON.stringify(expected.data) && orderOf(data) === orderOf(expected.data);
}

/** Every object's keys in order, numbers' and strings' types spelled out. */
function orderOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? `number:${v}` : v));
}

/** Documents the reader takes, with what js-yaml reads. */
const TAKEN: Record<string, string> = {
  'block maps, lists of maps and a flow list': `name: Northwind Logistics
owner: jane-doe
since: 2025-03-04
team: [kim-lee, omar-haddad]
contacts:
  - name: Bob Smith
    role: Operations director
    email: bob@northwind.example
  - name: Ana Ruiz
touchpoints:
  - date: 2026-11-02
    with: [Bob Smith]
    note: Confirmed install dates for the last three sites
`,
  'flow maps, comments, a list at its key\'s column, empty values': `title: Scanner rollout   # the contract's name
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: {by: jane-doe, date: 2026-08-20}
handoff:            # checklist item -> date done
  # delivery-briefed is not done yet
  roles-agreed: 2026-08-22
milestones:
- id: pilot
  done:
  after: []
-
  id: second
- plain item
empty: {}
`,
  'numbers, booleans, null and their look-alikes': `a: 1
b: -2
c: 1.5
d: 0x1F
e: 1_000
f: .inf
g: true
h: False
i: null
j: ~
k: yes
l: 2026-07-15
m: 12:30
n: 1e3
o: 007
p: +12
q: on
r: nulls
s: [1, true, ~, 2026-01-02, 3.0]
`,
  'quoted scalars, with the escapes of JSON and doubled single quotes': `a: "He said \\"go\\" \\\\ done\\n"
b: 'it''s here'
c: "a: b # not a comment"   # a comment
d: '#1'
e: ""
f: "tab\\there/slash\\/"
`,
  'block scalars: literal and folded, clipped and stripped': `literal: |
  line one
    indented
  line three

folded: >
  a long
  sentence

  new paragraph
stripped: |-
  no newline at the end
folded-stripped: >-
  one
  two
after: x
list:
  - |
    in a list
  - >-
    folded in a list
empty: |
next: y
`,
  'plain text with colons, hashes and quotes inside': `url: https://example.com/a#b
note: C# and F# are fine, so is it's
time: 10:30
ratio: 3/4 (about)
dollars: $12
unicode: Zoë Müller — café
`,
  'flow collections with quoted scalars, and a # inside a value': `with: [Bob Smith, "Ana Ruiz", 'O''Neil']
follow_up: [managed-service#battery-refresh, plan#item]
customer: { by: "Mei, Berg", date: 2026-07-07 }
spaced: [ a ,  "b"  , c ]   # a comment
`,
  'plain scalars wrapped over lines, with blank lines between': `note: Discussed the renewal
  and the next phase,
    with the CFO

  and one more paragraph
next: x
touchpoints:
  - date: 2026-11-02
    note: A note over
      two lines
  - wrapped item
    over two lines
last: end
`,
  // The reader works on offsets in the whole text: what is on a later line must never count for this one.
  'a comment only lines below a plain scalar, and a colon only on the next line': `a: one
b: two
c: three # c
d: four
e:
  - plain
  - k: v
`,
  'no line break at the end, after a flow list': 'a: 1\nb: [x, y]',
  'no line break at the end, after a quoted scalar': "a: 1\nb: 'q'",
  'no line break at the end, after a block scalar': 'a: |\n  x',
  'no line break at the end, after a dash alone': 'list:\n  - x\n  -',
  'a top-level list, indented documents and comments only around': `# a comment

- a
- b: 1
  c: 2

# trailing
`,
};

/** Documents the reader must decline, js-yaml reading them (or refusing them) instead. */
const DECLINED: Record<string, string> = {
  'an anchor and an alias': 'a: &x 1\nb: *x\n',
  'a tag': 'a: !!str 1\n',
  'a second document': 'a: 1\n---\nb: 2\n',
  'a tab': 'a:\t1\n',
  'CR line ends': 'a: 1\r\nb: 2\r\n',
  'a duplicate key': 'a: 1\na: 2\n',
  'a quoted key': '"a b": 1\n',
  'a key with a space': 'a b: 1\n',
  'a wrapped plain scalar whose next line is a comment': 'note: one\n  # two\n',
  'a wrapped plain scalar whose next line holds a key': 'note: one\n  two: three\n',
  'a wrapped plain scalar whose next line starts with a dash': 'note: one\n  - two\n',
  'a more indented line after a comment': 'note: one # c\n  two\n',
  'a mapping value inside a plain scalar': 'a: b: c\n',
  'a bad indentation': 'a: 1\n b: 2\n',
  'a key less indented than its siblings': 'a:\n  b: 1\n c: 2\n',
  'a flow list over two lines': 'a: [1,\n  2]\n',
  'a nested flow list': 'a: [[1], 2]\n',
  'a comment inside a flow list': 'a: [x #y\n  ]\n',
  'a trailing comma in a flow list': 'a: [x, ]\n',
  'a flow map entry without a value': 'a: {b, c: 1}\n',
  'a colon inside a flow value': 'a: [x: y]\n',
  'an unknown escape': 'a: "\\x41"\n',
  'an unclosed quote': 'a: "open\n',
  'a quote closed only on a later line': 'a: "open\nb: "x"\n',
  'a flow map entry whose colon is on the next line': 'a: {b}\nc: d\n',
  'text after a closing quote': 'a: "x" y\n',
  'keep chomping': 'a: |+\n  x\n\n',
  'an indentation indicator': 'a: |2\n   x\n',
  'a folded block with a more indented line': 'a: >\n  x\n    y\n',
  'a lone scalar document': 'just text\n',
  'a __proto__ key': '__proto__: 1\n',
  'a null key': 'null: 1\n',
  'a merge key': '<<: {a: 1}\n',
  'a non-printable character': 'a: \u0007\n',
  'a byte-order mark': '\uFEFFa: 1\n',
  'a nested compact list': '- - a\n',
  'a value that is a list item': 'a: - b\n',
  'a block scalar with a too-indented leading blank line': 'a: |\n     \n  x\n',
};

describe('the block YAML reader', () => {
  for (const [what, text] of Object.entries(TAKEN)) {
    it(`reads ${what} as js-yaml does`, () => {
      const read = readBlockYaml(text);
      expect(read).toBeDefined();
      expect(sameAsJsYaml(text, read!.data)).toBe(true);
    });
  }

  for (const [what, text] of Object.entries(DECLINED)) {
    it(`declines ${what}`, () => {
      expect(readBlockYaml(text)).toBeUndefined();
    });
  }

  it('leaves a document without a node to js-yaml, which gives null or undefined by its own rules', () => {
    for (const text of ['# nothing\n\n', '\n  \n', '']) expect(readBlockYaml(text)).toBeUndefined();
  });

  it('reads every document of generated playbooks, as js-yaml does', () => {
    let documents = 0;
    for (const seed of [1, 2, 3]) {
      for (const [path, text] of generatePlaybook({ accounts: 12, asOf: '2026-11-22', seed })) {
        const yaml = path.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
        if (yaml === undefined) continue;
        const read = readBlockYaml(yaml);
        expect(read, path).toBeDefined();
        expect(sameAsJsYaml(yaml, read!.data), path).toBe(true);
        documents++;
      }
    }
    expect(documents).toBeGreaterThan(150);
  });

  it('reads the example playbook as js-yaml does, wherever it takes a document', () => {
    const root = join(import.meta.dirname, '..', '..', 'content');
    let taken = 0;
    for (const path of filesUnder(root)) {
      const text = readFileSync(path, 'utf8');
      const yaml = path.endsWith('.mdx') ? FRONTMATTER.exec(text)?.[1] : text;
      if (yaml === undefined) continue;
      const read = readBlockYaml(yaml);
      if (!read) continue;
      expect(sameAsJsYaml(yaml, read.data), path).toBe(true);
      taken++;
    }
    expect(taken).toBeGreaterThan(15);
  });

  it('never takes a mutated document otherwise than js-yaml, nor one js-yaml refuses', () => {
    // Documents are mutated with what YAML gives meaning to, at random places (seeded), and
    // each one the reader takes is compared with js-yaml.
    const seeds = [...Object.values(TAKEN), ...[...generatePlaybook({ accounts: 2, asOf: '2026-11-22' }).values()].map((text) => FRONTMATTER.exec(text)?.[1] ?? text)];
    const pieces = [' ', '  ', '\n', '\n  ', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '-', '&a ', '*a', '!', '?', '%', '@', '\\', '~', '0', '1.5', 'null', 'true', '\u00a0', 'é'];
    const random = seeded(12345);
    let taken = 0;
    let refusedByJsYaml = 0;
    for (let round = 0; round < 6000; round++) {
      let text = seeds[random(seeds.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        const cut = random(4) === 0 ? random(4) : 0;
        text = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at + cut);
      }
      const read = readBlockYaml(text);
      if (!('data' in jsYamlOf(text))) refusedByJsYaml++;
      if (!read) continue;
      taken++;
      expect(sameAsJsYaml(text, read.data), JSON.stringify(text)).toBe(true);
    }
    // The mutations are neither all taken nor all refused: the comparison had work to do.
    expect(taken).toBeGreaterThan(1000);
    expect(refusedByJsYaml).toBeGreaterThan(500);
  });

  it('reads random documents of maps, lists, scalars and blocks as js-yaml does, or declines them', () => {
    // Documents from a small grammar (seeded): keys and values of every kind above, nested at
    // indentations of 1, 2 or 4, with comments, blank lines, block scalars and stray lines.
    const random = seeded(2026);
    const pick = <T,>(items: readonly T[]): T => items[random(items.length)]!;
    const keys = ['owner', 'due', 'x_y', 'k-1', 'v.2', 'path/to', 'Due', 'null', 'on', 'toString', '__proto__', 'é', 'a b'];
    const values = ['text', 'two words', '2026-07-15', '12', '-3', '1.5', '0x1F', '.inf', '~', 'True', 'yes', "it's", 'C# dev', 'a:b', 'http://x.y/z', 'x #c', '"quoted"', "'it''s'", '"esc\\"aped"', '[a, b]', '[]', '{ k: v }', '[x, "y, z"]', '[plan#item]', 'Zoë', '😀 ok', '-', '--x', '- x', 'x:', '"\\u00e9"', '[a #b]', '&x y', '*y', '!t x', 'x, y'];
    const node = (indent: number, depth: number, lines: string[]): void => {
      const pad = ' '.repeat(indent);
      for (let i = 0, n = 1 + random(4); i < n; i++) {
        if (random(8) === 0) lines.push(`${pad}# a comment`);
        if (random(10) === 0) lines.push('');
        const list = depth < 4 && random(3) === 0;
        const lead = list ? `${pad}- ` : `${pad}${pick(keys)}: `;
        const kind = depth >= 4 ? 0 : random(5);
        if (kind <= 2) lines.push(`${lead}${pick(values)}${random(6) === 0 ? '   # trailing' : ''}`);
        else if (kind === 3) {
          lines.push(lead.trimEnd());
          node(indent + pick([1, 2, 4]), depth + 1, lines);
        } else {
          lines.push(`${lead}${pick(['|', '>', '|-', '>-'])}`);
          const inner = indent + pick([1, 2, 3]);
          for (let j = 0, m = 1 + random(3); j < m; j++) lines.push(random(4) === 0 ? '' : ' '.repeat(inner + (random(6) === 0 ? 2 : 0)) + pick(['line', 'two words', '# not a comment']));
        }
        if (random(12) === 0) lines.push(`${pad}  ${pick(['continued', 'more: text', '# c', '- item'])}`);
      }
    };
    let taken = 0;
    for (let round = 0; round < 4000; round++) {
      const lines: string[] = [];
      node(0, 0, lines);
      const text = `${lines.join('\n')}\n`;
      const read = readBlockYaml(text);
      if (!read) continue;
      taken++;
      expect(sameAsJsYaml(text, read.data), JSON.stringify(text)).toBe(true);
    }
    expect(taken).toBeGreaterThan(400);
  });
});

/** A seeded random integer below `n` (mulberry32): the same documents on every run. */
function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.(mdx|ya?ml)$/.test(entry.name) ? [path] : [];
  });
}
