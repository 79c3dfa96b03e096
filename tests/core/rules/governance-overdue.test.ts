// governance-overdue: an account in delivery or partner with `governance_every`, whose last review
// (or `since` if none) is more than that before today.
import { describe, expect, it } from 'vitest';
import { account, ACCOUNT_PATH, findingsOfRule, type AccountOptions } from '../../helpers/playbook-fixture.ts';

const governanceOf = (options: AccountOptions) => findingsOfRule('governance-overdue', { [ACCOUNT_PATH]: account(options) });

describe('governance-overdue', () => {
  it.each([
    ['4w, last review + 28 days = today', '4w', '2026-10-25', undefined],
    [
      '4w, last review + 28 days = yesterday',
      '4w',
      '2026-10-24',
      'the last review was on 2026-10-24 (29 days ago), and reviews are held every 4 weeks (due 2026-11-21)',
    ],
    ['30d, last review + 30 days = today', '30d', '2026-10-23', undefined],
    [
      '30d, last review + 30 days = yesterday',
      '30d',
      '2026-10-22',
      'the last review was on 2026-10-22 (31 days ago), and reviews are held every 30 days (due 2026-11-21)',
    ],
  ])('%s', (_, governanceEvery, review, expected) => {
    const findings = governanceOf({ governanceEvery, touchpoints: [[review, 'review'], ['2026-11-20', 'call']] });
    expect(findings.map((f) => f.message)).toEqual(
      expected ? [`The governance review with Northwind Logistics is overdue: ${expected}; owner Jane Doe`] : [],
    );
  });

  it('counts no review dated after today', () => {
    const findings = governanceOf({ governanceEvery: '4w', touchpoints: [['2026-10-24', 'review'], ['2026-11-20', 'call'], ['2026-11-30', 'review']] });
    expect(findings.map((f) => f.message)).toEqual([
      'The governance review with Northwind Logistics is overdue: the last review was on 2026-10-24 (29 days ago), and reviews are held every 4 weeks (due 2026-11-21); owner Jane Doe',
    ]);
  });

  it('points at the last review, with the account owner', () => {
    const touchpoints: [string, string][] = [
      ['2026-09-01', 'review'],
      ['2026-10-01', 'review'],
      ['2026-09-15', 'review'],
      ['2026-11-20', 'call'],
    ];
    expect(governanceOf({ governanceEvery: '4w', touchpoints })).toEqual([
      {
        rule: 'governance-overdue',
        severity: 'warning',
        file: ACCOUNT_PATH,
        line: 15,
        column: 5,
        subject: 'northwind',
        // The review of 2026-10-01, the second written: the site links to its row.
        row: { touchpoint: 1 },
        owner: 'jane-doe',
        message:
          'The governance review with Northwind Logistics is overdue: the last review was on 2026-10-01 (52 days ago), and reviews are held every 4 weeks (due 2026-10-29); owner Jane Doe',
      },
    ]);
  });

  it('does not count calls, meetings, emails or visits as reviews', () => {
    const touchpoints: [string, string][] = [
      ['2026-11-18', 'call'],
      ['2026-11-19', 'meeting'],
      ['2026-11-20', 'email'],
      ['2026-11-21', 'visit'],
    ];
    const findings = governanceOf({ since: '2026-10-01', governanceEvery: '4w', touchpoints });
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        7,
        19,
        'The governance review with Northwind Logistics is overdue: no review with the client is logged since 2026-10-01 (52 days ago), and reviews are held every 4 weeks (due 2026-10-29); owner Jane Doe',
      ],
    ]);
  });

  it.each([
    ['2026-10-25', 0],
    ['2026-10-24', 1],
  ])('without a review, counts from `since` %s (%i finding)', (since, count) => {
    expect(governanceOf({ since, governanceEvery: '4w', touchpoints: [['2026-11-20', 'call']] })).toHaveLength(count);
  });

  it.each([
    ['prospect', 0],
    ['onboarding', 0],
    ['delivery', 1],
    ['partner', 1],
    ['paused', 0],
    ['closed', 0],
  ])('an account in stage %s with a lapsed review gets %i finding(s)', (stage, count) => {
    expect(governanceOf({ stage, governanceEvery: '4w', touchpoints: [['2026-06-01', 'review']] })).toHaveLength(count);
  });

  it('does not apply to an account without governance_every', () => {
    expect(governanceOf({ touchpoints: [['2025-06-01', 'review'], ['2026-11-20', 'call']] })).toEqual([]);
  });
});
