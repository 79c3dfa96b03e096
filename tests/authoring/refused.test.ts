// A command that cannot do what it is asked says why, with a suggestion where there is one, and
// leaves every byte of the playbook as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { commitChange, openPlaybook } from '../../src/core/edit/apply.ts';
import { EditError } from '../../src/core/edit/errors.ts';
import { AS_OF, FILES, fakeIo, makeFixture, NOW, type Fixture } from './fixture.ts';

let fixture: Fixture;
let hash: string;
beforeAll(() => {
  fixture = makeFixture();
  hash = fixture.hash();
});
afterAll(() => fixture.cleanup());

const CASES: { name: string; argv: string[]; code: number; message: RegExp }[] = [
  { name: 'unknown account', argv: ['log', 'nortwind', '--by', 'kim-lee', '--kind', 'call'], code: 1, message: /no account `nortwind` \(did you mean northwind\?\)/ },
  { name: 'unknown person', argv: ['log', 'northwind', '--by', 'kim-le', '--kind', 'call'], code: 1, message: /--by `kim-le` is not a person in content\/people.yaml \(did you mean kim-lee\?\)/ },
  { name: 'unknown contact', argv: ['log', 'northwind', '--by', 'kim-lee', '--with', 'Bob', '--kind', 'call'], code: 1, message: /--with "Bob" is neither a contact of Northwind Logistics nor a person in content\/people.yaml \(did you mean Bob Smith\?\)/ },
  {
    name: 'unknown person in --with',
    argv: ['log', 'northwind', '--by', 'kim-lee', '--with', 'jane-do', '--kind', 'meeting'],
    code: 1,
    message: /^playbook log: --with "jane-do" is neither a contact of Northwind Logistics nor a person in content\/people.yaml \(did you mean jane-doe\?\); use a contact's name \("Bob Smith", "Ana O'Neil"\) or a person id\.\n$/,
  },
  { name: 'unknown kind', argv: ['log', 'northwind', '--by', 'kim-lee', '--kind', 'phone'], code: 2, message: /--kind phone is not a kind of touchpoint.*call, meeting, email, visit, review/ },
  { name: 'a touchpoint in the future', argv: ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--date', '2026-11-21'], code: 1, message: /--date 2026-11-21 is after today \(2026-11-20\)/ },
  { name: 'not a date', argv: ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--date', '2026-02-30'], code: 2, message: /--date 2026-02-30 is not a calendar date/ },
  { name: 'unknown plan', argv: ['done', 'northwind/rolout#pilot'], code: 1, message: /no plan `northwind\/rolout` \(did you mean northwind\/rollout\?\)/ },
  { name: 'unknown item', argv: ['done', 'northwind/rollout#pilott'], code: 1, message: /no commitment or milestone `pilott` \(did you mean pilot\?\)/ },
  { name: 'already done', argv: ['done', 'northwind/rollout#order-hardware'], code: 1, message: /already marked done on 2026-09-28/ },
  { name: 'done in the future', argv: ['done', 'northwind/rollout#pilot', '--date', '2026-12-01'], code: 1, message: /after today/ },
  { name: 'drop, told someone unknown', argv: ['drop', 'northwind/rollout#site-8', '--reason', 'x', '--told', 'Bob Smyth'], code: 1, message: /did you mean Bob Smith\?/ },
  { name: 'slip a done commitment', argv: ['slip', 'northwind/rollout#order-hardware', '--to', '2026-12-01', '--told', 'Bob Smith', '--reason', 'x'], code: 1, message: /already done on 2026-09-28/ },
  { name: 'slip to the same date', argv: ['slip', 'northwind/rollout#train-staff', '--to', '2026-12-10', '--told', 'Bob Smith', '--reason', 'x'], code: 1, message: /already due 2026-12-10/ },
  { name: 'slip to the year 26', argv: ['slip', 'northwind/rollout#train-staff', '--to', '0026-12-11', '--told', 'Bob Smith', '--reason', 'x'], code: 2, message: /--to 0026-12-11 is outside the years 1900 to 2999: write all four digits of the year/ },
  { name: 'slip to a non-date', argv: ['slip', 'northwind/rollout#train-staff', '--to', 'next week', '--told', 'Bob Smith', '--reason', 'x'], code: 2, message: /--to next week is not a calendar date/ },
  { name: 'slip to a day before the slip', argv: ['slip', 'northwind/rollout#train-staff', '--to', '2026-11-10', '--told', 'Bob Smith', '--reason', 'x'], code: 1, message: /--to 2026-11-10 is before the day of the slip \(2026-11-20\): a date agreed anew is one still to come/ },
  { name: 'a slip dated before the last one', argv: ['slip', 'northwind/rollout#install-scanners', '--to', '2026-12-15', '--told', 'Bob Smith', '--reason', 'x', '--date', '2026-11-01'], code: 1, message: /--date 2026-11-01 is before the .*'s last slip, of 2026-11-05: slips are kept in the order they happened; give a date on or after 2026-11-05\./ },
  { name: 'slip without --told', argv: ['slip', 'northwind/rollout#train-staff', '--to', '2026-12-11', '--reason', 'x'], code: 2, message: /--told is required/ },
  { name: 'not an item reference', argv: ['done', 'northwind/rollout'], code: 2, message: /is not an item: write <account>\/<plan>#<item>/ },
  { name: 'an unknown flag', argv: ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--whom', 'x'], code: 2, message: /--whom/ },
  { name: 'new account that exists', argv: ['new', 'account', 'northwind', '--name', 'N', '--owner', 'jane-doe'], code: 1, message: /already exists/ },
  { name: 'new plan for an unknown account', argv: ['new', 'plan', 'nowhere/x', '--title', 'X', '--owner', 'kim-lee', '--kickoff', '2026-12-01'], code: 1, message: /no account `nowhere`/ },
  { name: 'new guide with an unknown owner', argv: ['new', 'guide', 'x', '--title', 'X', '--owner', 'nobody'], code: 1, message: /not a person/ },
  { name: 'new account with a bad id', argv: ['new', 'account', 'North Wind', '--name', 'N', '--owner', 'jane-doe'], code: 2, message: /not lowercase kebab-case; use something like `north-wind`/ },
  { name: 'new account without --owner, not at a terminal', argv: ['new', 'account', 'acme', '--name', 'Acme'], code: 2, message: /--owner is required/ },
];

describe('a refused command writes nothing', () => {
  it.each(CASES)('$name', async ({ argv, code, message }) => {
    const { io, stdout, stderr } = fakeIo(fixture.root);
    expect(await main(argv, io)).toBe(code);
    expect(stderr()).toMatch(message);
    expect(stderr()).not.toMatch(/internal error/);
    expect(stdout()).toBe('');
    expect(fixture.hash()).toBe(hash);
  });
});

describe('the core judges the changed file before writing it', () => {
  it('refuses a change that would add an error, naming it', () => {
    const context = openPlaybook(fixture.content, { cwd: fixture.root, now: NOW, asOf: AS_OF });
    const before = FILES['accounts/northwind/index.mdx']!;
    const after = before.replace('owner: jane-doe', 'owner: jane-do');
    expect(() => commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after })).toThrow(EditError);
    expect(() => commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after })).toThrow(/would add an error .*unknown-reference/s);
    expect(fixture.hash()).toBe(hash);
  });

  it('lets an edit through a file that already had an error, and refuses only an error it would add', () => {
    const broken = makeFixture({ ...FILES, 'accounts/northwind/index.mdx': FILES['accounts/northwind/index.mdx']!.replace('owner: jane-doe', 'owner: jane-do') });
    try {
      const context = openPlaybook(broken.content, { cwd: broken.root, now: NOW, asOf: AS_OF });
      const before = broken.read('accounts/northwind/index.mdx');
      const renamed = before.replace('name: "Northwind Logistics"', 'name: "Northwind Logistics Ltd"');
      expect(commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after: renamed }, { dryRun: true }).written).toBe(false);
      const worse = renamed.replace('team: [kim-lee, omar-haddad]', 'team: [kim-le, omar-haddad]');
      expect(() => commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after: worse })).toThrow(/would add an error to content\/accounts\/northwind\/index.mdx, so nothing was written:\n.*`kim-le`/);
      expect(() => commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after: worse })).not.toThrow(/`jane-do`/);
      expect(broken.read('accounts/northwind/index.mdx')).toBe(before);
    } finally {
      broken.cleanup();
    }
  });

  it('refuses to write over a file that changed since it was read', () => {
    const context = openPlaybook(fixture.content, { cwd: fixture.root, now: NOW, asOf: AS_OF });
    const before = FILES['accounts/northwind/index.mdx']!.replace('Northwind', 'Southwind');
    expect(() => commitChange(context, { contentPath: 'accounts/northwind/index.mdx', before, after: before + '\n' })).toThrow(/changed while this command ran/);
    expect(fixture.hash()).toBe(hash);
  });
});

