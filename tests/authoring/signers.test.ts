// `playbook sign` with several signers per side and their titles: a second signer turns a side's
// one signature into a list in the file's style (flow `[{...}, {...}]`; a block map gets a dash,
// moving its lines only when the file's lists need it), a further one is appended; the same signer
// again changes nothing, or with --force corrects the date or title in place.
import { describe, expect, it } from 'vitest';
import { editHarness, replaceOnce } from './helpers/edits.ts';
import { FILES } from './fixture.ts';

/** The customer's signature as a block map, a blank line and a comment in it; lists indented. */
const GATEHOUSE = `---
title: Gatehouse
owner: kim-lee
status: agreed
kickoff: 2026-12-01
agreement:
  customer:
    by: Bob Smith      # in person

    date: 2026-10-01
    title: 'Operations director'
  us: { by: jane-doe, date: 2026-10-02 }   # sales
milestones:
  - id: gate
    title: Gate live
    due: 2027-01-10
---
`;

/** CRLF, indentless lists, only the customer signed. */
const FREEZER = [
  '---',
  'title: Freezer',
  'owner: kim-lee',
  'status: draft',
  'kickoff: 2026-12-01',
  'agreement:',
  '  customer:',
  '    by: Lee Chan',
  '    date: 2026-10-01',
  'milestones:',
  '- id: cold',
  '  title: Cold',
  '  due: 2027-01-10',
  '---',
  '',
].join('\r\n');

/** Both sides already lists (of one): the customer's in block style, ours in flow style. */
const LISTS = `---
title: Lists
owner: kim-lee
status: active
kickoff: 2026-12-01
agreement:
  customer:
    - by: 'Bob Smith'    # wet ink
      date: "2026-10-01"
  us: [{ by: jane-doe, date: 2026-10-02 }]
---
`;

/** Written by hand: a note under the customer's signature, then a blank line and a comment about ours. */
const NOTED = `---
title: Noted
owner: kim-lee
status: agreed
kickoff: 2026-12-01
agreement:
  customer:
    by: Bob Smith
    date: 2026-10-01
    # signed at the kickoff dinner

  # ours waits for legal
  us:
    by: jane-doe
    date: 2026-10-02
---
`;

const FILES_HERE: Record<string, string> = {
  ...FILES,
  'accounts/northwind/gatehouse.mdx': GATEHOUSE,
  'accounts/fraser/freezer.mdx': FREEZER,
  'accounts/northwind/lists.mdx': LISTS,
  'accounts/northwind/noted.mdx': NOTED,
};

const { expectEdit, expectRefused } = editHarness(FILES_HERE);

