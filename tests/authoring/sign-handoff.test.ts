// `playbook sign` and `playbook handoff`: the agreement's signatures and the handoff checklist's
// dates, written into plans as `new plan` leaves them (`agreement: {}` and `handoff: {}` followed
// by comments), as people write them (flow signatures, odd quoting, comments), or not at all.
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, FILES, fakeIo, makeFixture, NOW, type Fixture } from './fixture.ts';

/** As `playbook new plan` writes it. */
const TEMPLATE = `---
title: Dock doors
owner: kim-lee
status: draft
kickoff: 2026-10-01
agreement: {}                  # the letter of agreement; once signed, replace {} with:
#   customer: { by: Bob Smith, date: YYYY-MM-DD } # a contact of the account
#   us: { by: jane-doe, date: YYYY-MM-DD } # a person id
handoff: {}                    # the handoff checklist; as items are done, replace {} with:
#   partner-onboarded: YYYY-MM-DD # Partner onboarded
#   delivery-briefed: YYYY-MM-DD # Delivery team briefed
milestones: []
commitments: []
---
Body with <abbr data-a={1} />.
`;

/** Half signed, half handed over, quoted every which way. */
const HALF = `---
title: "Cold room"   # half done
owner: kim-lee
status: agreed
kickoff: 2026-12-01
agreement:
  us: { by: 'jane-doe', date: "2026-10-02" }   # signed first
handoff:
  delivery-briefed: '2026-10-03'   # the briefing
milestones: []
---
`;

/** The customer signed, with quotes. */
const CUSTOMER = `---
title: Yard
owner: kim-lee
status: draft
kickoff: 2026-12-01
agreement:
  # at the kickoff meeting
  customer: { by: 'Bob Smith', date: "2026-10-01" }   # wet ink
milestones: []
---
`;

/** Neither block yet. */
const NONE = `---
title: Cold chain   # no agreement yet
owner: kim-lee
status: draft
kickoff: 2026-12-01
milestones: []
---
`;

const PLANS: Record<string, string> = {
  'accounts/northwind/template.mdx': TEMPLATE,
  'accounts/northwind/half.mdx': HALF,
  'accounts/northwind/customer.mdx': CUSTOMER,
  'accounts/northwind/none.mdx': NONE,
};
const ALL = { ...FILES, ...PLANS };

let fixture: Fixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

