// The `schema` rule: content that does not parse or validate is reported with its exact place and
// a message that says what to write instead; every problem is reported, in one run.
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_PATH,
  DEFAULT_ACCOUNT,
  DEFAULT_PEOPLE,
  DEFAULT_SETTINGS,
  findingsOf,
  mdx,
  mdxText,
  plan,
  PLAN_PATH,
  text,
  type FixtureFiles,
} from '../helpers/playbook-fixture.ts';

/** [file, "line:column", rule, subject, message] of every finding: nothing else may be reported. */
const everything = (files: FixtureFiles) => findingsOf(files).map((f) => [f.file, `${f.line}:${f.column}`, f.rule, f.subject, f.message]);

const REAL_DATE = 'expected a real calendar date written YYYY-MM-DD (no time of day), such as 2026-11-02';
const ACCOUNT_WITH = (line: string, value: string) => DEFAULT_ACCOUNT.replace(line, value);
/** The default account with a second touchpoint (lines 17-19) holding `date` and `kind`. */
const ACCOUNT_WITH_TOUCHPOINT = (date: string, kind: string) =>
  DEFAULT_ACCOUNT.replace('    kind: call\n---', `    kind: call\n  - date: ${date}\n    by: jane-doe\n    kind: ${kind}\n---`);

type Case = [string, FixtureFiles, string[][]];

