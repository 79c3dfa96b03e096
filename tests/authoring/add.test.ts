// `playbook add`: a commitment or milestone at the end of its list, in the list's style (block,
// flow entries, indentless, CRLF, `[]` from the template, no list yet); after both sides signed,
// with `added` (who on the client's side agreed, and why); refused, byte for byte, otherwise.
import { describe, expect, it } from 'vitest';
import { editHarness, replaceOnce } from './helpers/edits.ts';
import { FILES } from './fixture.ts';
import { COLD_ROOM, PLAN_FILES, TEMPLATE, YARD } from './plans.ts';

const { run, expectEdit, expectRefused, fixture } = editHarness(PLAN_FILES);

const YARD_PATH = 'accounts/northwind/yard.mdx';

describe('after both sides signed: an addition under the client\'s signature', () => {
  it('appends a block commitment after the last one, with `added` from --told, --reason and --date; the diff and the summary', async () => {
    const result = await expectEdit(
      ['add', 'northwind/yard', 'commitment', '--id', 'survey-gate', '--what', 'Survey the second gate', '--owner', 'omar-haddad', '--due', '2026-12-15',
        '--milestone', 'yard-live', '--after', 'mount-readers', '--told', 'Bob Smith', '--reason', 'Bob asked for gate 2: trucks queue there', '--date', '2026-11-18'],
      YARD_PATH,
      replaceOnce(
        YARD,
        '    due: 2026-11-30   # end of month\n',
        '    due: 2026-11-30   # end of month\n' +
          '  - id: survey-gate\n    what: Survey the second gate\n    owner: omar-haddad\n    due: 2026-12-15\n    milestone: yard-live\n    after: [mount-readers]\n' +
          '    added:\n      date: 2026-11-18\n      told: Bob Smith\n      reason: "Bob asked for gate 2: trucks queue there"\n',
      ),
    );
    expect(result.stdout).toBe(
      [
        '--- a/content/accounts/northwind/yard.mdx',
        '+++ b/content/accounts/northwind/yard.mdx',
        '@@ -23,5 +23,15 @@',
        '     owner: kim-lee',
        '     internal: true',
        '     due: 2026-11-30   # end of month',
        '+  - id: survey-gate',
        '+    what: Survey the second gate',
        '+    owner: omar-haddad',
        '+    due: 2026-12-15',
        '+    milestone: yard-live',
        '+    after: [mount-readers]',
        '+    added:',
        '+      date: 2026-11-18',
        '+      told: Bob Smith',
        '+      reason: "Bob asked for gate 2: trucks queue there"',
        ' ---',
        " Body with {'braces'} and <br />.",
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      'Added the commitment northwind/yard#survey-gate (Survey the second gate) to Yard scanners: owner Omar Haddad, due 2026-12-15. Recorded as added after signing: Bob Smith agreed on 2026-11-18.\n',
    );
  });

  it('appends a milestone after the last one and its trailing comment, `added` dated today', async () => {
    const result = await expectEdit(
      ['add', 'northwind/yard', 'milestone', '--id', 'gate-2-live', '--title', 'Gate 2 live', '--due', '2027-01-15', '--owner', 'omar-haddad', '--told', "Ana O'Neil", '--reason', 'Follows the survey'],
      YARD_PATH,
      replaceOnce(
        YARD,
        '    # reached when the gate reads tags\n',
        "    # reached when the gate reads tags\n  - id: gate-2-live\n    title: Gate 2 live\n    owner: omar-haddad\n    due: 2027-01-15\n    added:\n      date: 2026-11-20\n      told: Ana O'Neil\n      reason: Follows the survey\n",
      ),
    );
    expect(result.stderr).toBe(
      "Added the milestone northwind/yard#gate-2-live (Gate 2 live) to Yard scanners: owner Omar Haddad, due 2027-01-15. Recorded as added after signing: Ana O'Neil agreed on 2026-11-20.\n",
    );
  });

  it("a client's commitment with its chaser", async () => {
    const result = await expectEdit(
      ['add', 'northwind/yard', 'commitment', '--id', 'gate-power', '--what', 'Power at gate 2', '--owner', "Ana O'Neil", '--chaser', 'omar-haddad', '--due', '2026-12-10', '--told', "Ana O'Neil", '--reason', 'Needed for the readers'],
      YARD_PATH,
      replaceOnce(
        YARD,
        '# end of month\n',
        "# end of month\n  - id: gate-power\n    what: Power at gate 2\n    owner: Ana O'Neil\n    chaser: omar-haddad\n    due: 2026-12-10\n    added:\n      date: 2026-11-20\n      told: Ana O'Neil\n      reason: Needed for the readers\n",
      ),
    );
    expect(result.stderr).toMatch(/owner Ana O'Neil \(client\), chased by Omar Haddad, due 2026-12-10\./);
  });

  it('an internal commitment needs no `added`', async () => {
    const result = await expectEdit(
      ['add', 'northwind/yard', 'commitment', '--id', 'book-hotel', '--what', 'Book the crew hotel', '--owner', 'kim-lee', '--internal', '--due', '2026-11-25'],
      YARD_PATH,
      replaceOnce(YARD, '# end of month\n', '# end of month\n  - id: book-hotel\n    what: Book the crew hotel\n    owner: kim-lee\n    internal: true\n    due: 2026-11-25\n'),
    );
    expect(result.stderr).toBe('Added the commitment northwind/yard#book-hotel (Book the crew hotel) to Yard scanners: owner Kim Lee (internal), due 2026-11-25.\n');
  });

  it('an internal commitment may record one, told to a colleague', async () => {
    await expectEdit(
      ['add', 'northwind/yard', 'commitment', '--id', 'book-hotel', '--what', 'Book the crew hotel', '--owner', 'kim-lee', '--internal', '--due', '2026-11-25', '--told', 'jane-doe', '--reason', 'Jane asked'],
      YARD_PATH,
      replaceOnce(
        YARD,
        '# end of month\n',
        '# end of month\n  - id: book-hotel\n    what: Book the crew hotel\n    owner: kim-lee\n    internal: true\n    due: 2026-11-25\n    added:\n      date: 2026-11-20\n      told: jane-doe\n      reason: Jane asked\n',
      ),
    );
  });

  it('a list of flow entries gets one more flow entry, `added` nested in it', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    await expectEdit(
      ['add', 'northwind/rollout', 'commitment', '--id', 'site-9', '--what', 'Install site 9, the annex', '--owner', 'omar-haddad', '--due', '2027-01-20', '--told', 'Bob Smith', '--reason', 'New annex'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(
        before,
        '  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-20 }\n',
        '  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-20 }\n' +
          '  - { id: site-9, what: "Install site 9, the annex", owner: omar-haddad, due: 2027-01-20, added: { date: 2026-11-20, told: Bob Smith, reason: New annex } }\n',
      ),
    );
  });
});

describe('before signing: part of the scope both sides will sign', () => {
  it('creates `commitments:` after the milestones, indentless and CRLF as the file is', async () => {
    const result = await expectEdit(
      ['add', 'fraser/cold-room', 'commitment', '--id', 'measure', '--what', 'Measure the room', '--owner', 'Lee Chan', '--due', '2026-12-05'],
      'accounts/fraser/cold-room.mdx',
      replaceOnce(COLD_ROOM, '  due: 2026-12-15\r\n', '  due: 2026-12-15\r\ncommitments:\r\n- id: measure\r\n  what: Measure the room\r\n  owner: Lee Chan\r\n  due: 2026-12-05\r\n'),
    );
    expect(fixture().read('accounts/fraser/cold-room.mdx').replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.stderr).toBe(
      "Added the commitment fraser/cold-room#measure (Measure the room) to Cold room: owner Lee Chan (client), chased by Kim Lee (the plan's owner), due 2026-12-05.\n",
    );
  });

  it('appends a milestone to an indentless CRLF list', async () => {
    await expectEdit(
      ['add', 'fraser/cold-room', 'milestone', '--id', 'install', '--title', 'Installed', '--due', '2027-01-10', '--owner', 'kim-lee'],
      'accounts/fraser/cold-room.mdx',
      replaceOnce(COLD_ROOM, '  due: 2026-12-15\r\n', '  due: 2026-12-15\r\n- id: install\r\n  title: Installed\r\n  owner: kim-lee\r\n  due: 2027-01-10\r\n'),
    );
  });

  it("fills the template's `commitments: []`, keeping its comment and the example lines", async () => {
    await expectEdit(
      ['add', 'northwind/template', 'commitment', '--id', 'order-doors', '--what', 'Order the doors', '--owner', 'omar-haddad', '--due', '2026-12-01'],
      'accounts/northwind/template.mdx',
      replaceOnce(
        TEMPLATE,
        'commitments: []                # replace [] with entries such as:\n',
        'commitments:                   # replace [] with entries such as:\n  - id: order-doors\n    what: Order the doors\n    owner: omar-haddad\n    due: 2026-12-01\n',
      ),
    );
  });

  it('quotes an id YAML would read as a number', async () => {
    await expectEdit(
      ['add', 'northwind/template', 'milestone', '--id', '2027', '--title', 'Doors: live', '--due', '2027-01-04'],
      'accounts/northwind/template.mdx',
      replaceOnce(TEMPLATE, 'milestones: []                 # replace', 'milestones:                    # replace').replace(
        '#   - id: pilot\n',
        '  - id: "2027"\n    title: "Doors: live"\n    due: 2027-01-04\n#   - id: pilot\n',
      ),
    );
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    const hash = fixture().hash();
    const result = await run('add', 'northwind/template', 'milestone', '--id', 'doors-live', '--title', 'Doors live', '--due', '2026-12-20', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+  - id: doors-live\n');
    expect(result.stderr).toMatch(/\(dry run: nothing was written\)\n$/);
    expect(fixture().hash()).toBe(hash);
  });
});

describe('refused, leaving every byte as it was', () => {
  const commitment = (plan: string, ...rest: string[]) => ['add', plan, 'commitment', '--id', 'x', '--what', 'X', '--due', '2026-12-15', ...rest];
  const agreed = ['--told', 'Bob Smith', '--reason', 'Asked for'];
  it.each([
    {
      argv: commitment('northwind/yard', '--owner', 'omar-haddad'),
      code: 1,
      message:
        "playbook add: the letter of agreement of northwind/yard was signed on 2026-09-02, so a commitment added now is work under the client's signature: say who on the client's side agreed (--told, a contact of Northwind Logistics) and why (--reason); missing: --told NAME and --reason TEXT.\n",
    },
    { argv: ['add', 'northwind/yard', 'milestone', '--id', 'x', '--title', 'X', '--due', '2026-12-15', '--told', 'Bob Smith'], code: 1, message: /; missing: --reason TEXT\.\n$/ },
    {
      argv: commitment('northwind/yard', '--owner', 'omar-haddad', '--told', 'jane-doe', '--reason', 'r'),
      code: 1,
      message: `playbook add: --told jane-doe is one of our people, but the client must be told: name the contact of Northwind Logistics who was told ("Bob Smith", "Ana O'Neil"); a colleague may be told only of an internal commitment.\n`,
    },
    { argv: commitment('northwind/yard', '--owner', 'omar-haddad', '--told', 'Bob Smyth', '--reason', 'r'), code: 1, message: /--told "Bob Smyth" is not a contact of Northwind Logistics \(did you mean Bob Smith\?\)/ },
    {
      argv: commitment('northwind/yard', '--owner', 'omar-haddad', ...agreed, '--date', '2026-08-30'),
      code: 1,
      message: 'playbook add: --date 2026-08-30 is before the letter of agreement of northwind/yard was signed (2026-09-02): an item added under the signatures is added on or after that day.\n',
    },
    { argv: commitment('northwind/yard', '--owner', 'omar-haddad', ...agreed, '--date', '2026-11-21'), code: 1, message: /--date 2026-11-21 is after today \(2026-11-20\)/ },
    { argv: commitment('northwind/yard', '--owner', 'kim-lee', '--internal', '--told', 'jane-doe'), code: 1, message: /an internal commitment needs no record of its addition, .*: give --reason TEXT, or leave out --told\.\n$/ },
    {
      argv: commitment('fraser/cold-room', '--owner', 'kim-lee', '--told', 'Lee Chan', '--reason', 'r'),
      code: 1,
      message: 'playbook add: fraser/cold-room is not signed by both sides yet, so the new commitment is part of the scope they will sign; leave out --told and --reason (they record an item added after signing).\n',
    },
    { argv: commitment('fraser/cold-room', '--owner', 'kim-lee', '--date', '2026-11-19'), code: 1, message: /leave out --date \(they record/ },
    {
      argv: ['add', 'northwind/rollout', 'milestone', '--id', 'install-scanners', '--title', 'X', '--due', '2026-12-15', ...agreed],
      code: 1,
      message: 'playbook add: northwind/rollout already has a commitment `install-scanners` (Install scanners: all 8 sites); give the new milestone an id of its own.\n',
    },
    { argv: ['add', 'northwind/rollout', 'commitment', '--id', 'pilot', '--what', 'X', '--owner', 'kim-lee', '--due', '2026-12-15', ...agreed], code: 1, message: /already has a milestone `pilot` \(Pilot site live\)/ },
    { argv: ['add', 'northwind/rollout', 'commitment', '--id', 'Site 9', '--what', 'X', '--owner', 'kim-lee', '--due', '2026-12-15'], code: 2, message: /the commitment id `Site 9` is not lowercase kebab-case; use something like `site-9`/ },
    { argv: commitment('northwind/yard', '--owner', 'kim-lee', '--milestone', 'yard', ...agreed), code: 1, message: 'playbook add: --milestone `yard` is not a milestone of northwind/yard (did you mean yard-live?); its milestones are yard-live.\n' },
    { argv: commitment('northwind/yard', '--owner', 'kim-lee', '--after', 'yard-live', ...agreed), code: 1, message: /--after `yard-live` is a milestone of northwind\/yard; --after names commitments it waits for \(use --milestone/ },
    { argv: commitment('northwind/yard', '--owner', 'kim-lee', '--after', 'mount-reader', ...agreed), code: 1, message: /--after `mount-reader` is not a commitment of northwind\/yard \(did you mean mount-readers\?\); its commitments are mount-readers, pay-crew\./ },
    {
      argv: commitment('northwind/yard', '--owner', 'kim-lee', '--chaser', 'omar-haddad', ...agreed),
      code: 1,
      message: "playbook add: --chaser is only for the client's commitments (owned by a contact of Northwind Logistics): kim-lee is one of our people and answers for it.\n",
    },
    { argv: commitment('northwind/yard', '--owner', 'kim-lee', '--internal', '--chaser', 'omar-haddad'), code: 1, message: /an internal commitment is followed up by its owner\.\n$/ },
    { argv: commitment('northwind/yard', '--owner', 'Bob Smith', '--chaser', 'omar-hadad', ...agreed), code: 1, message: /--chaser `omar-hadad` is not a person in content\/people.yaml \(did you mean omar-haddad\?\)/ },
    {
      argv: commitment('northwind/yard', '--owner', 'Bob Smith', '--internal'),
      code: 1,
      message: 'playbook add: --owner "Bob Smith" is a contact of Northwind Logistics, but an internal commitment is between our own teams: its owner is one of our people (a person id).\n',
    },
    {
      argv: commitment('northwind/yard', '--owner', 'Bob', ...agreed),
      code: 1,
      message: `playbook add: --owner "Bob" is neither a contact of Northwind Logistics nor a person in content/people.yaml (did you mean Bob Smith?); use a contact's name ("Bob Smith", "Ana O'Neil") or a person id.\n`,
    },
    { argv: ['add', 'northwind/yard', 'commitment', '--id', 'x', '--what', 'X', '--owner', 'kim-lee', '--due', 'next week'], code: 2, message: /--due next week is not a calendar date/ },
    { argv: ['add', 'northwind/yards', 'milestone', '--id', 'x', '--title', 'X', '--due', '2026-12-15'], code: 1, message: /there is no plan `northwind\/yards` \(did you mean northwind\/yard\?\)/ },
    { argv: ['add', 'northwind/yard', 'commitment', '--id', 'x', '--title', 'X', '--owner', 'kim-lee', '--due', '2026-12-15'], code: 2, message: /^playbook add: --title does not apply to a commitment\.\n\nUsage: playbook add/ },
    { argv: ['add', 'northwind/yard', 'milestone', '--id', 'x', '--title', 'X', '--due', '2026-12-15', '--internal'], code: 2, message: /^playbook add: --internal does not apply to a milestone\./ },
    { argv: ['add', 'northwind/yard', 'commitment', '--id', 'x', '--owner', 'kim-lee', '--due', '2026-12-15'], code: 2, message: /^playbook add: --what is required\./ },
    { argv: ['add', 'northwind/yard', 'milestone', '--title', 'X', '--due', '2026-12-15'], code: 2, message: /^playbook add: --id is required\./ },
    { argv: ['add', 'northwind/yard', 'task', '--id', 'x'], code: 2, message: /`task` is not something `playbook add` adds: use commitment or milestone\./ },
    { argv: ['add', 'northwind/yard'], code: 2, message: /name the kind of item \(commitment or milestone\)/ },
    { argv: ['add', 'northwind/yard#x', 'milestone', '--id', 'x', '--title', 'X', '--due', '2026-12-15'], code: 2, message: /is not a plan: write <account>\/<plan>/ },
  ].map((c) => ({ ...c, name: c.argv.slice(1).join(' ') })))('$name', async ({ argv, code, message }) => {
    await expectRefused(argv, code, message);
  });
});
