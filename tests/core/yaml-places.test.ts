// The fast line scanner (yaml-places.ts) must put every node where the `yaml` package does, and
// the locator must fall back to the `yaml` package wherever the scanner is not sure.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { parsedPlaces, YamlLocator } from '../../src/core/load/locate.ts';
import { pathTreeOf, scanPlaces, type Place, type Places, type Pos } from '../../src/core/load/yaml-places.ts';

/** Realistic frontmatter, each valid YAML the scanner should be sure of. */
const CORPUS: Record<string, string> = {
  'an account with block lists, `- name:` items and a flow list': `name: Northwind Logistics
owner: jane-doe
stage: delivery
since: 2025-03-04
follow_up_every: 1w
team: [kim-lee, omar-haddad]
contacts:
  - name: Bob Smith
    role: Operations director
    email: bob@northwind.example
  - name: "Ana Ruiz"
    role: 'IT manager'
touchpoints:
  - date: 2026-11-02
    by: jane-doe
    with: [Bob Smith, "Ana Ruiz"]
    kind: call
    note: Confirmed install dates for the last three sites
`,
  'a plan with flow maps, a block map, comments and nested lists': `title: Scanner rollout at 8 facilities   # the contract's name
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: {by: jane-doe, date: 2026-08-20}
handoff:            # checklist item -> date done
  partner-onboarded: 2026-08-25
  # delivery-briefed is not done yet
  roles-agreed: 2026-08-22
milestones:
  - id: pilot
    title: Pilot site live
    due: 2026-10-15
    done: 2026-10-14
commitments:
  - id: install-scanners
    what: Install scanners at all 8 facilities
    owner: omar-haddad
    due: 2026-11-30
    milestone: pilot
    after: [order-hardware, site-survey]
    risk: "Firmware 2.0: not certified yet"
    dropped: { date: 2026-11-20, reason: "Client removed site 8, for now", told: Bob Smith }
    slips:
      - date: 2026-11-05
        from: 2026-11-15
        to: 2026-11-30
        told: Bob Smith
        reason: Firmware incompatibility we had not seen before
        workaround: Ship on firmware 2.1 and patch on site
`,
  'lists at the same indentation as their key': `touchpoints:
- date: 2026-11-02
  by: jane-doe
  with:
  - Bob Smith
  - Ana Ruiz
  kind: call
team:
- kim-lee
commitments:
- id: a
  after:
  - b
  - c
  slips:
  - date: 2026-11-05
    from: 2026-11-01
    to: 2026-12-01
  due: 2026-12-01
`,
  'block scalars `|` and `>` with their indicators': `title: Rollout
commitments:
  - id: a
    what: |
      Install the scanners: all of them
      - even the ones in the freezer
    risk: >
      Firmware 2.0
      is not certified

    reason: |-
      kept: as is
    note: >+
      folded
    workaround: |2
        indented text
    owner: kim-lee
  - |
    a list item that is a block scalar
`,
  'multi-line plain and quoted scalars': `summary: What sales hands over,
  and how it stays in touch afterwards
title: "A quoted title
  over two lines"
owner: 'jane-doe'
notes:
  - first note
    continued here
  - second note
review_by: 2027-03-01
`,
  'quoted keys, odd spacing and trailing comments': `"title": Quoted key
'owner': jane-doe
"odd key: with colon": value
status:    active      # spaces before the value
kickoff: 2026-09-01 # a comment
url: https://example.com/a#b
tag: v#1
empty_list: []
empty_map: {}
-dash-key: yes
milestones:
  -   id: spaced
      title: Spaced after the dash
  - id: x
    title: "with # hash and 'quotes'"
`,
  'nested flow collections on one line': `with: [{ name: Bob, role: ops }, plain, "quoted, with comma", [1, 2]]
agreement: { customer: { by: "Bob Smith", date: 2026-08-20 }, us: { by: jane-doe, date: '2026-08-20' } }
`,
  'a value on the line after its key, and after a comment': `title:
  Rollout on the next line
owner: # the delivery lead
  kim-lee
list:
  # a comment before the first item
  - a
  -
    b
  - - nested
    - more
`,
  'CRLF line endings': 'title: Rollout\r\nowner: kim-lee\r\nteam:\r\n  - a\r\n  - b\r\nagreement:\r\n  us: { by: jane-doe, date: 2026-08-20 }\r\ncommitments:\r\n  - id: x\r\n    due: 2026-12-01\r\n',
  'deeper indentation, continuation lines and values that look like keys or lists': `agreement: # signed
  us: {by: x, date: y}
list:
  - "a: b"
  - { id: a, due: 2026-01-01 }
  - - - x
    - y
  - 'it''s: here'
title  : spaced key
a#b: c
k: [a, b] # comment
what: | # comment
  text
contacts:
    -   name: Bob
        role: x
    - name: Ana
notes:
  - first note
   continued
  - note: first
     continued
  - what: |
     text
    after: 1
n: -1
s:
  - -1
  - key:value
  - "q": v
`,
  'a document that is a list of items': `- id: a
  what: "multi
    line quoted"
  owner: x
- id: b
`,
  'escapes in quoted values': `key: "value with \\" escaped"
other: "a\\\\"
third: 'b'' c'
`,
  'empty values beside full ones': `title: Rollout
target:
owner: kim-lee
handoff:
milestones:
  - id: a
    done:
    title: A
`,
};