async function run(...argv: string[]) {
  fixture ??= makeFixture(ALL);
  const { io, stdout, stderr } = fakeIo(fixture.root);
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Runs the command and checks that only `contentPath` changed, into `expected`, with no error. */
async function expectEdit(argv: string[], contentPath: string, expected: string) {
  const result = await run(...argv);
  expect(result.code, result.stderr).toBe(0);
  const f = fixture!;
  expect(f.read(contentPath)).toBe(expected);
  for (const [path, text] of Object.entries(ALL)) if (path !== contentPath) expect(f.read(path), path).toBe(text);
  expect(f.list().filter((p) => p.includes('.tmp'))).toEqual([]);
  const check = checkPlaybook(f.content, { asOf: AS_OF, now: NOW, cwd: f.root });
  expect(check.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  return result;
}

describe('playbook sign', () => {
  it('fills the template\'s `agreement: {}`, keeping its comments, both sides at once', async () => {
    const result = await expectEdit(
      ['sign', 'northwind/template', '--customer', "Ana O'Neil", '--us', 'kim-lee', '--date', '2026-11-19'],
      'accounts/northwind/template.mdx',
      TEMPLATE.replace(
        'agreement: {}                  # the letter',
        "agreement:                     # the letter",
      ).replace(
        'once signed, replace {} with:\n',
        "once signed, replace {} with:\n  customer: { by: Ana O'Neil, date: 2026-11-19 }\n  us: { by: kim-lee, date: 2026-11-19 }\n",
      ),
    );
    expect(result.stdout).toMatch(/^-agreement: \{\} {18}# the letter/m);
    expect(result.stderr).toBe(
      "Recorded the signatures on the letter of agreement of northwind/template (Dock doors): Ana O'Neil for Northwind Logistics and Kim Lee for us, on 2026-11-19. " +
        "Both sides have now signed: an item added to the plan from now on needs who on the client's side agreed, and why (`playbook add ... --told NAME --reason TEXT`).\n",
    );
  });

  it('adds the customer before our signature, in the block as written', async () => {
    await expectEdit(
      ['sign', 'northwind/half', '--customer', 'Bob Smith'],
      'accounts/northwind/half.mdx',
      HALF.replace('agreement:\n', 'agreement:\n  customer: { by: Bob Smith, date: 2026-11-20 }\n'),
    );
  });

  it('adds our signature after the customer\'s', async () => {
    await expectEdit(
      ['sign', 'northwind/customer', '--us', 'jane-doe', '--date', '2026-11-02'],
      'accounts/northwind/customer.mdx',
      CUSTOMER.replace('# wet ink\n', '# wet ink\n  us: { by: jane-doe, date: 2026-11-02 }\n'),
    );
  });

  it('with --force, corrects the same signer\'s date in place, keeping its quotes and comment, and adds a title', async () => {
    const result = await expectEdit(
      ['sign', 'northwind/customer', '--customer', 'Bob Smith', '--customer-title', 'Operations director', '--date', '2026-11-03', '--force'],
      'accounts/northwind/customer.mdx',
      CUSTOMER.replace(`{ by: 'Bob Smith', date: "2026-10-01" }`, `{ by: 'Bob Smith', date: "2026-11-03", title: Operations director }`),
    );
    expect(result.stderr).toBe('Corrected the signature of Bob Smith for Northwind Logistics on the letter of agreement of northwind/customer (Yard): now dated 2026-11-03 and titled Operations director.\n');
  });

  it('creates the `agreement:` block where the schema puts it', async () => {
    await expectEdit(
      ['sign', 'northwind/none', '--us', 'omar-haddad'],
      'accounts/northwind/none.mdx',
      NONE.replace('kickoff: 2026-12-01\n', 'kickoff: 2026-12-01\nagreement:\n  us: { by: omar-haddad, date: 2026-11-20 }\n'),
    );
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    fixture = makeFixture(ALL);
    const hash = fixture.hash();
    const result = await run('sign', 'northwind/none', '--us', 'omar-haddad', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\+agreement:$/m);
    expect(result.stderr).toMatch(/\(dry run: nothing was written\)\n$/);
    expect(fixture.hash()).toBe(hash);
  });
});

describe('playbook handoff', () => {
  it('fills the template\'s `handoff: {}`, keeping its comments', async () => {
    const result = await expectEdit(
      ['handoff', 'northwind/template', 'delivery-briefed', '--date', '2026-11-18'],
      'accounts/northwind/template.mdx',
      TEMPLATE.replace(
        'handoff: {}                    # the handoff checklist; as items are done, replace {} with:\n',
        'handoff:                       # the handoff checklist; as items are done, replace {} with:\n  delivery-briefed: 2026-11-18\n',
      ),
    );
    expect(result.stderr).toBe('Recorded the handoff item delivery-briefed (Delivery team briefed) of northwind/template (Dock doors) as done on 2026-11-18.\n');
  });

  it('adds an item in the checklist\'s order', async () => {
    await expectEdit(
      ['handoff', 'northwind/half', 'partner-onboarded'],
      'accounts/northwind/half.mdx',
      HALF.replace('handoff:\n', 'handoff:\n  partner-onboarded: 2026-11-20\n'),
    );
  });

  it('with --force, changes a date in place, keeping its quotes and comment', async () => {
    await expectEdit(
      ['handoff', 'northwind/half', 'delivery-briefed', '--date', '2026-10-04', '--force'],
      'accounts/northwind/half.mdx',
      HALF.replace("delivery-briefed: '2026-10-03'", "delivery-briefed: '2026-10-04'"),
    );
  });

  it('creates the `handoff:` block where the schema puts it', async () => {
    await expectEdit(
      ['handoff', 'northwind/none', 'partner-onboarded', '--date', '2026-11-01'],
      'accounts/northwind/none.mdx',
      NONE.replace('kickoff: 2026-12-01\n', 'kickoff: 2026-12-01\nhandoff:\n  partner-onboarded: 2026-11-01\n'),
    );
  });
});

describe('refused, leaving every byte as it was', () => {
  it.each([
    { argv: ['sign', 'northwind/half', '--us', 'jane-doe', '--date', '2026-10-03'], code: 1, message: /^playbook sign: northwind\/half is already signed by us: jane-doe on 2026-10-02; pass --force to change the date of that signature\.\n$/ },
    { argv: ['sign', 'northwind/half', '--us', 'jane-doe'], code: 1, message: /^playbook sign: northwind\/half is already signed by us: jane-doe on 2026-10-02; nothing to change\.\n$/ },
    { argv: ['sign', 'northwind/customer', '--customer', 'Bob Smith', '--us', 'kim-lee'], code: 1, message: /^playbook sign: northwind\/customer is already signed by the customer: Bob Smith on 2026-10-01; nothing to change \(leave out --customer to record only the other signature\)\.\n$/ },
    { argv: ['sign', 'northwind/none', '--customer', 'Bob'], code: 1, message: /--customer "Bob" is not a contact of Northwind Logistics \(did you mean Bob Smith\?\)/ },
    { argv: ['sign', 'northwind/none', '--us', 'kim'], code: 1, message: /--us `kim` is not a person in content\/people.yaml/ },
    { argv: ['sign', 'northwind/none', '--us', 'kim-lee', '--date', '2026-11-21'], code: 1, message: /--date 2026-11-21 is after today \(2026-11-20\)/ },
    { argv: ['sign', 'northwind/nones', '--us', 'kim-lee'], code: 1, message: /no plan `northwind\/nones` \(did you mean northwind\/none\?\)/ },
    { argv: ['sign', 'northwind/none'], code: 2, message: /^playbook sign: name who signed: --customer, --us or both\.\n\nUsage: playbook sign/ },
    { argv: ['sign', 'northwind/none#x', '--us', 'kim-lee'], code: 2, message: /is not a plan: write <account>\/<plan>/ },
    { argv: ['handoff', 'northwind/half', 'delivery-briefed'], code: 1, message: /^playbook handoff: northwind\/half: the handoff item delivery-briefed is already dated 2026-10-03; pass --force to change the date\.\n$/ },
    { argv: ['handoff', 'northwind/half', 'partner-onboard'], code: 1, message: /`partner-onboard` is not an item of the handoff checklist in content\/playbook.yaml \(did you mean partner-onboarded\?\); the items are partner-onboarded, delivery-briefed\./ },
    { argv: ['handoff', 'northwind/half', 'partner-onboarded', '--date', '2026-12-01'], code: 1, message: /after today/ },
    { argv: ['handoff', 'northwind/half'], code: 2, message: /name the handoff item/ },
  ].map((c) => ({ ...c, name: c.argv.join(' ') })))('$name', async ({ argv, code, message }) => {
    fixture = makeFixture(ALL);
    const hash = fixture.hash();
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(fixture.hash()).toBe(hash);
  });
});