describe('a value shared through a YAML anchor', () => {
  // train-staff's date is anchored and repeated by a new commitment: moving one would move both.
  const plan = FILES['accounts/northwind/rollout.mdx']!
    .replace('    owner: Bob Smith\n    due: 2026-12-10\n', '    owner: Bob Smith\n    due: &rollout-day 2026-12-10\n')
    .replace('  - { id: site-8,', '  - id: retrain\n    what: Retrain the night shift\n    owner: Bob Smith\n    due: *rollout-day\n  - { id: site-8,');
  let shared: Fixture;
  beforeAll(() => {
    shared = makeFixture({ ...FILES, 'accounts/northwind/rollout.mdx': plan });
  });
  afterAll(() => shared.cleanup());

  it.each([
    ['the anchored value', 'train-staff', /the value this edit changes is shared through the YAML anchor `&rollout-day` \(repeated as `\*rollout-day`\), so the change would reach every place that repeats it; write the value out in full at each place, then run this again\. Nothing was written\./],
    ['the repeat', 'retrain', /the value to change is `\*rollout-day`, a repeat of the value anchored `&rollout-day`; write the value out in full there, then run this again\. Nothing was written\./],
  ])('refuses to change %s, and writes nothing', async (_, item, message) => {
    const before = shared.hash();
    const { io, stderr } = fakeIo(shared.root);
    expect(await main(['slip', `northwind/rollout#${item}`, '--to', '2026-12-18', '--told', 'Bob Smith', '--reason', 'Trainer ill'], io)).toBe(1);
    expect(stderr()).toMatch(message);
    expect(shared.hash()).toBe(before);
  });

  it('still edits what shares nothing in the same file', async () => {
    const { io, stderr } = fakeIo(shared.root);
    expect(await main(['done', 'northwind/rollout#site-8', '--date', '2026-11-19'], io)).toBe(0);
    expect(stderr()).toMatch(/^Marked/);
    expect(shared.read('accounts/northwind/rollout.mdx')).toContain('due: &rollout-day 2026-12-10');
  });
});