describe('schema: the YAML does not parse', () => {
  // Where the mistake is, in words for the person editing the file (not the YAML library's).
  it.each<Case>([
    [
      'an unclosed quote, where it opens, with the line as it should be',
      { [PLAN_PATH]: '---\ntitle: "Rollout\nowner: kim-lee\n---\n' },
      [[PLAN_PATH, '2:8', 'schema', PLAN_PATH, 'the YAML does not parse: this " is never closed, so everything after it is read as part of this value; close the quote at the end of the value: `title: "Rollout"`']],
    ],
    [
      'an unclosed bracket, where it opens',
      { [PLAN_PATH]: '---\ntitle: Rollout\nowner: kim-lee\nstatus: [active\nkickoff: 2026-09-01\n---\n' },
      [[PLAN_PATH, '4:9', 'schema', PLAN_PATH, 'the YAML does not parse: this `[` is never closed; add `]` at the end of the list, on the same line']],
    ],
    [
      'a YAML tag, which is valid YAML but not taken: at the tag, without saying the YAML is broken',
      { [PLAN_PATH]: '---\ntitle: Rollout\nowner: kim-lee\nstatus: active\nkickoff: !!timestamp 2026-09-01\n---\n' },
      [[PLAN_PATH, '5:10', 'schema', PLAN_PATH, 'the tag `!!timestamp` is not taken in a playbook, whose values are plain; remove it and write the value as it is (a date as YYYY-MM-DD)']],
    ],
    [
      'a field written twice',
      { [PLAN_PATH]: '---\ntitle: Rollout\nowner: kim-lee\nowner: jane-doe\n---\n' },
      [[PLAN_PATH, '4:1', 'schema', PLAN_PATH, 'the YAML does not parse: `owner` is written twice in the same place; keep one of them (YAML takes one value per field)']],
    ],
    [
      'a tab as indentation',
      { [PLAN_PATH]: '---\ntitle: Rollout\n\towner: kim-lee\n---\n' },
      [[PLAN_PATH, '3:1', 'schema', PLAN_PATH, 'the YAML does not parse: this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces']],
    ],
    [
      'a field of a list item indented less than the others',
      { [PLAN_PATH]: '---\ntitle: Rollout\ncommitments:\n  - id: a\n   what: x\n---\n' },
      [[PLAN_PATH, '5:4', 'schema', PLAN_PATH, "the YAML does not parse: this line is not lined up with the fields of the list item above it: write it at the same column as the item's first field (after the `- `), or start a new item with `- `"]],
    ],
    [
      'broken YAML in playbook.yaml, without judging handoff items against a checklist it could not read',
      { 'playbook.yaml': 'title: Test\nhandoff_checklist: [partner-onboarded\n', [PLAN_PATH]: plan('') },
      [['playbook.yaml', '2:20', 'schema', 'playbook.yaml', 'the YAML does not parse: this `[` is never closed; add `]` at the end of the list, on the same line']],
    ],
    [
      'broken YAML in people.yaml, without calling every person unknown',
      { 'people.yaml': 'jane-doe:\n  name: Jane Doe\n name: Kim Lee\n' },
      [['people.yaml', '3:2', 'schema', 'people.yaml', 'the YAML does not parse: `name:` starts at column 2, but `name:` above it starts at column 3: write the fields of one thing at the same column']],
    ],
  ])('reports %s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });

  it.each<Case>([
    [
      'a frontmatter that is never closed',
      { [PLAN_PATH]: '---\ntitle: Rollout\nowner: kim-lee\n' },
      [[PLAN_PATH, '1:1', 'schema', PLAN_PATH, 'the frontmatter is never closed: add a line `---` after the YAML fields, before the body']],
    ],
    [
      'a file without frontmatter',
      { 'guides/handing-over.mdx': '# Handing over\n\nSome text.\n' },
      [['guides/handing-over.mdx', '1:1', 'schema', 'guides/handing-over.mdx', 'the file has no frontmatter: start it with a line `---`, then the YAML fields, then a line `---`']],
    ],
  ])('reports %s at its first line', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

/** Two commitments (lines 12-21), the second's `what:` on line 19, then a milestone (lines 22-25). */
const TWO_ITEMS = [
  'commitments:',
  '  - id: order',
  '    what: Order the scanners',
  '    owner: Bob Smith',
  '    due: 2026-12-01',
  '    slips:',
  '      - date: 2026-10-20',
  '  - id: install',
  '    what: Install the scanners',
  '    owner: omar-haddad',
  'milestones:',
  '  - id: pilot',
  '    title: Pilot site live',
  '    due: 2027-01-15',
  '',
].join('\n');
const TWO_ITEMS_WITH = (line: string, written: string) => plan(TWO_ITEMS.replace(`${line}\n`, `${written}\n`));
const NOT_PARSED = 'the YAML does not parse: ';

describe('schema: one mistake of layout is one finding', () => {
  // The lines after a tab or a misplaced line are right: nothing is said about them (before, each
  // was "indented more than" the misplaced line, or "written twice").
  it.each<Case>([
    [
      'a tab before a field of a commitment',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    what: Install the scanners', '\twhat: Install the scanners') },
      [[PLAN_PATH, '20:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`]],
    ],
    [
      'a tab before a field of a milestone',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    title: Pilot site live', '\ttitle: Pilot site live') },
      [[PLAN_PATH, '24:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`]],
    ],
    [
      'a tab before a field of a slip',
      { [PLAN_PATH]: TWO_ITEMS_WITH('      - date: 2026-10-20', '      - date: 2026-10-20\n\t\tfrom: 2026-11-15\n        to: 2026-12-01') },
      [[PLAN_PATH, '19:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`]],
    ],
    [
      'a field one column left of the others',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    what: Install the scanners', '   what: Install the scanners') },
      [[PLAN_PATH, '20:4', 'schema', PLAN_PATH, `${NOT_PARSED}this line is not lined up with the fields of the list item above it: write it at the same column as the item's first field (after the \`- \`), or start a new item with \`- \``]],
    ],
    [
      'a field two columns left of the others, under the `- `',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    what: Install the scanners', '  what: Install the scanners') },
      [[PLAN_PATH, '20:3', 'schema', PLAN_PATH, `${NOT_PARSED}\`what:\` starts at column 3, but \`id:\` above it starts at column 5: write the fields of one thing at the same column`]],
    ],
    [
      "an item's `- ` one column right of the others'",
      { [PLAN_PATH]: TWO_ITEMS_WITH('  - id: install', '   - id: install') },
      [[PLAN_PATH, '19:4', 'schema', PLAN_PATH, `${NOT_PARSED}this item's \`- \` is at column 4, but the other items of \`commitments\` have theirs at column 3: write the \`- \` of each item of one list at the same column`]],
    ],
    [
      "an item's `- ` one column left of the others' (not \"something is missing\")",
      { [PLAN_PATH]: TWO_ITEMS_WITH('  - id: install', ' - id: install') },
      [[PLAN_PATH, '19:2', 'schema', PLAN_PATH, `${NOT_PARSED}this item's \`- \` is at column 2, but the other items of \`commitments\` have theirs at column 3: write the \`- \` of each item of one list at the same column`]],
    ],
    [
      "the `- ` of a list's only item two columns right: at the `- `, not at each field below it",
      { [PLAN_PATH]: TWO_ITEMS_WITH('  - id: pilot', '    - id: pilot') },
      [[PLAN_PATH, '23:5', 'schema', PLAN_PATH, `${NOT_PARSED}\`id:\` after this \`- \` starts at column 7, but the item's other fields start at column 5: write the \`- \` at column 3, so that \`id:\` stands above them`]],
    ],
    [
      'two tabs in two items: two findings, each at its tab',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    what: Install the scanners', '\twhat: Install the scanners').replace('    title: Pilot', '\ttitle: Pilot') },
      [
        [PLAN_PATH, '20:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`],
        [PLAN_PATH, '24:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`],
      ],
    ],
    [
      'a field written twice, then a tab further down: both',
      { [PLAN_PATH]: TWO_ITEMS_WITH('    what: Install the scanners', '\twhat: Install the scanners').replace('owner: kim-lee\n', 'owner: kim-lee\nowner: jane-doe\n') },
      [
        [PLAN_PATH, '4:1', 'schema', PLAN_PATH, `${NOT_PARSED}\`owner\` is written twice in the same place; keep one of them (YAML takes one value per field)`],
        [PLAN_PATH, '21:1', 'schema', PLAN_PATH, `${NOT_PARSED}this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces`],
      ],
    ],
  ])('%s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: a list item without its `- `', () => {
  const lacksDash = (list: string, written: string, column: number, first: string) =>
    `${NOT_PARSED}this line seems to start a new item of \`${list}\` but lacks its \`- \`, so its fields are read as the item above's; write it \`${written}\` (the \`- \` at column ${column}), with the item's other fields under \`${first}:\``;
  it.each<Case>([
    [
      "is one finding at its first line, not each field \"written twice\"",
      { [PLAN_PATH]: TWO_ITEMS_WITH('  - id: install', '    id: install') },
      [[PLAN_PATH, '19:5', 'schema', PLAN_PATH, lacksDash('commitments', '- id: install', 3, 'id')]],
    ],
    [
      'is one finding when the dash was taken out with its space',
      { [PLAN_PATH]: TWO_ITEMS_WITH('  - id: install', '  id: install') },
      [[PLAN_PATH, '19:3', 'schema', PLAN_PATH, lacksDash('commitments', '- id: install', 3, 'id')]],
    ],
    [
      'in the contacts of an account',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('  - name: Ana Ruiz', '    name: Ana Ruiz') },
      [[ACCOUNT_PATH, '10:5', 'schema', ACCOUNT_PATH, lacksDash('contacts', '- name: Ana Ruiz', 3, 'name')]],
    ],
  ])('%s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: a contact written as an entry of a map, among the items of the list', () => {
  it.each<Case>([
    [
      'a name with its fields below it',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('  - name: Ana Ruiz\n    role: IT manager', '  Ana Ruiz:\n    role: IT manager') },
      [[ACCOUNT_PATH, '10:3', 'schema', ACCOUNT_PATH, `${NOT_PARSED}\`Ana Ruiz:\` is written as a field of \`contacts\`, which is a list: write each of its entries as an item starting with \`- \`, such as \`- name: Ana Ruiz\`, with its other fields under \`name:\``]],
    ],
    [
      'a key with its fields in braces, before the items',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('  - name: Bob Smith\n    role: Operations director', '  bob: { name: Bob Smith, role: Operations director }') },
      [[ACCOUNT_PATH, '8:3', 'schema', ACCOUNT_PATH, `${NOT_PARSED}\`bob:\` is written as a field of \`contacts\`, which is a list: write each of its entries as an item starting with \`- \`, such as \`- { name: Bob Smith, role: Operations director }\``]],
    ],
  ])('%s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: a list or a group of fields where another form belongs', () => {
  // Quoted as written (`[Northwind, Logistics]`), or described when written over lines: never as JSON.
  it.each<Case>([
    [
      'a one-line list where text belongs, as written',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('name: Northwind Logistics', 'name: [Northwind, "Logistics"]') },
      [[ACCOUNT_PATH, '2:7', 'schema', 'northwind', 'account: `name` is `[Northwind, "Logistics"]`; expected text']],
    ],
    [
      'a one-line group of fields where a list of names belongs, as written',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('team: [kim-lee, omar-haddad]', 'team: { lead: kim-lee, dev: omar-haddad }') },
      [[ACCOUNT_PATH, '6:7', 'schema', 'northwind', 'account: `team` is `{ lead: kim-lee, dev: omar-haddad }`; expected a list (one `- item` per line, or `[a, b]`)']],
    ],
    [
      'a long one-line list, shortened',
      { [PLAN_PATH]: plan('commitments:\n  - id: a\n    what: [Order the scanners, Install the scanners, Train the crew, Hand over]\n    owner: kim-lee\n    due: 2026-12-01\n') },
      [[PLAN_PATH, '14:11', 'schema', 'northwind/rollout#a', 'commitment a: `what` is `[Order the scanners, Install the scanners, ...]`; expected text']],
    ],
    [
      'a list over several lines where a group of fields belongs, described',
      { [PLAN_PATH]: mdx(text`
        title: Rollout
        owner: kim-lee
        status: draft
        kickoff: 2026-09-01
        handoff:
          - partner-onboarded
          - delivery-briefed
      `) },
      [[PLAN_PATH, '7:3', 'schema', 'northwind/rollout', 'plan: `handoff` is a list of 2 items; expected a group of fields (`key: value` lines indented below it)']],
    ],
  ])('%s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });

  it.each<Case>([
    [
      'contacts written as a map of names: a list is expected, with an item to copy',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('  - name: Bob Smith\n    role: Operations director\n  - name: Ana Ruiz\n    role: IT manager', '  Bob Smith:\n    role: Operations director\n  Ana Ruiz:\n    role: IT manager') },
      [[ACCOUNT_PATH, '8:3', 'schema', 'northwind', 'account: `contacts` is a group of 2 fields (`Bob Smith:`, `Ana Ruiz:`) where a list is expected: write each contact as an item, on a line starting with `- `, such as `- name: Bob Smith` with its other fields under `name:`']],
    ],
    [
      'contacts written as a map of keys to groups: the item shows the name written inside',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('  - name: Bob Smith\n    role: Operations director\n  - name: Ana Ruiz\n    role: IT manager', '  jane: { name: Jane Doe, role: CEO }') },
      [[ACCOUNT_PATH, '8:3', 'schema', 'northwind', 'account: `contacts` is a group of 1 field (`jane:`) where a list is expected: write each contact as an item, on a line starting with `- `, such as `- name: Jane Doe` with its other fields under `name:`']],
    ],
    [
      'the only milestone written without its `- `: one finding, and the commitment that names it is not told it does not exist',
      { [PLAN_PATH]: plan('milestones:\n    id: pilot\n    title: Pilot site live\n    due: 2027-01-15\ncommitments:\n  - id: a\n    what: X\n    owner: kim-lee\n    due: 2026-12-01\n    milestone: pilot\n') },
      [[PLAN_PATH, '13:5', 'schema', 'northwind/rollout', 'plan: `milestones` holds the fields of one item (`id:`, `title:`, `due:`) where a list is expected: its first line seems to lack its `- `; write `- id: pilot`, with the item\'s other fields under `id:`']],
    ],
  ])('%s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: a field is unknown, missing, or of the wrong form', () => {
  it.each<Case>([
    [
      'an unknown field, with the closest allowed one and the list',
      { 'guides/handing-over.mdx': mdxText`
        title: Handing over
        sumary: What sales hands over
      ` },
      [['guides/handing-over.mdx', '3:1', 'schema', 'guides/handing-over', 'guide: unknown field `sumary` (did you mean summary?); allowed fields: title, summary, owner, review_by, tags']],
    ],
    [
      'an unknown field in a commitment, at its key',
      { [PLAN_PATH]: plan('commitments:\n  - id: install\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n    riks: Firmware\n') },
      [[PLAN_PATH, '17:5', 'schema', 'northwind/rollout#install', 'commitment install: unknown field `riks` (did you mean risk?); allowed fields: id, what, owner, chaser, internal, due, milestone, after, done, risk, dropped, slips, added']],
    ],
    [
      'an unknown field without a close one',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('stage: delivery', 'stage: delivery\nbudget: 100k') },
      [[ACCOUNT_PATH, '5:1', 'schema', 'northwind', 'account: unknown field `budget`; allowed fields: name, owner, stage, since, follow_up_every, owner_touch_every, governance_every, team, contacts, touchpoints, incidents']],
    ],
    [
      'a missing required field of an account, at the document',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('since: 2026-01-05\n', '') },
      [[ACCOUNT_PATH, '2:1', 'schema', 'northwind', 'account: `since` is missing; add `since:` with a date written YYYY-MM-DD']],
    ],
    [
      'a missing required field of a commitment, at the commitment',
      { [PLAN_PATH]: plan('commitments:\n  - id: install\n    what: Install\n    due: 2026-12-01\n') },
      [[PLAN_PATH, '13:5', 'schema', 'northwind/rollout#install', 'commitment install: `owner` is missing; add `owner:` with a person id from people.yaml']],
    ],
    [
      'missing fields of a slip, one finding each',
      { [PLAN_PATH]: plan('commitments:\n  - id: install\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n    slips:\n      - date: 2026-11-01\n        from: 2026-11-15\n        told: Bob Smith\n') },
      [
        [PLAN_PATH, '18:9', 'schema', 'northwind/rollout#install', 'slip 1 of commitment install: `reason` is missing; add `reason:` with why'],
        [PLAN_PATH, '18:9', 'schema', 'northwind/rollout#install', 'slip 1 of commitment install: `to` is missing; add `to:` with a date written YYYY-MM-DD'],
      ],
    ],
    [
      'a wrong enum value, with the closest allowed one',
      { [PLAN_PATH]: plan('', { status: 'activ' }) },
      [[PLAN_PATH, '4:9', 'schema', 'northwind/rollout', 'plan: `status` is "activ" (did you mean active?); expected one of draft, agreed, active, done, cancelled']],
    ],
    [
      'a wrong enum value far from every allowed one',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('stage: delivery', 'stage: won') },
      [[ACCOUNT_PATH, '4:8', 'schema', 'northwind', 'account: `stage` is "won"; expected one of prospect, onboarding, delivery, partner, paused, closed']],
    ],
    [
      'a wrong touchpoint kind',
      { [ACCOUNT_PATH]: ACCOUNT_WITH_TOUCHPOINT('2026-11-10', 'cal') },
      [[ACCOUNT_PATH, '19:11', 'schema', 'northwind', 'touchpoint of 2026-11-10: `kind` is "cal" (did you mean call?); expected one of call, meeting, email, visit, review']],
    ],
    [
      'a number where text belongs',
      { [PLAN_PATH]: plan('').replace('title: Rollout', 'title: 42') },
      [[PLAN_PATH, '2:8', 'schema', 'northwind/rollout', 'plan: `title` is read as a number (42), not as text; put it in quotes: `title: "42"`']],
    ],
    [
      'a number used as an id, quoted as written',
      { [PLAN_PATH]: plan('commitments:\n  - id: 007\n    what: X\n    owner: kim-lee\n    due: 2026-12-01\n') },
      [[PLAN_PATH, '13:9', 'schema', 'northwind/rollout', 'commitment #1: `id` is read as a number (007), not as text; put it in quotes: `id: "007"`']],
    ],
    [
      // `007:` would otherwise be the person `7`, and the team's `"007"` an unknown reference.
      'a person id written as a number, at the key, quoted as written, and known as written',
      { 'people.yaml': DEFAULT_PEOPLE.replace('omar-haddad:', '007:'), [ACCOUNT_PATH]: ACCOUNT_WITH('team: [kim-lee, omar-haddad]', 'team: [kim-lee, "007"]') },
      [['people.yaml', '7:1', 'schema', 'people/007', 'people.yaml: the id `007` is read as a number (7), not as text; put it in quotes: `"007":`']],
    ],
    [
      'a checklist item id written as true, and one as a number, in playbook.yaml and in a plan alike',
      {
        'playbook.yaml': `${DEFAULT_SETTINGS}  true: Truth told\n  "1e3": Thousand\n`,
        [PLAN_PATH]: plan('').replace('  delivery-briefed: 2026-08-22', '  delivery-briefed: 2026-08-22\n  1e3: 2026-08-23\n  "true": 2026-08-24'),
      },
      [
        [PLAN_PATH, '12:3', 'schema', 'northwind/rollout', 'the handoff checklist: the id `1e3` is read as a number (1000), not as text; put it in quotes: `"1e3":`'],
        ['playbook.yaml', '5:3', 'schema', 'playbook.yaml', 'handoff_checklist: the id `true` is read as true or false (true), not as text; put it in quotes: `"true":`'],
      ],
    ],
    [
      'a number in a list of ids, named by its list and place, with a quoting that fits a list',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('team: [kim-lee, omar-haddad]', 'team: [kim-lee, 5]') },
      [[ACCOUNT_PATH, '6:17', 'schema', 'northwind', 'account: `team` (entry 2) is read as a number (5), not as text; put it in quotes: `"5"`']],
    ],
    [
      'an entry of an item\'s list that is not text, named by its list',
      { [PLAN_PATH]: plan('commitments:\n  - id: a\n    what: X\n    owner: kim-lee\n    due: 2026-12-01\n  - id: b\n    what: Y\n    owner: kim-lee\n    due: 2026-12-02\n    after: [a, [c]]\n') },
      [[PLAN_PATH, '21:16', 'schema', 'northwind/rollout#b', 'commitment b: `after` (entry 2) is `[c]`; expected text']],
    ],
    [
      'a touchpoint without `by`: a person of ours, not a signer',
      { [ACCOUNT_PATH]: DEFAULT_ACCOUNT.replace('    kind: call\n---', '    kind: call\n  - date: 2026-11-10\n    kind: email\n---') },
      [[ACCOUNT_PATH, '17:5', 'schema', 'northwind', 'touchpoint of 2026-11-10: `by` is missing; add `by:` with who from our side: a person id']],
    ],
    [
      'an incident without `what`: what went wrong, not what is promised',
      { [ACCOUNT_PATH]: DEFAULT_ACCOUNT.replace('---\n', '---\nincidents:\n  - id: outage\n    date: 2026-11-03\n    cause: ours\n') },
      [[ACCOUNT_PATH, '3:5', 'schema', 'northwind#outage', 'incident outage: `what` is missing; add `what:` with what went wrong, as the client saw it']],
    ],
    [
      'an addition without `reason`, named as the addition',
      { [PLAN_PATH]: plan('commitments:\n  - id: extra\n    what: X\n    owner: kim-lee\n    due: 2026-12-01\n    added: { date: 2026-11-10, told: Bob Smith }\n') },
      [[PLAN_PATH, '17:12', 'schema', 'northwind/rollout#extra', 'the addition of commitment extra: `reason` is missing; add `reason:` with why']],
    ],
    [
      'a number where a duration belongs',
      { [ACCOUNT_PATH]: DEFAULT_ACCOUNT.replace('since: 2026-01-05', 'since: 2026-01-05\nfollow_up_every: 2') },
      [[ACCOUNT_PATH, '6:18', 'schema', 'northwind', 'account: `follow_up_every` is 2; expected a duration such as `2w` or `10d`']],
    ],
    [
      'a handoff item without its date',
      { [PLAN_PATH]: plan('').replace('  delivery-briefed: 2026-08-22', '  delivery-briefed:') },
      [[PLAN_PATH, '11:20', 'schema', 'northwind/rollout', 'the handoff checklist: `delivery-briefed` is empty; expected a date written YYYY-MM-DD, such as 2026-11-02']],
    ],
    [
      'an empty `handoff_checklist`, once: the plans\' handoff items are not then unknown references',
      { 'playbook.yaml': DEFAULT_SETTINGS.replace(/handoff_checklist:\n( {2}.*\n)+/, 'handoff_checklist:\n') },
      [['playbook.yaml', '2:19', 'schema', 'playbook.yaml', 'playbook.yaml: `handoff_checklist` is empty; expected a group of fields (`key: value` lines indented below it)']],
    ],
    [
      'a content format that is not a whole number: a mistake, not a newer format, so the rest is still checked',
      { 'playbook.yaml': `format: 2.5\n${DEFAULT_SETTINGS}`, [ACCOUNT_PATH]: DEFAULT_ACCOUNT.replace('stage: delivery', 'stage: won') },
      [
        [ACCOUNT_PATH, '4:8', 'schema', 'northwind', 'account: `stage` is "won"; expected one of prospect, onboarding, delivery, partner, paused, closed'],
        ['playbook.yaml', '1:9', 'schema', 'playbook.yaml', 'playbook.yaml: `format` is 2.5; expected a whole number'],
      ],
    ],
    [
      'true where a name belongs',
      { 'people.yaml': DEFAULT_PEOPLE.replace('name: Jane Doe', 'name: true') },
      [['people.yaml', '2:9', 'schema', 'people/jane-doe', 'person: `name` is read as true or false (true), not as text; put it in quotes: `name: "true"`']],
    ],
    [
      'a merge key',
      { [PLAN_PATH]: plan('commitments:\n  - id: a\n    what: X\n    owner: kim-lee\n    due: 2026-12-01\n    <<: { risk: late }\n') },
      [[PLAN_PATH, '17:5', 'schema', 'northwind/rollout#a', 'commitment a: merge keys (`<<: *name`) are not supported in a playbook; write the fields out in full here']],
    ],
    [
      'a checklist key that is not an id, at the key',
      { [PLAN_PATH]: plan('').replace('  delivery-briefed: 2026-08-22', '  Briefed: 2026-08-22') },
      [[PLAN_PATH, '11:3', 'schema', 'northwind/rollout', 'the handoff checklist: `Briefed` is not an id (ids are lowercase kebab-case: letters a-z, digits and single dashes); rename it to `briefed`']],
    ],
    [
      'text where a list belongs',
      { [ACCOUNT_PATH]: ACCOUNT_WITH('team: [kim-lee, omar-haddad]', 'team: kim-lee') },
      [[ACCOUNT_PATH, '6:7', 'schema', 'northwind', 'account: `team` is "kim-lee"; expected a list (one `- item` per line, or `[a, b]`)']],
    ],
    [
      'text where a group of fields belongs',
      { [PLAN_PATH]: plan('commitments:\n  - id: install\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n    dropped: 2026-11-01\n') },
      [[PLAN_PATH, '17:14', 'schema', 'northwind/rollout#install', 'commitment install: `dropped` is "2026-11-01"; expected a group of fields (`key: value` lines indented below it)']],
    ],
    [
      'an empty required value',
      { [PLAN_PATH]: plan('').replace('title: Rollout', 'title:') },
      [[PLAN_PATH, '2:7', 'schema', 'northwind/rollout', 'plan: `title` is empty; expected text']],
    ],
  ])('reports %s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: dates, durations, ids and time zones', () => {
  it.each([
    ['a month 13', '2026-13-01'],
    ['February 30', '2026-02-30'],
    ['February 29 of a common year', '2027-02-29'],
    ['a date with a time', '2026-11-02T10:00:00'],
    ['a date with a time after a space', '2026-11-02 10:00'],
    ['a date without leading zeros', '2026-9-1'],
    ['a date in another order', '01/09/2026'],
  ])('refuses %s, at the value', (_, date) => {
    expect(everything({ [PLAN_PATH]: plan('', { kickoff: date }) })).toEqual([
      [PLAN_PATH, '5:10', 'schema', 'northwind/rollout', `plan: \`kickoff\` is ${JSON.stringify(date)}; ${REAL_DATE}`],
    ]);
  });

  it('accepts February 29 of a leap year', () => {
    expect(everything({ [PLAN_PATH]: plan('', { kickoff: '2028-02-29' }) })).toEqual([]);
  });

  it('refuses a number where a date belongs', () => {
    expect(everything({ [PLAN_PATH]: plan('', { kickoff: '20260901' }) })).toEqual([
      [PLAN_PATH, '5:10', 'schema', 'northwind/rollout', 'plan: `kickoff` is 20260901; expected a date written YYYY-MM-DD, such as 2026-11-02'],
    ]);
  });

  it('refuses a bad date inside a touchpoint, naming the touchpoint', () => {
    expect(everything({ [ACCOUNT_PATH]: ACCOUNT_WITH_TOUCHPOINT('2026-11-31', 'call') })).toEqual([
      [ACCOUNT_PATH, '17:11', 'schema', 'northwind', `touchpoint of 2026-11-31: \`date\` is "2026-11-31"; ${REAL_DATE}`],
    ]);
  });

  it.each([
    ['follow_up_every', '2 weeks'],
    ['follow_up_every', '1m'],
    ['remind_before', '-1d'],
    ['remind_before', '1.5d'],
  ])('refuses %s: %s in playbook.yaml, at the value', (field, duration) => {
    expect(everything({ 'playbook.yaml': `${DEFAULT_SETTINGS}${field}: ${duration}\n` })).toEqual([
      ['playbook.yaml', `5:${field.length + 3}`, 'schema', 'playbook.yaml', `playbook.yaml: \`${field}\` is ${JSON.stringify(duration)}; expected a duration in days or weeks such as \`10d\` or \`2w\``],
    ]);
  });

  it('refuses an account cadence that is not a duration', () => {
    expect(everything({ [ACCOUNT_PATH]: ACCOUNT_WITH('stage: delivery', 'stage: delivery\ngovernance_every: monthly') })).toEqual([
      [ACCOUNT_PATH, '5:19', 'schema', 'northwind', 'account: `governance_every` is "monthly"; expected a duration in days or weeks such as `10d` or `2w`'],
    ]);
  });

  it.each([
    ['"+05:00"', '`+05:00`', "expected an IANA time zone name such as `America/Toronto` or `UTC`, not a UTC offset, which keeps no daylight-saving time: write the name of the team's zone (a clock that never changes is `Etc/GMT-5`: its sign is the reverse)"],
    ['"-0330"', '`-0330`', "expected an IANA time zone name such as `America/Toronto` or `UTC`, not a UTC offset, which keeps no daylight-saving time: write the name of the team's zone"],
    ['america/toronto', '`america/toronto`', 'time zone names are written with their capitals: write `America/Toronto`'],
    ['utc', '`utc`', 'time zone names are written with their capitals: write `UTC`'],
    ['us/eastern', '`us/eastern`', 'time zone names are written with their capitals: write `America/New_York`, the same zone under its current name'],
    ['America/Torronto', '`America/Torronto`', 'expected an IANA time zone name such as `America/Toronto` or `UTC`: `America/Torronto` is not one this runtime knows; did you mean `America/Toronto`?'],
  ])('refuses `timezone: %s`, which Node would take, with the name to write', (zone, _shown, message) => {
    expect(everything({ 'playbook.yaml': `timezone: ${zone}\n${DEFAULT_SETTINGS}` })).toEqual([
      ['playbook.yaml', '1:11', 'schema', 'playbook.yaml', `playbook.yaml: \`timezone\` is ${zone.startsWith('"') ? zone : `"${zone}"`}; ${message}`],
    ]);
  });

  it.each(['US/Eastern', 'Asia/Kolkata', 'Etc/GMT-5', 'Etc/UTC'])('takes `timezone: %s`, a name of the time zone database', (zone) => {
    expect(everything({ 'playbook.yaml': `timezone: ${zone}\n${DEFAULT_SETTINGS}` })).toEqual([]);
  });

  it('refuses a time zone that is not an IANA zone, and judges the rest as in UTC', () => {
    expect(everything({ 'playbook.yaml': `timezone: Mars/Olympus\n${DEFAULT_SETTINGS}` })).toEqual([
      ['playbook.yaml', '1:11', 'schema', 'playbook.yaml', 'playbook.yaml: `timezone` is "Mars/Olympus"; expected an IANA time zone name such as `America/Toronto` or `UTC`: `Mars/Olympus` is not one this runtime knows'],
    ]);
  });

  it.each<Case>([
    [
      'a commitment id that is not kebab-case',
      { [PLAN_PATH]: plan('commitments:\n  - id: Install_Scanners\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n') },
      [[PLAN_PATH, '13:9', 'schema', 'northwind/rollout#Install_Scanners', 'commitment Install_Scanners: `id` is "Install_Scanners"; an id is lowercase kebab-case (letters a-z, digits, single dashes): write `install-scanners`']],
    ],
    [
      'a person id that is not kebab-case, at the key',
      { 'people.yaml': `${DEFAULT_PEOPLE}Ana_Ruiz:\n  name: Ana Ruiz\n` },
      [['people.yaml', '10:1', 'schema', 'people/Ana_Ruiz', 'person `Ana_Ruiz`: the id is not lowercase kebab-case; rename it to something like `ana-ruiz`']],
    ],
    [
      'a plan file name that is not an id',
      { 'accounts/northwind/Phase 2.mdx': mdx('title: Phase 2\nowner: kim-lee\nstatus: draft\nkickoff: 2027-01-10\n') },
      [['accounts/northwind/Phase 2.mdx', '1:1', 'schema', 'accounts/northwind/Phase 2.mdx', 'the plan file name `Phase 2` is not an id: rename it in lowercase kebab-case, such as `phase-2`']],
    ],
    [
      'a person written as text instead of fields',
      { 'people.yaml': `${DEFAULT_PEOPLE}ana-ruiz: Ana Ruiz\n` },
      [['people.yaml', '10:11', 'schema', 'people/ana-ruiz', 'person ana-ruiz is "Ana Ruiz"; expected a group of fields (`key: value` lines indented below it)']],
    ],
  ])('refuses %s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });
});

describe('schema: playbook.yaml `rules:`', () => {
  it.each<Case>([
    [
      'an unknown rule id, with the closest one',
      { 'playbook.yaml': `${DEFAULT_SETTINGS}rules:\n  overdeu: error\n` },
      [['playbook.yaml', '6:3', 'schema', 'playbook.yaml', expect.stringMatching(/^rules: unknown rule `overdeu` \(did you mean overdue\?\); the rules are schema, unknown-reference, duplicate-id, .*guide-review-due/) as unknown as string]],
    ],
    [
      'a level that is not error, warning, notice or off',
      { 'playbook.yaml': `${DEFAULT_SETTINGS}rules:\n  overdue: loud\n` },
      [['playbook.yaml', '6:12', 'schema', 'playbook.yaml', 'rules: `overdue` is "loud"; expected one of error, warning, notice, off']],
    ],
  ])('reports %s', (_, files, expected) => {
    expect(everything(files)).toEqual(expected);
  });

  it('reports every problem of playbook.yaml at once, and keeps its valid settings', () => {
    const settings = text`
      title: Test playbook
      timezone: Mars/Olympus
      remind_befor: 3d
      follow_up_every: 3w
      handoff_checklist:
        partner-onboarded: Partner onboarded
        delivery-briefed: Delivery team briefed
      rules:
        overdeu: error
        schema: warning
        due-soon: loud
        milestone-overdue: off
    `;
    const rest = 'milestones:\n  - id: pilot\n    title: Pilot\n    due: 2026-11-01\n';
    const findings = everything({ 'playbook.yaml': settings, [PLAN_PATH]: plan(rest) });
    // The checklist and `milestone-overdue: off` still apply: the plan's complete handoff and
    // its overdue milestone are not reported.
    expect(findings.map(([file, place, rule, , message]) => `${file}:${place} ${rule} ${message!.replace(/; the rules are .*/, '')}`)).toEqual([
      'playbook.yaml:2:11 schema playbook.yaml: `timezone` is "Mars/Olympus"; expected an IANA time zone name such as `America/Toronto` or `UTC`: `Mars/Olympus` is not one this runtime knows',
      'playbook.yaml:3:1 schema playbook.yaml: unknown field `remind_befor` (did you mean remind_before?); allowed fields: format, title, timezone, follow_up_every, owner_touch_every, remind_before, handoff_checklist, rules, repository',
      'playbook.yaml:9:3 schema rules: unknown rule `overdeu` (did you mean overdue?)',
      'playbook.yaml:10:11 schema rules: `schema` cannot be changed: content that does not validate cannot be judged. Remove this line',
      'playbook.yaml:11:13 schema rules: `due-soon` is "loud"; expected one of error, warning, notice, off',
    ]);
  });

  it('judges with the valid settings of a playbook.yaml that has problems: cadence 3w, not the default 2w', () => {
    const settings = `${DEFAULT_SETTINGS}timezone: Mars/Olympus\nfollow_up_every: 3w\n`;
    const index = ACCOUNT_WITH('date: 2026-11-20', 'date: 2026-11-05');
    expect(everything({ 'playbook.yaml': settings, [ACCOUNT_PATH]: index }).map(([file, place, rule]) => `${file}:${place} ${rule}`)).toEqual([
      'playbook.yaml:5:11 schema',
    ]);
  });
});

describe('schema: one run reports every problem of a playbook', () => {
  it('reports broken YAML, unknown fields, bad dates, wrong enums, unknown people and contacts, duplicate ids and cycles together, each at its place', () => {
    const files: FixtureFiles = {
      'playbook.yaml': `${DEFAULT_SETTINGS}remind_befor: 2d\n`,
      'people.yaml': `${DEFAULT_PEOPLE}ana-ruiz: Ana Ruiz\n`,
      [ACCOUNT_PATH]: mdxText`
        name: Northwind Logistics
        owner: jane-doe
        stage: delivery
        since: 2026-01-05
        team: [kim-lee, omar-hadad]
        contacts:
          - name: Bob Smith
            rol: Operations director
        touchpoints:
          - date: 2026-11-20
            by: jane-doe
            with: [Bob Smyth]
            kind: call
          - date: 2026-02-30
            by: jane-doe
            kind: call
      `,
      [PLAN_PATH]: plan(text`
        milestones:
          - id: pilot
            title: Pilot
            due: 2026-12-01
        commitments:
          - id: order
            what: Order the hardware
            owner: Ana Ruis
            due: 2026-12-01
            after: [install]
          - id: install
            what: Install
            owner: omar-haddad
            due: 2026-12-10
            after: [order]
          - id: install
            what: Install again
            owner: kim-lee
            due: 2026-12-11
          - id: train
            what: Train
            owner: kim-lee
            due: 2026-12-32
          - id: pilot
            what: Pilot
            owner: kim-lee
            due: 2026-12-01
            state: open
      `),
      'accounts/northwind/phase-2.mdx': '---\ntitle: Phase 2\nowner: kim-lee\nstatus: [draft\n---\n',
      'accounts/fabrikam/index.mdx': mdxText`
        name: Fabrikam
        owner: jane-doe
        stage: onbording
        since: 2026-11-01
      `,
      'guides/handing-over.mdx': mdxText`
        title: Handing over
        owner: jane-doe
        review_by: 2027-01-01T00:00:00Z
      `,
    };
    const findings = findingsOf(files);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.subject}`)).toEqual([
      'accounts/fabrikam/index.mdx:4:8 schema fabrikam',
      'accounts/northwind/index.mdx:6:17 unknown-reference northwind',
      'accounts/northwind/index.mdx:9:5 schema northwind',
      'accounts/northwind/index.mdx:13:12 unknown-reference northwind',
      'accounts/northwind/index.mdx:15:11 schema northwind',
      'accounts/northwind/phase-2.mdx:4:9 schema accounts/northwind/phase-2.mdx',
      'accounts/northwind/rollout.mdx:19:12 unknown-reference northwind/rollout#order',
      'accounts/northwind/rollout.mdx:21:13 dependency-cycle northwind/rollout#order',
      'accounts/northwind/rollout.mdx:21:13 dependency-order northwind/rollout#order',
      'accounts/northwind/rollout.mdx:27:9 duplicate-id northwind/rollout#install',
      'accounts/northwind/rollout.mdx:34:10 schema northwind/rollout#train',
      'accounts/northwind/rollout.mdx:35:9 duplicate-id northwind/rollout#pilot',
      'accounts/northwind/rollout.mdx:39:5 schema northwind/rollout#pilot',
      'guides/handing-over.mdx:4:12 schema guides/handing-over',
      'people.yaml:10:11 schema people/ana-ruiz',
      'playbook.yaml:5:1 schema playbook.yaml',
    ]);
    expect(findings.every((f) => !/\n\s+at /.test(f.message))).toBe(true);
  });
});

describe('schema: the content format', () => {
  it('reads formats 1 and 2, and refuses a newer one with one finding instead of misreading the rest', async () => {
    const { findingsOf, mdxText, DEFAULT_SETTINGS } = await import('../helpers/playbook-fixture.ts');
    const broken = { 'accounts/x/index.mdx': mdxText`
      name: X
      bogus: 1
    ` };
    for (const format of [1, 2]) {
      expect(findingsOf({ 'playbook.yaml': `format: ${format}\n${DEFAULT_SETTINGS}`, ...broken }).map((f) => f.rule)).toContain('schema');
    }
    const newer = findingsOf({ 'playbook.yaml': `format: 3\n${DEFAULT_SETTINGS}`, ...broken });
    expect(newer.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'playbook.yaml:1:9 playbook.yaml: `format` is 3; this playbook is written for a newer content format than this version of Followthrough reads (2): upgrade the followthrough package (its CHANGELOG says what changed), then check again',
    ]);
  });
});

describe('schema: the repository web address', () => {
  it.each(['ftp://example.com/playbook', 'mailto:me@acme.example', 'https://'])('%s is not one, at its value', (url) => {
    const findings = findingsOf({ 'playbook.yaml': `${DEFAULT_SETTINGS}repository:\n  url: "${url}"\n` }).filter((f) => f.rule === 'schema');
    const line = `${DEFAULT_SETTINGS}repository:\n`.split('\n').length;
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.message])).toEqual([[`${line}:8`, `repository: \`url\` is ${JSON.stringify(url)}; expected the repository web address, such as https://github.com/acme/playbook`]]);
  });

  it.each(['not a url', 'https://github.com/x/y)![tracker](https://evil.example/pixel.png?', 'https://github.com/x/"onmouseover="a'])(
    '%s is not one either: a space, quote, bracket or parenthesis would end a link in a report or a page',
    (url) => {
      const findings = findingsOf({ 'playbook.yaml': `${DEFAULT_SETTINGS}repository:\n  url: '${url}'\n` }).filter((f) => f.rule === 'schema');
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toMatch(/^repository: `url` is "/);
      expect(findings[0]!.message).toMatch(/; expected the repository web address, such as https:\/\/github\.com\/acme\/playbook, without spaces, quotes, brackets or parentheses$/);
    },
  );

  it.each(['https://github.com/acme/playbook', ' https://github.com/acme/playbook ', 'http://git.acme.example:8080/team/playbook'])('%s is one', (url) => {
    expect(findingsOf({ 'playbook.yaml': `${DEFAULT_SETTINGS}repository:\n  url: "${url}"\n` }).filter((f) => f.rule === 'schema')).toEqual([]);
  });
});

describe('schema: a required field written with a typo', () => {
  it('is one finding, the unknown field with its "did you mean", not also the field missing', () => {
    const findings = everything({ [ACCOUNT_PATH]: DEFAULT_ACCOUNT.replace('owner: jane-doe', 'owenr: jane-doe') });
    expect(findings).toEqual([
      [ACCOUNT_PATH, '3:1', 'schema', 'northwind', 'account: unknown field `owenr` (did you mean owner?); allowed fields: name, owner, stage, since, follow_up_every, owner_touch_every, governance_every, team, contacts, touchpoints, incidents'],
    ]);
  });
});

describe('schema: values in words people use', () => {
  it('calls a value left empty (or only a `# comment`) empty, not null, and asks for true or false by name', () => {
    const files = {
      [PLAN_PATH]: plan(text`
        commitments:
          - id: install
            what: Install the scanners
            owner: kim-lee
            due: 2026-12-15
            internal: "yes"
      `).replace('status: active', 'status: # agreed'),
    };
    expect(findingsOf(files).filter((f) => f.rule === 'schema').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '4:9 plan: `status` is empty; expected one of draft, agreed, active, done, cancelled',
      '17:15 commitment install: `internal` is "yes"; expected `true` or `false`',
    ]);
  });
});
