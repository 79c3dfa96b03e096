// owner-absent: an account in onboarding, delivery or partner whose owner's own last touchpoint
// that reaches the client (or `since`) is more than `owner_touch_every` before today. With L the
// owner's last contact, c the cadence and T today: absent when L + c < T.
import { describe, expect, it } from 'vitest';
import { account, ACCOUNT_PATH, DEFAULT_SETTINGS, findingsOfRule, type AccountOptions } from '../../helpers/playbook-fixture.ts';

function absentOf(options: AccountOptions, playbookCadence?: string) {
  const settings = playbookCadence ? `${DEFAULT_SETTINGS}owner_touch_every: ${playbookCadence}\n` : DEFAULT_SETTINGS;
  return findingsOfRule('owner-absent', { 'playbook.yaml': settings, [ACCOUNT_PATH]: account(options) });
}

const message = (since: string, cadence: string, due: string) =>
  `Jane Doe, the account's owner, has not talked to Northwind Logistics since ${since}; owners keep in touch ${cadence} after the handoff, so a call was due ${due}, even while delivery is in touch`;

// One name in two Unicode forms: composed (NFC) and decomposed (NFD: `e` + U+0301, from macOS input
// or a PDF), written with escapes so that no editor can make them one.
const JOSE = 'Jos\u00e9 N\u00fa\u00f1ez';
const JOSE_DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';

describe('owner-absent', () => {
  it.each([
    // [case, account cadence, playbook cadence, owner's last touchpoint, expected message or undefined]
    ['playbook default 4w, L + c = T', undefined, undefined, '2026-10-25', undefined],
    ['playbook default 4w, L + c = T - 1', undefined, undefined, '2026-10-24', message('2026-10-24 (29 days ago)', 'every 4 weeks', '2026-11-21')],
    ['playbook 6w, L + c = T', undefined, '6w', '2026-10-11', undefined],
    ['playbook 6w, L + c = T - 1', undefined, '6w', '2026-10-10', message('2026-10-10 (43 days ago)', 'every 6 weeks', '2026-11-21')],
    ['account 10d wins over playbook 6w', '10d', '6w', '2026-11-11', message('2026-11-11 (11 days ago)', 'every 10 days', '2026-11-21')],
    ['account 10d, L + c = T', '10d', undefined, '2026-11-12', undefined],
  ])('%s', (_, ownerTouchEvery, playbookCadence, last, expected) => {
    const findings = absentOf({ ownerTouchEvery, touchpoints: [[last, 'call']] }, playbookCadence);
    expect(findings.map((f) => f.message)).toEqual(expected ? [expected] : []);
  });

  it('counts no touchpoint of the owner dated after today', () => {
    expect(absentOf({ touchpoints: [['2026-10-01', 'call'], ['2026-11-23', 'call']] }).map((f) => f.message)).toEqual([message('2026-10-01 (52 days ago)', 'every 4 weeks', '2026-10-29')]);
  });

  it('points at the owner’s last touchpoint that reached the client, with the owner', () => {
    expect(absentOf({ touchpoints: [['2026-10-01', 'call']] })).toEqual([
      {
        rule: 'owner-absent',
        severity: 'warning',
        file: ACCOUNT_PATH,
        line: 11,
        column: 5,
        subject: 'northwind',
        row: { touchpoint: 0 },
        owner: 'jane-doe',
        message: message('2026-10-01 (52 days ago)', 'every 4 weeks', '2026-10-29'),
      },
    ]);
  });

  it('does not count delivery in touch, nor the owner talking only to our own people', () => {
    const touchpoints: AccountOptions['touchpoints'] = [
      ['2026-10-01', 'call'],
      ['2026-11-20', 'meeting', 'kim-lee'],
      ['2026-11-21', 'meeting', 'jane-doe', ['kim-lee']],
    ];
    expect(absentOf({ touchpoints }).map((f) => [f.line, f.message])).toEqual([[11, message('2026-10-01 (52 days ago)', 'every 4 weeks', '2026-10-29')]]);
  });

  it('counts the owner’s own call with a contact, even with colleagues on it', () => {
    expect(absentOf({ touchpoints: [['2026-11-20', 'visit', 'jane-doe', ['kim-lee', 'Bob Smith']]] })).toEqual([]);
  });

  it('without a touchpoint by the owner, counts from `since` and points at it', () => {
    const findings = absentOf({ since: '2026-10-20', touchpoints: [['2026-11-20', 'call', 'kim-lee']] });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        5,
        8,
        "Jane Doe, the account's owner, has not talked to Northwind Logistics since it became an account on 2026-10-20 (33 days ago) (no touchpoint by them that reaches the client is logged); owners keep in touch every 4 weeks after the handoff, so a call was due 2026-11-17, even while delivery is in touch",
      ],
    ]);
  });

  it.each([
    ['prospect', 0],
    ['onboarding', 1],
    ['delivery', 1],
    ['partner', 1],
    ['paused', 0],
    ['closed', 0],
  ])('an account in stage %s whose owner is long absent gets %i finding(s)', (stage, count) => {
    expect(absentOf({ stage, touchpoints: [['2026-06-01', 'call']] })).toHaveLength(count);
  });

  it('counts a touchpoint whose `with` names a contact in another Unicode form (composed or decomposed accents)', () => {
    const touchpoints = (latest: string): AccountOptions['touchpoints'] => [
      ['2026-10-01', 'call', 'jane-doe', [JOSE]],
      [latest, 'call', 'jane-doe', [JOSE_DECOMPOSED]],
    ];
    const withJose = (latest: string) =>
      findingsOfRule('owner-absent', { 'playbook.yaml': DEFAULT_SETTINGS, [ACCOUNT_PATH]: account({ touchpoints: touchpoints(latest) }).replace('  - name: Bob Smith', `  - name: ${JOSE}`) });
    expect(withJose('2026-11-20')).toEqual([]);
    expect(withJose('2026-10-24').map((f) => [f.line, f.column, f.message])).toEqual([[15, 5, message('2026-10-24 (29 days ago)', 'every 4 weeks', '2026-11-21')]]);
  });
});