/** Valid YAML the scanner is not sure of: it must say so (undefined), not guess. */
/** What the scanner is unsure of in a value: inside an entry it skips (see below), no matter. */
const UNSURE_VALUES: Record<string, string> = {
  'anchors and aliases': 'base: &b\n  by: jane-doe\nus: *b\nowner: kim-lee\n',
  'a tag': 'due: !!str 2026-11-02\nowner: kim-lee\n',
  'an anchor in a list item': 'items:\n  - &first id: a\n    what: x\n  - id: b\nowner: kim-lee\n',
};

const UNSURE: Record<string, string> = {
  ...UNSURE_VALUES,
  'a flow map over several lines': 'agreement: {\n  by: Bob Smith,\n  date: 2026-08-20 }\nowner: kim-lee\n',
  'a tab after the indentation of a block scalar line': 'note: |\n  \ttabbed\nowner: kim-lee\n',
  'a document start marker': '---\ntitle: x\n',
  'a complex key': '? complex\n: value\n',
  'a double-quoted key with an escape JSON lacks': '"\\x5f_id": 1\nowner: kim-lee\n',
};

/** The yaml package's places; fails the test if the corpus text is not valid YAML. */
function reference(text: string): Places {
  expect(parseDocument(text).errors.map((e) => e.message)).toEqual([]);
  return parsedPlaces(text);
}

const show = (key: string) => key.split('\u0000').join('.');
const isMapEntry = (key: string) => key !== '' && !/^\d+$/.test(key.split('\u0000').pop()!);

/** Every disagreement of the scanner with the yaml package, as readable lines. */
function disagreements(text: string): string[] {
  const parsed = reference(text);
  const scanned = scanPlaces(text);
  if (!scanned) return ['scanner is unsure of the whole text'];
  const problems: string[] = [];
  const at = (pos: Pos | undefined) => (pos ? `${pos.line}:${pos.column}` : 'none');
  for (const [key, place] of scanned) {
    const truth: Place | undefined = parsed.get(key);
    if (!truth) {
      problems.push(`${show(key)}: scanned but not in the document`);
      continue;
    }
    if (place.value && at(place.value) !== at(truth.value)) problems.push(`${show(key)} value: scanner ${at(place.value)}, yaml ${at(truth.value)}`);
    if (isMapEntry(key) && place.key && at(place.key) !== at(truth.key)) problems.push(`${show(key)} key: scanner ${at(place.key)}, yaml ${at(truth.key)}`);
  }
  return problems;
}

/** Paths the yaml package has a value for and the scanner does not. */
function unscanned(text: string): string[] {
  const scanned = scanPlaces(text)!;
  return [...parsedPlaces(text)].filter(([key, place]) => place.value && !scanned.get(key)?.value).map(([key]) => show(key));
}

