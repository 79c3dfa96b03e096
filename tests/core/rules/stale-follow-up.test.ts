// stale-follow-up: an account (not paused or closed) whose last touchpoint, or `since` if none, is
// more than its cadence before today. With last contact L, cadence c and today T: stale when L + c < T.
import { describe, expect, it } from 'vitest';
import { account, ACCOUNT_PATH, DEFAULT_SETTINGS, findingsOfRule, type AccountOptions } from '../../helpers/playbook-fixture.ts';

function staleOf(options: AccountOptions, playbookCadence?: string) {
  const settings = playbookCadence ? `${DEFAULT_SETTINGS}follow_up_every: ${playbookCadence}\n` : DEFAULT_SETTINGS;
  return findingsOfRule('stale-follow-up', { 'playbook.yaml': settings, [ACCOUNT_PATH]: account(options) });
}

const message = (since: string, cadence: string, due: string) =>
  `Nobody has been in touch with Northwind Logistics since ${since}; the cadence is ${cadence}, so a follow-up was due ${due}; owner Jane Doe`;

// One name in two Unicode forms: composed (NFC) and decomposed (NFD: `e` + U+0301, from macOS input
// or a PDF), written with escapes so that no editor can make them one.
const JOSE = 'Jos\u00e9 N\u00fa\u00f1ez';
const JOSE_DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';

describe('stale-follow-up', () => {
  it.each([
    // [cadence source, account cadence, playbook cadence, last touchpoint, expected message or undefined]
    ['playbook default 2w, L + c = T', undefined, undefined, '2026-11-08', undefined],
    ['playbook default 2w, L + c = T - 1', undefined, undefined, '2026-11-07', message('2026-11-07 (15 days ago)', 'every 2 weeks', '2026-11-21')],
    ['playbook 3w, L + c = T', undefined, '3w', '2026-11-01', undefined],
    ['playbook 3w, L + c = T - 1', undefined, '3w', '2026-10-31', message('2026-10-31 (22 days ago)', 'every 3 weeks', '2026-11-21')],
    ['account 10d, L + c = T', '10d', undefined, '2026-11-12', undefined],
    ['account 10d, L + c = T - 1', '10d', undefined, '2026-11-11', message('2026-11-11 (11 days ago)', 'every 10 days', '2026-11-21')],
    ['account 1w, L + c = T', '1w', undefined, '2026-11-15', undefined],
    ['account 1w, L + c = T - 1', '1w', undefined, '2026-11-14', message('2026-11-14 (8 days ago)', 'every week', '2026-11-21')],
    ['account 1d, L + c = T', '1d', undefined, '2026-11-21', undefined],
    ['account 1d, L + c = T - 1', '1d', undefined, '2026-11-20', message('2026-11-20 (2 days ago)', 'every 1 day', '2026-11-21')],
    ['account 10d wins over playbook 3w', '10d', '3w', '2026-11-11', message('2026-11-11 (11 days ago)', 'every 10 days', '2026-11-21')],
    ['account 3w wins over playbook 1w', '3w', '1w', '2026-11-01', undefined],
  ])('%s', (_, followUpEvery, playbookCadence, last, expected) => {
    const findings = staleOf({ followUpEvery, touchpoints: [[last, 'call']] }, playbookCadence);
    expect(findings.map((f) => f.message)).toEqual(expected ? [expected] : []);
  });

  it('points at the last touchpoint and names the account owner', () => {
    expect(staleOf({ touchpoints: [[`2026-11-01`, 'email']] })).toEqual([
      {
        rule: 'stale-follow-up',
        severity: 'warning',
        file: ACCOUNT_PATH,
        line: 11,
        column: 5,
        subject: 'northwind',
        row: { touchpoint: 0 },
        owner: 'jane-doe',
        message: message('2026-11-01 (21 days ago)', 'every 2 weeks', '2026-11-15'),
      },
    ]);
  });

  it('counts no touchpoint dated after today (it is a future-date error), and points at the last one that counts', () => {
    const findings = staleOf({ touchpoints: [['2026-11-01', 'call'], ['2026-11-25', 'meeting']] });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([[11, 5, message('2026-11-01 (21 days ago)', 'every 2 weeks', '2026-11-15')]]);
  });

  it('uses the latest touchpoint by date, not the last one written', () => {
    const touchpoints: [string, string][] = [
      ['2026-10-01', 'call'],
      ['2026-11-07', 'email'],
      ['2026-10-15', 'meeting'],
    ];
    expect(staleOf({ touchpoints }).map((f) => [f.line, f.column, f.message])).toEqual([
      [15, 5, message('2026-11-07 (15 days ago)', 'every 2 weeks', '2026-11-21')],
    ]);
    touchpoints[1] = ['2026-11-08', 'email'];
    expect(staleOf({ touchpoints })).toEqual([]);
  });

  it('of two touchpoints on the latest day, points at the one written last', () => {
    const findings = staleOf({ touchpoints: [['2026-11-01', 'call'], ['2026-11-01', 'email']] });
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['15:5']);
  });

  it('counts a governance review as a touchpoint', () => {
    expect(staleOf({ touchpoints: [['2026-11-08', 'review']] })).toEqual([]);
  });

  it.each([
    ['2026-11-08', undefined],
    [
      '2026-11-07',
      'Nobody has been in touch with Northwind Logistics since 2026-11-07 (15 days ago), when it became an account (no touchpoint that reaches the client is logged); the cadence is every 2 weeks, so a follow-up was due 2026-11-21; owner Jane Doe',
    ],
  ])('without touchpoints, counts from `since` %s and points at it', (since, expected) => {
    const findings = staleOf({ since });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual(expected ? [[5, 8, expected]] : []);
  });

  it.each([
    ['prospect', 1],
    ['onboarding', 1],
    ['delivery', 1],
    ['partner', 1],
    ['paused', 0],
    ['closed', 0],
  ])('an account in stage %s long out of touch gets %i finding(s)', (stage, count) => {
    expect(staleOf({ stage, touchpoints: [['2026-06-01', 'call']] })).toHaveLength(count);
  });

  it('counts a touchpoint whose `with` names a contact in another Unicode form (composed or decomposed accents)', () => {
    const touchpoints = (latest: string): AccountOptions['touchpoints'] => [
      ['2026-11-01', 'call', 'jane-doe', [JOSE]],
      [latest, 'call', 'jane-doe', [JOSE_DECOMPOSED]],
    ];
    const withJose = (latest: string) =>
      findingsOfRule('stale-follow-up', { 'playbook.yaml': DEFAULT_SETTINGS, [ACCOUNT_PATH]: account({ touchpoints: touchpoints(latest) }).replace('  - name: Bob Smith', `  - name: ${JOSE}`) });
    expect(withJose('2026-11-20')).toEqual([]);
    expect(withJose('2026-11-07').map((f) => [f.line, f.column, f.message])).toEqual([[15, 5, message('2026-11-07 (15 days ago)', 'every 2 weeks', '2026-11-21')]]);
  });
});
