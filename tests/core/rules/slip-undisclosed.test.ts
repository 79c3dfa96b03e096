// slip-undisclosed: a slip or a drop without `told` (who on the client's side was told).
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH } from '../../helpers/playbook-fixture.ts';

/**
 * The commitment starts on line 13; its first slip's value is at 18:9, the second's at 22:9
 * when the first has no `told`, else at 23:9.
 */
function slipped(firstTold: string, secondTold: string, status?: string): string {
  const lines = [
    'commitments:',
    '  - id: install',
    '    what: Install the scanners',
    '    owner: omar-haddad',
    '    due: 2026-12-15',
    '    slips:',
    '      - date: 2026-10-20',
    '        from: 2026-11-15',
    '        to: 2026-11-30',
    '        reason: Firmware not certified',
    ...(firstTold ? [`        told: ${firstTold}`] : []),
    '      - date: 2026-11-10',
    '        from: 2026-11-30',
    '        to: 2026-12-15',
    '        reason: Site closed for inventory',
    ...(secondTold ? [`        told: ${secondTold}`] : []),
  ];
  return plan(`${lines.join('\n')}\n`, { status });
}

const undisclosedOf = (planText: string) => findingsOfRule('slip-undisclosed', { [PLAN_PATH]: planText });

describe('slip-undisclosed', () => {
  it('reports a slip without `told`, at the slip', () => {
    expect(undisclosedOf(slipped('Bob Smith', ''))).toEqual([
      {
        rule: 'slip-undisclosed',
        severity: 'error',
        file: PLAN_PATH,
        line: 23,
        column: 9,
        subject: 'northwind/rollout#install',
        owner: 'omar-haddad',
        message: "Slip 2 of Install the scanners (2026-11-30 to 2026-12-15) does not say who on the client's side was told; add `told:` with the contact's name",
      },
    ]);
  });

  it.each([
    ['every slip says who was told', 'Bob Smith', 'Ana Ruiz', []],
    ['no slip says who was told', '', '', ['18:9 Slip 1', '22:9 Slip 2']],
  ])('when %s, reports the slips %j', (_, first, second, expected) => {
    expect(undisclosedOf(slipped(first, second)).map((f) => `${f.line}:${f.column} ${f.message.slice(0, 6)}`)).toEqual(expected);
  });

  it.each(['draft', 'done', 'cancelled'])('applies to a %s plan too', (status) => {
    expect(undisclosedOf(slipped('', 'Bob Smith', status))).toHaveLength(1);
  });

  it.each([
    [
      'a drop without `told`, at the map that lacks it',
      '    dropped: { date: 2026-11-20, reason: Client removed site 8 }\n',
      [['17:14', "Install site 8 was dropped on 2026-11-20 without saying who on the client's side was told; add `told:` with the contact's name"]],
    ],
    [
      'a drop written as a block without `told`, at its first field',
      '    dropped:\n      date: 2026-11-20\n      reason: Client removed site 8\n',
      [['18:7', "Install site 8 was dropped on 2026-11-20 without saying who on the client's side was told; add `told:` with the contact's name"]],
    ],
    ['nothing for a drop that says who was told', '    dropped: { date: 2026-11-20, reason: Client removed site 8, told: Bob Smith }\n', []],
    [
      'an addition without `told`, at the map that lacks it',
      '    added: { date: 2026-11-20, reason: Asked for at the review }\n',
      [['17:12', "Install site 8 was added on 2026-11-20 after the agreement was signed, without saying who on the client's side agreed to it; add `told:` with the contact's name"]],
    ],
  ])('reports %s', (_, dropped, expected) => {
    const rest = 'commitments:\n  - id: site-8\n    what: Install site 8\n    owner: omar-haddad\n    due: 2026-12-01\n' + dropped;
    expect(undisclosedOf(plan(rest)).map((f) => [`${f.line}:${f.column}`, f.message])).toEqual(expected);
  });

  it('on a plan only one side signed, does not say an addition came after the agreement was signed', () => {
    const rest = 'commitments:\n  - id: site-8\n    what: Install site 8\n    owner: omar-haddad\n    due: 2026-12-01\n    added: { date: 2026-11-20, reason: Asked for at the review }\n';
    const unsigned = plan(rest).replace('  us: { by: jane-doe, date: 2026-08-20 }\n', '');
    expect(undisclosedOf(unsigned).map((f) => [`${f.line}:${f.column}`, f.message])).toEqual([
      ['16:12', "Install site 8 was added on 2026-11-20, without saying who on the client's side agreed to it; add `told:` with the contact's name"],
    ]);
  });
});