describe('scanPlaces agrees with the yaml package', () => {
  it.each(Object.entries(CORPUS))('on %s', (_, text) => {
    expect(disagreements(text)).toEqual([]);
  });

  it('places a list item dash where it stands, as the item’s key', () => {
    const scanned = scanPlaces('team:\n  - kim-lee\n  -   omar-haddad\n')!;
    expect(scanned.get(['team', 0].join('\u0000'))).toEqual({ key: { line: 2, column: 3 }, value: { line: 2, column: 5 } });
    expect(scanned.get(['team', 1].join('\u0000'))).toEqual({ key: { line: 3, column: 3 }, value: { line: 3, column: 7 } });
  });

  it('leaves out only empty values, which the yaml package then places', () => {
    expect(unscanned(CORPUS['empty values beside full ones']!)).toEqual(['target', 'handoff', 'milestones.0.done']);
    for (const [name, text] of Object.entries(CORPUS)) {
      if (name === 'empty values beside full ones') continue;
      expect(unscanned(text), name).toEqual([]);
    }
  });

  it.each(Object.entries(UNSURE))('is unsure of %s rather than guessing', (_, text) => {
    reference(text);
    expect(scanPlaces(text)).toBeUndefined();
  });

  it('agrees on every file of a generated playbook', () => {
    const files = generatePlaybook({ accounts: 4, plansPerAccount: 2, commitmentsPerPlan: 6, asOf: '2026-11-22', seed: 7 });
    let nodes = 0;
    for (const [path, text] of files) {
      const yaml = path.endsWith('.yaml') ? text : text.split('\n---\n')[0]!.replace(/^---\n/, '');
      expect(disagreements(yaml), path).toEqual([]);
      nodes += scanPlaces(yaml)!.size;
    }
    expect(nodes).toBeGreaterThan(500);
  });
});

describe('YamlLocator answers as the yaml package does, wherever the scanner is unsure', () => {
  const all = { ...CORPUS, ...UNSURE };
  it.each(Object.entries(all))('on %s: every value, and every map entry’s key', (_, text) => {
    const parsed = reference(text);
    const locator = new YamlLocator(text);
    for (const [key, truth] of parsed) {
      const path = key === '' ? [] : key.split('\u0000').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      if (truth.value) expect(locator.locate(path, 'value'), `${show(key)} value`).toEqual(truth.value);
      if (truth.key && isMapEntry(key)) expect(locator.locate(path, 'key'), `${show(key)} key`).toEqual(truth.key);
    }
  });

  it('points a path that does not exist at the closest node that does', () => {
    const locator = new YamlLocator('title: Rollout\ncommitments:\n  - id: a\n    what: A\n');
    expect(locator.locate(['commitments', 0, 'owner'], 'key')).toEqual({ line: 3, column: 5 });
    expect(locator.locate(['commitments', 3], 'value')).toEqual({ line: 3, column: 3 });
    expect(locator.locate(['kickoff'], 'key')).toEqual({ line: 1, column: 1 });
  });
});

