// A contact named on the command line in another Unicode form than the account's `contacts` write
// it (decomposed accents, as macOS input, some terminals and text copied out of a PDF produce) is
// that contact, and what the command writes is the name as `contacts` write it.
import { describe, expect, it } from 'vitest';
import { editHarness, replaceOnce } from './helpers/edits.ts';
import { FILES } from './fixture.ts';

// Escapes, so that no editor can make the two forms one.
const COMPOSED = 'Jos\u00e9 N\u00fa\u00f1ez';
const DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';

const ACCOUNT_PATH = 'accounts/northwind/index.mdx';
const PLAN_PATH = 'accounts/northwind/rollout.mdx';
const ACCOUNT = replaceOnce(FILES[ACCOUNT_PATH]!, `  - name: "Ana O'Neil"\n`, `  - name: "Ana O'Neil"\n  - name: ${COMPOSED}\n`);
const PLAN = FILES[PLAN_PATH]!;
const SITE_8 = '  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-20 }\n';

describe('a contact typed with decomposed accents on the command line', () => {
  const { expectEdit } = editHarness({ ...FILES, [ACCOUNT_PATH]: ACCOUNT });

  it('log --with: the touchpoint names the contact as `contacts` write it', async () => {
    const result = await expectEdit(
      ['log', 'northwind', '--by', 'jane-doe', '--with', DECOMPOSED, '--kind', 'call'],
      ACCOUNT_PATH,
      replaceOnce(ACCOUNT, '    kind: meeting\n# end', `    kind: meeting\n  - date: 2026-11-20\n    by: jane-doe\n    with: [${COMPOSED}]\n    kind: call\n# end`),
    );
    // Not "it names none of the contacts": it reaches the client.
    expect(result.stderr).toBe(`Logged a call of 2026-11-20 by Jane Doe with ${COMPOSED} for Northwind Logistics.\n`);
  });

  it('slip --told', async () => {
    const result = await expectEdit(
      ['slip', 'northwind/rollout#site-8', '--to', '2026-12-22', '--told', DECOMPOSED, '--reason', 'Crane booked late'],
      PLAN_PATH,
      replaceOnce(PLAN, SITE_8, `  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-22, slips: [{ date: 2026-11-20, from: 2026-12-20, to: 2026-12-22, told: ${COMPOSED}, reason: Crane booked late }] }\n`),
    );
    expect(result.stderr).toBe(`Moved commitment northwind/rollout#site-8 (Install site 8) from 2026-12-20 to 2026-12-22; slip recorded, ${COMPOSED} was told.\n`);
  });

  it('drop --told', async () => {
    await expectEdit(
      ['drop', 'northwind/rollout#site-8', '--told', DECOMPOSED, '--reason', 'Site closed'],
      PLAN_PATH,
      replaceOnce(PLAN, SITE_8, `  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-20, dropped: { date: 2026-11-20, reason: Site closed, told: ${COMPOSED} } }\n`),
    );
  });

  it('add --owner and --told: a commitment of the client\'s', async () => {
    const result = await expectEdit(
      ['add', 'northwind/rollout', 'commitment', '--id', 'floor-plans', '--what', 'Send the floor plans', '--owner', DECOMPOSED, '--due', '2026-12-10', '--told', DECOMPOSED, '--reason', 'Needed for the survey'],
      PLAN_PATH,
      replaceOnce(PLAN, SITE_8, `${SITE_8}  - { id: floor-plans, what: Send the floor plans, owner: ${COMPOSED}, due: 2026-12-10, added: { date: 2026-11-20, told: ${COMPOSED}, reason: Needed for the survey } }\n`),
    );
    expect(result.stderr).toBe(
      `Added the commitment northwind/rollout#floor-plans (Send the floor plans) to Scanner rollout: owner ${COMPOSED} (client), chased by Kim Lee (the plan's owner), due 2026-12-10. Recorded as added after signing: ${COMPOSED} agreed on 2026-11-20.\n`,
    );
  });

  it('sign --customer', async () => {
    await expectEdit(
      ['sign', 'northwind/rollout', '--customer', DECOMPOSED, '--date', '2026-08-21'],
      PLAN_PATH,
      replaceOnce(PLAN, '  customer: { by: Bob Smith, date: 2026-08-20 }\n', `  customer: [{ by: Bob Smith, date: 2026-08-20 }, { by: ${COMPOSED}, date: 2026-08-21 }]\n`),
    );
  });
});

describe('a signature written with decomposed accents', () => {
  const plan = replaceOnce(PLAN, '  customer: { by: Bob Smith, date: 2026-08-20 }\n', `  customer: { by: ${DECOMPOSED}, date: 2026-08-20 }\n`);
  const { expectRefused } = editHarness({ ...FILES, [ACCOUNT_PATH]: ACCOUNT, [PLAN_PATH]: plan });

  it('is the signature of the contact named composed: sign refuses to record it twice, quoting it as written', async () => {
    await expectRefused(
      ['sign', 'northwind/rollout', '--customer', COMPOSED, '--date', '2026-08-21'],
      1,
      `playbook sign: northwind/rollout is already signed by the customer: ${DECOMPOSED} on 2026-08-20; pass --force to change the date of that signature.\n`,
    );
  });
});