// An id written as a number (`id: 2`) is a schema finding that asks for quotes. A command that
// names the item (`#2`) says so, rather than that the plan has no such item (and suggests another).
describe('an item whose id is written as a number', () => {
  it('is refused with what is wrong with it, and how to fix it', async () => {
    const files = { ...FILES, 'accounts/northwind/rollout.mdx': FILES['accounts/northwind/rollout.mdx']!.replace('id: train-staff', 'id: 2') };
    const numbered = makeFixture(files);
    try {
      const before = numbered.hash();
      const { io, stderr } = fakeIo(numbered.root);
      expect(await main(['done', 'northwind/rollout#2'], io)).toBe(1);
      expect(stderr()).toMatch(
        /^playbook done: northwind\/rollout#2 has errors that stop it from loading \(content\/accounts\/northwind\/rollout\.mdx:\d+:\d+: commitment #\d: `id` is read as a number \(2\), not as text; put it in quotes: `id: "2"`\); fix them \(`playbook check` lists them\), then run this command again\.\n$/,
      );
      expect(numbered.hash()).toBe(before);
    } finally {
      numbered.cleanup();
    }
  });

  it('named as written (`#007` for `id: 007`, which YAML reads as 7), is refused the same way', async () => {
    const files = { ...FILES, 'accounts/northwind/rollout.mdx': FILES['accounts/northwind/rollout.mdx']!.replace('id: train-staff', 'id: 007') };
    const numbered = makeFixture(files);
    try {
      const { io, stderr } = fakeIo(numbered.root);
      expect(await main(['slip', 'northwind/rollout#007', '--to', '2026-12-20', '--told', 'Bob Smith', '--reason', 'x'], io)).toBe(1);
      expect(stderr()).toMatch(/^playbook slip: northwind\/rollout#007 has errors that stop it from loading \(content\/accounts\/northwind\/rollout\.mdx:\d+:\d+: commitment #\d: `id` is read as a number \(007\), not as text; put it in quotes: `id: "007"`\);/);
    } finally {
      numbered.cleanup();
    }
  });
});

// A plan or an account that does not load: the refusal says what is wrong, where, not only that
// something is (the person had to run `check` to learn it was one unclosed quote).
describe('a file that does not load', () => {
  it.each([
    {
      file: 'accounts/northwind/rollout.mdx',
      from: 'what: Order the scanners',
      to: 'what: "Order the scanners',
      argv: ['done', 'northwind/rollout#pilot'],
      message: /^playbook done: the plan northwind\/rollout has errors that stop it from loading \(content\/accounts\/northwind\/rollout\.mdx:\d+:\d+: the YAML does not parse: this " is never closed[^\n]*\); fix them \(`playbook check` lists them\), then run this command again\.\n$/,
    },
    {
      file: 'accounts/northwind/index.mdx',
      from: 'name: "Northwind Logistics"',
      to: 'name: "Northwind Logistics',
      argv: ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call'],
      message: /^playbook log: the account northwind has errors that stop it from loading \(content\/accounts\/northwind\/index\.mdx:\d+:\d+: the YAML does not parse: this " is never closed[^\n]*\); fix them \(`playbook check` lists them\), then run this command again\.\n$/,
    },
  ])('$argv.0 is refused with its first error and its place', async ({ file, from, to, argv, message }) => {
    expect(FILES[file]).toContain(from);
    const broken = makeFixture({ ...FILES, [file]: FILES[file]!.replace(from, to) });
    try {
      const before = broken.hash();
      const { io, stderr } = fakeIo(broken.root);
      expect(await main(argv, io)).toBe(1);
      expect(stderr()).toMatch(message);
      expect(broken.hash()).toBe(before);
    } finally {
      broken.cleanup();
    }
  });
});

// A refusal may quote content (an item's `what`, a name). Like a confirmation, it keeps each
// quote on its own line: a line break written in YAML (`what: |`) shows as <U+000A>, so that no
// text from content starts a line of the command's output (one a CI log could take for a command).
describe('a refusal that quotes content with a line break', () => {
  it('shows the line break instead of breaking its own line', async () => {
    const files = { ...FILES, 'accounts/northwind/rollout.mdx': FILES['accounts/northwind/rollout.mdx']!.replace('what: Order the scanners', 'what: "Order the scanners\\n::error::not ours"') };
    const quoted = makeFixture(files);
    try {
      const { io, stderr } = fakeIo(quoted.root);
      expect(await main(['slip', 'northwind/rollout#order-hardware', '--to', '2026-12-01', '--told', 'Bob Smith', '--reason', 'x'], io)).toBe(1);
      expect(stderr()).toBe('playbook slip: the commitment northwind/rollout#order-hardware (Order the scanners<U+000A>::error::not ours) was already done on 2026-09-28; nothing to slip.\n');
    } finally {
      quoted.cleanup();
    }
  });
});