describe('a scan for some paths only', () => {
  const keyOf = (path: readonly (string | number)[]) => path.join('\u0000');
  const pathsOf = (places: Places) => [...places.keys()].map((key) => (key === '' ? [] : key.split('\u0000').map((s) => (/^\d+$/.test(s) ? Number(s) : s))));

  it.each(Object.entries(CORPUS))('places those paths and the nodes above them as a whole scan does, and nothing else, on %s', (_, text) => {
    const whole = scanPlaces(text)!;
    const all = pathsOf(whole);
    // Every third node, deepest ones included: their parents come with them.
    const wanted = all.filter((_, index) => index % 3 === 1);
    const some = scanPlaces(text, pathTreeOf(wanted))!;
    const expected = new Set(wanted.flatMap((path) => path.map((_, length) => keyOf(path.slice(0, length))).concat(keyOf(path))));
    expect([...some.keys()].sort()).toEqual([...expected].filter((key) => whole.has(key)).sort());
    for (const [key, place] of some) expect(place, key).toEqual(whole.get(key));
  });

  it('is unsure of what a whole scan is unsure of, before the paths it looks for, but for what is inside an entry it skips', () => {
    const skipped = new Set(Object.values(UNSURE_VALUES));
    for (const text of Object.values(UNSURE)) if (!skipped.has(text)) expect(scanPlaces(text, pathTreeOf([['no-such-field']])), text).toBeUndefined();
  });

  it('skips an anchor, an alias or a tag in an entry no path it looks for goes through, and places those paths where the yaml package does', () => {
    for (const text of Object.values(UNSURE_VALUES)) {
      const some = scanPlaces(text, pathTreeOf([['owner']]));
      expect(some, text).toBeDefined();
      expect(some!.get('owner'), text).toEqual(reference(text).get('owner'));
    }
    // In an entry it reads, it is unsure as before.
    expect(scanPlaces(UNSURE_VALUES['a tag']!, pathTreeOf([['due']]))).toBeUndefined();
  });

  it('stops once the paths it looks for are placed, where the yaml package places them, whatever comes after', () => {
    const head = 'title: Rollout\nowner: kim-lee\ncommitments:\n  - id: a\n    due: 2026-09-01\n  - id: b\n';
    const wanted = [['owner'], ['commitments', 0, 'due']];
    // What the scanner is not sure of, after them: an anchor and an alias, a tab.
    for (const tail of ['notes: &anchor some text\nother: *anchor\n', 'notes:\n\t- tabbed\n']) {
      const text = head + tail;
      expect(scanPlaces(text)).toBeUndefined();
      const some = scanPlaces(text, pathTreeOf(wanted));
      expect(some).toBeDefined();
      // What a whole scan of the same lines without the tail gives them and the nodes above them.
      const whole = scanPlaces(head)!;
      for (const path of [...wanted, ['commitments'], ['commitments', 0]]) {
        expect(some!.get(keyOf(path)), keyOf(path)).toEqual(whole.get(keyOf(path)));
      }
      const truth = parsedPlaces(text);
      const locator = new YamlLocator(text);
      locator.expect(wanted);
      for (const path of wanted) {
        expect(locator.locate(path, 'key')).toEqual(truth.get(keyOf(path))!.key);
        expect(locator.locate(path, 'value')).toEqual(truth.get(keyOf(path))!.value);
      }
    }
  });

  it('leaves the locator right about paths it was not told of', () => {
    const text = CORPUS['a plan with flow maps, a block map, comments and nested lists']!;
    const reference = new YamlLocator(text);
    const told = new YamlLocator(text);
    told.expect([['agreement', 'us', 'by']]);
    expect(told.locate(['agreement', 'us', 'by'], 'key')).toEqual(reference.locate(['agreement', 'us', 'by'], 'key'));
    for (const path of pathsOf(scanPlaces(text)!)) {
      expect(told.locate(path, 'value'), keyOf(path)).toEqual(reference.locate(path, 'value'));
      expect(told.locate(path, 'key'), keyOf(path)).toEqual(reference.locate(path, 'key'));
    }
  });
});

describe('a locator told of more paths after its scan', () => {
  it('places the new paths too, and the first ones still', () => {
    const text = CORPUS['a plan with flow maps, a block map, comments and nested lists']!;
    const reference = new YamlLocator(text);
    const told = new YamlLocator(text);
    told.expect([['agreement', 'us', 'by']]);
    told.expect([['handoff', 'roles-agreed'], ['agreement', 'customer', 'date']]);
    for (const path of [['agreement', 'us', 'by'], ['handoff', 'roles-agreed'], ['agreement', 'customer', 'date'], ['handoff']]) {
      expect(told.locate(path, 'key'), path.join('.')).toEqual(reference.locate(path, 'key'));
      expect(told.locate(path, 'value'), path.join('.')).toEqual(reference.locate(path, 'value'));
    }
  });
});
