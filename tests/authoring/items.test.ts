// `slip`, `drop` and `done` on milestones as on commitments, named by their title in what they
// print; `--told` a colleague for an internal commitment, a contact for everything else.
import { describe, expect, it } from 'vitest';
import { editHarness, replaceOnce } from './helpers/edits.ts';
import { FILES } from './fixture.ts';
import { PLAN_FILES, YARD } from './plans.ts';

const { expectEdit, expectRefused } = editHarness(PLAN_FILES);

const ROLLOUT = FILES['accounts/northwind/rollout.mdx']!;

describe('milestones slip and drop', () => {
  it('slip moves a block milestone\'s due (keeping its comment) and creates its slips', async () => {
    const result = await expectEdit(
      ['slip', 'northwind/rollout#pilot', '--to', '2026-11-27', '--told', 'Bob Smith', '--reason', 'Pilot site flooded'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(
        ROLLOUT,
        '    due: 2026-10-15          # the pilot\n',
        '    due: 2026-11-27          # the pilot\n    slips:\n      - date: 2026-11-20\n        from: 2026-10-15\n        to: 2026-11-27\n        told: Bob Smith\n        reason: Pilot site flooded\n',
      ),
    );
    expect(result.stdout).toBe(
      [
        '--- a/content/accounts/northwind/rollout.mdx',
        '+++ b/content/accounts/northwind/rollout.mdx',
        '@@ -12,7 +12,13 @@',
        ' milestones:',
        '   - id: pilot',
        '     title: "Pilot site live"',
        '-    due: 2026-10-15          # the pilot',
        '+    due: 2026-11-27          # the pilot',
        '+    slips:',
        '+      - date: 2026-11-20',
        '+        from: 2026-10-15',
        '+        to: 2026-11-27',
        '+        told: Bob Smith',
        '+        reason: Pilot site flooded',
        "   - { id: wave-1, title: 'Wave 1 live', due: 2026-12-15 }",
        ' commitments:',
        '   - id: order-hardware',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('Moved milestone northwind/rollout#pilot (Pilot site live) from 2026-10-15 to 2026-11-27; slip recorded, Bob Smith was told.\n');
  });

  it('slip works in a flow milestone, in flow style', async () => {
    await expectEdit(
      ['slip', 'northwind/rollout#wave-1', '--to', '2027-01-15', '--told', "Ana O'Neil", '--reason', 'Holidays', '--workaround', 'Wave 1a, then 1b', '--date', '2026-11-19'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(
        ROLLOUT,
        "due: 2026-12-15 }",
        'due: 2027-01-15, slips: [{ date: 2026-11-19, from: 2026-12-15, to: 2027-01-15, told: Ana O\'Neil, reason: Holidays, workaround: "Wave 1a, then 1b" }] }',
      ),
    );
  });

  it('drop records `dropped` in a milestone, before the comment that ends it', async () => {
    const result = await expectEdit(
      ['drop', 'northwind/yard#yard-live', '--reason', 'Gate readers cancelled', '--told', 'Bob Smith'],
      'accounts/northwind/yard.mdx',
      replaceOnce(YARD, '    due: 2026-12-01\n', '    due: 2026-12-01\n    dropped:\n      date: 2026-11-20\n      reason: Gate readers cancelled\n      told: Bob Smith\n'),
    );
    expect(result.stderr).toBe('Dropped milestone northwind/yard#yard-live (Yard live) on 2026-11-20; Bob Smith was told.\n');
  });

  it('drop works in a flow milestone', async () => {
    await expectEdit(
      ['drop', 'northwind/rollout#wave-1', '--reason', 'Merged into the pilot', '--told', 'Bob Smith', '--date', '2026-11-02'],
      'accounts/northwind/rollout.mdx',
      replaceOnce(ROLLOUT, 'due: 2026-12-15 }', 'due: 2026-12-15, dropped: { date: 2026-11-02, reason: Merged into the pilot, told: Bob Smith } }'),
    );
  });

  it('done names the milestone by its title', async () => {
    const result = await expectEdit(['done', 'northwind/yard#yard-live', '--date', '2026-11-19'], 'accounts/northwind/yard.mdx', replaceOnce(YARD, '    due: 2026-12-01\n', '    due: 2026-12-01\n    done: 2026-11-19\n'));
    expect(result.stderr).toBe('Marked milestone northwind/yard#yard-live (Yard live) done on 2026-11-19.\n');
  });
});

describe('--told for an internal commitment may be a colleague', () => {
  it('slip, told a person id', async () => {
    const result = await expectEdit(
      ['slip', 'northwind/yard#pay-crew', '--to', '2026-12-04', '--told', 'jane-doe', '--reason', 'Invoice late'],
      'accounts/northwind/yard.mdx',
      replaceOnce(
        YARD,
        '    due: 2026-11-30   # end of month\n',
        '    due: 2026-12-04   # end of month\n    slips:\n      - date: 2026-11-20\n        from: 2026-11-30\n        to: 2026-12-04\n        told: jane-doe\n        reason: Invoice late\n',
      ),
    );
    expect(result.stderr).toBe('Moved commitment northwind/yard#pay-crew (Pay the install crew) from 2026-11-30 to 2026-12-04; slip recorded, Jane Doe was told.\n');
  });

  it('drop, told a person id', async () => {
    await expectEdit(
      ['drop', 'northwind/yard#pay-crew', '--told', 'omar-haddad', '--reason', 'Paid by the client'],
      'accounts/northwind/yard.mdx',
      replaceOnce(YARD, '# end of month\n', '# end of month\n    dropped:\n      date: 2026-11-20\n      reason: Paid by the client\n      told: omar-haddad\n'),
    );
  });

  it('or a contact', async () => {
    await expectEdit(
      ['drop', 'northwind/yard#pay-crew', '--told', 'Bob Smith', '--reason', 'Paid by the client'],
      'accounts/northwind/yard.mdx',
      replaceOnce(YARD, '# end of month\n', '# end of month\n    dropped:\n      date: 2026-11-20\n      reason: Paid by the client\n      told: Bob Smith\n'),
    );
  });
});

describe('refused, leaving every byte as it was', () => {
  const ours = `a colleague may be told only of an internal commitment.\n`;
  it.each([
    {
      argv: ['slip', 'northwind/yard#mount-readers', '--to', '2026-12-11', '--told', 'jane-doe', '--reason', 'x'],
      code: 1,
      message: `playbook slip: --told jane-doe is one of our people, but the client must be told: name the contact of Northwind Logistics who was told ("Bob Smith", "Ana O'Neil"); ${ours}`,
    },
    { argv: ['drop', 'northwind/yard#yard-live', '--told', 'kim-lee', '--reason', 'x'], code: 1, message: /^playbook drop: --told kim-lee is one of our people, but the client must be told/ },
    { argv: ['slip', 'northwind/rollout#pilot', '--to', '2026-12-01', '--told', 'Bob', '--reason', 'x'], code: 1, message: /--told "Bob" is not a contact of Northwind Logistics \(did you mean Bob Smith\?\)/ },
    {
      argv: ['slip', 'northwind/yard#pay-crew', '--to', '2026-12-04', '--told', 'jane-do', '--reason', 'x'],
      code: 1,
      message: `playbook slip: --told "jane-do" is neither a contact of Northwind Logistics nor a person in content/people.yaml (did you mean jane-doe?); use a contact's name ("Bob Smith", "Ana O'Neil") or a person id.\n`,
    },
    { argv: ['slip', 'northwind/yard#yard-live', '--to', '2026-12-01', '--told', 'Bob Smith', '--reason', 'x'], code: 1, message: 'playbook slip: the milestone northwind/yard#yard-live (Yard live) is already due 2026-12-01; --to must be the new due date.\n' },
    {
      argv: ['slip', 'northwind/rollout#order-hardware', '--to', '2026-12-01', '--told', 'Bob Smith', '--reason', 'x'],
      code: 1,
      message: 'playbook slip: the commitment northwind/rollout#order-hardware (Order the scanners) was already done on 2026-09-28; nothing to slip.\n',
    },
    { argv: ['done', 'northwind/rollout#order-hardware'], code: 1, message: 'playbook done: the commitment northwind/rollout#order-hardware (Order the scanners) is already marked done on 2026-09-28; nothing was written.\n' },
  ].map((c) => ({ ...c, name: c.argv.join(' ') })))('$name', async ({ argv, code, message }) => {
    await expectRefused(argv, code, message);
  });

});

describe('a dropped milestone', () => {
  const dropped = editHarness({
    ...PLAN_FILES,
    'accounts/northwind/yard.mdx': YARD.replace('    due: 2026-12-01\n', "    due: 2026-12-01\n    dropped: { date: 2026-11-02, reason: 'Readers cancelled', told: Bob Smith }\n"),
  });
  it.each([
    { argv: ['drop', 'northwind/yard#yard-live', '--reason', 'x', '--told', 'Bob Smith'], message: 'playbook drop: the milestone northwind/yard#yard-live (Yard live) was dropped on 2026-11-02; nothing to drop.\n' },
    { argv: ['slip', 'northwind/yard#yard-live', '--to', '2027-01-05', '--reason', 'x', '--told', 'Bob Smith'], message: 'playbook slip: the milestone northwind/yard#yard-live (Yard live) was dropped on 2026-11-02; nothing to slip.\n' },
    { argv: ['done', 'northwind/yard#yard-live'], message: 'playbook done: the milestone northwind/yard#yard-live (Yard live) was dropped on 2026-11-02; a dropped milestone cannot also be done.\n' },
  ].map((c) => ({ ...c, name: c.argv[0]! })))('cannot be $name', async ({ argv, message }) => {
    await dropped.expectRefused(argv, 1, message);
  });
});