describe('a second signer on a side', () => {
  // The new signer went after the blank line and the comment about our side, moving them and
  // `us:` into the customer's list: the YAML broke and the command refused a file it should edit.
  it('on a block signature with a note under it, stops before the blank line and the comment about the next side', async () => {
    await expectEdit(
      ['sign', 'northwind/noted', '--customer', "Ana O'Neil", '--date', '2026-10-05'],
      'accounts/northwind/noted.mdx',
      replaceOnce(
        NOTED,
        '  customer:\n    by: Bob Smith\n    date: 2026-10-01\n    # signed at the kickoff dinner\n\n',
        "  customer:\n    - by: Bob Smith\n      date: 2026-10-01\n      # signed at the kickoff dinner\n    - by: Ana O'Neil\n      date: 2026-10-05\n\n",
      ),
    );
  });

  it('turns a flow signature into a flow list, keeping its bytes; the summary names who signed before', async () => {
    const rollout = FILES['accounts/northwind/rollout.mdx']!;
    const result = await expectEdit(
      ['sign', 'northwind/rollout', '--customer', "Ana O'Neil", '--customer-title', 'Finance director', '--date', '2026-08-20'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(rollout, '  customer: { by: Bob Smith, date: 2026-08-20 }\n', "  customer: [{ by: Bob Smith, date: 2026-08-20 }, { by: Ana O'Neil, date: 2026-08-20, title: Finance director }]\n"),
    );
    expect(result.stdout).toBe(
      [
        '--- a/content/accounts/northwind/rollout.mdx',
        '+++ b/content/accounts/northwind/rollout.mdx',
        '@@ -4,7 +4,7 @@',
        ' status: active',
        ' kickoff: 2026-09-01',
        ' agreement:',
        '-  customer: { by: Bob Smith, date: 2026-08-20 }',
        "+  customer: [{ by: Bob Smith, date: 2026-08-20 }, { by: Ana O'Neil, date: 2026-08-20, title: Finance director }]",
        '   us: { by: jane-doe, date: 2026-08-20 }',
        ' handoff:',
        '   partner-onboarded: 2026-08-25',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      "Recorded the signature on the letter of agreement of northwind/rollout (Scanner rollout): Ana O'Neil (Finance director) for Northwind Logistics (with Bob Smith), on 2026-08-20.\n",
    );
  });

  it('says when a later signature moves the day the agreement dates from', async () => {
    const rollout = FILES['accounts/northwind/rollout.mdx']!;
    const result = await expectEdit(
      ['sign', 'northwind/rollout', '--us', 'kim-lee'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(rollout, '  us: { by: jane-doe, date: 2026-08-20 }\n', '  us: [{ by: jane-doe, date: 2026-08-20 }, { by: kim-lee, date: 2026-11-20 }]\n'),
    );
    expect(result.stderr).toBe(
      'Recorded the signature on the letter of agreement of northwind/rollout (Scanner rollout): Kim Lee for us (with Jane Doe), on 2026-11-20. The agreement now dates from 2026-11-20 (its latest signature), no longer 2026-08-20.\n',
    );
  });

  it('turns a block signature into a block list: its lines move two columns right, blank lines stay blank, comments stay', async () => {
    await expectEdit(
      ['sign', 'northwind/gatehouse', '--customer', "Ana O'Neil", '--customer-title', 'CFO', '--date', '2026-10-05'],
      'accounts/northwind/gatehouse.mdx',
      replaceOnce(
        GATEHOUSE,
        "  customer:\n    by: Bob Smith      # in person\n\n    date: 2026-10-01\n    title: 'Operations director'\n",
        "  customer:\n    - by: Bob Smith      # in person\n\n      date: 2026-10-01\n      title: 'Operations director'\n    - by: Ana O'Neil\n      date: 2026-10-05\n      title: CFO\n",
      ),
    );
  });

  it('in a file of indentless lists, only the first line of a block signature changes (CRLF kept)', async () => {
    const result = await expectEdit(
      ['sign', 'fraser/freezer', '--customer', 'Sam Ortiz', '--us', 'kim-lee', '--us-title', 'Delivery lead', '--date', '2026-11-02'],
      'accounts/fraser/freezer.mdx',
      replaceOnce(
        FREEZER,
        '  customer:\r\n    by: Lee Chan\r\n    date: 2026-10-01\r\n',
        '  customer:\r\n  - by: Lee Chan\r\n    date: 2026-10-01\r\n  - by: Sam Ortiz\r\n    date: 2026-11-02\r\n  us: { by: kim-lee, date: 2026-11-02, title: Delivery lead }\r\n',
      ),
    );
    expect(result.stderr).toBe(
      'Recorded the signatures on the letter of agreement of fraser/freezer (Freezer): Sam Ortiz for Fraser Cold Storage (with Lee Chan) and Kim Lee (Delivery lead) for us, on 2026-11-02. ' +
        "Both sides have now signed: an item added to the plan from now on needs who on the client's side agreed, and why (`playbook add ... --told NAME --reason TEXT`).\n",
    );
  });
});

describe('a side that is already a list', () => {
  it('gets a block entry in a block list and a flow entry in a flow list', async () => {
    const result = await expectEdit(
      ['sign', 'northwind/lists', '--customer', "Ana O'Neil", '--us', 'omar-haddad', '--us-title', 'Operations: field', '--date', '2026-10-03'],
      'accounts/northwind/lists.mdx',
      replaceOnce(
        LISTS,
        '      date: "2026-10-01"\n  us: [{ by: jane-doe, date: 2026-10-02 }]\n',
        '      date: "2026-10-01"\n    - by: Ana O\'Neil\n      date: 2026-10-03\n  us: [{ by: jane-doe, date: 2026-10-02 }, { by: omar-haddad, date: 2026-10-03, title: "Operations: field" }]\n',
      ),
    );
    expect(result.stderr).toBe(
      "Recorded the signatures on the letter of agreement of northwind/lists (Lists): Ana O'Neil for Northwind Logistics (with Bob Smith) and Omar Haddad (Operations: field) for us (with Jane Doe), on 2026-10-03. " +
        'The agreement now dates from 2026-10-03 (its latest signature), no longer 2026-10-02.\n',
    );
  });
});

describe('the same signer again', () => {
  it('with --force, corrects the date of an entry of a list in place, keeping its quotes and comment', async () => {
    const result = await expectEdit(
      ['sign', 'northwind/lists', '--customer', 'Bob Smith', '--date', '2026-09-30', '--force'],
      'accounts/northwind/lists.mdx',
      replaceOnce(LISTS, 'date: "2026-10-01"', 'date: "2026-09-30"'),
    );
    expect(result.stderr).toBe('Corrected the signature of Bob Smith for Northwind Logistics on the letter of agreement of northwind/lists (Lists): now dated 2026-09-30.\n');
  });

  it('with --force, corrects a block signature\'s title in place, keeping its quotes; its date stays without --date', async () => {
    await expectEdit(
      ['sign', 'northwind/gatehouse', '--customer', 'Bob Smith', '--customer-title', "Ops director (acting)", '--force'],
      'accounts/northwind/gatehouse.mdx',
      replaceOnce(GATEHOUSE, "title: 'Operations director'", "title: 'Ops director (acting)'"),
    );
  });

  it.each([
    {
      argv: ['sign', 'northwind/gatehouse', '--customer', 'Bob Smith'],
      message: 'playbook sign: northwind/gatehouse is already signed by the customer: Bob Smith (Operations director) on 2026-10-01; nothing to change.\n',
    },
    {
      argv: ['sign', 'northwind/gatehouse', '--customer', 'Bob Smith', '--customer-title', 'Operations director', '--date', '2026-10-01'],
      message: 'playbook sign: northwind/gatehouse is already signed by the customer: Bob Smith (Operations director) on 2026-10-01; nothing to change.\n',
    },
    {
      argv: ['sign', 'northwind/gatehouse', '--customer', 'Bob Smith', '--customer-title', 'COO'],
      message: 'playbook sign: northwind/gatehouse is already signed by the customer: Bob Smith (Operations director) on 2026-10-01; pass --force to change the title of that signature.\n',
    },
    {
      argv: ['sign', 'northwind/gatehouse', '--customer', 'Bob Smith', '--customer-title', 'COO', '--date', '2026-10-02'],
      message: /pass --force to change the date and title of that signature\.\n$/,
    },
    {
      argv: ['sign', 'northwind/lists', '--us', 'jane-doe', '--date', '2026-10-03'],
      message: 'playbook sign: northwind/lists is already signed by us: jane-doe on 2026-10-02; pass --force to change the date of that signature.\n',
    },
    {
      argv: ['sign', 'northwind/lists', '--customer', 'Bob Smith', '--us', 'kim-lee'],
      message: 'playbook sign: northwind/lists is already signed by the customer: Bob Smith on 2026-10-01; nothing to change (leave out --customer to record only the other signature).\n',
    },
  ].map((c) => ({ ...c, name: c.argv.slice(2).join(' ') })))('is refused: $name', async ({ argv, message }) => {
    await expectRefused(argv, 1, message);
  });
});

describe('usage', () => {
  it.each([
    { argv: ['sign', 'northwind/lists', '--customer', 'Bob Smith', '--customer', "Ana O'Neil"], message: /^playbook sign: one --customer per run: record "Bob Smith" and "Ana O'Neil" with one `playbook sign` each \(each with its own --customer-title\)\.\n\nUsage: playbook sign/ },
    { argv: ['sign', 'northwind/lists', '--us-title', 'CEO'], message: /^playbook sign: --us-title needs --us: the title is the role of the signer it names\./ },
    { argv: ['sign', 'northwind/lists', '--customer', 'Bob Smith', '--customer-title', ' '], message: /^playbook sign: --customer-title must not be empty\.\n\nUsage: playbook sign/ },
  ])('$argv', async ({ argv, message }) => {
    await expectRefused(argv, 2, message);
  });
});
