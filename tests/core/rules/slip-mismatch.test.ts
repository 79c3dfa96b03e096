// slip-mismatch: the slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH } from '../../helpers/playbook-fixture.ts';

/**
 * One commitment (line 13, `due:` at 16:10) with the slips given as [from, to]; slip i's value
 * is at line 18 + 5i, its `from:` at line 19 + 5i, column 15.
 */
function slipped(due: string, slips: [string, string][], status?: string): string {
  const lines = ['commitments:', '  - id: install', '    what: Install the scanners', '    owner: omar-haddad', `    due: ${due}`];
  if (slips.length > 0) lines.push('    slips:');
  slips.forEach(([from, to], i) => {
    lines.push(`      - date: 2026-10-${10 + i}`, `        from: ${from}`, `        to: ${to}`, '        reason: Parts late', '        told: Bob Smith');
  });
  return plan(`${lines.join('\n')}\n`, { status });
}

const mismatchesOf = (text: string) => findingsOfRule('slip-mismatch', { [PLAN_PATH]: text });

const brokenChain = (n: number, from: string, previousTo: string) =>
  `Slip ${n} of Install the scanners moves it from ${from}, but slip ${n - 1} had moved it to ${previousTo}; each slip's \`from\` must be the previous slip's \`to\``;
const wrongDue = (due: string, to: string) =>
  `Install the scanners is due ${due}, but its last slip moved it to ${to}; make \`due\` the last slip's \`to\`, or record the new move as a slip`;

describe('slip-mismatch', () => {
  it.each<[string, string, [string, string][], [string, string][]]>([
    ['no slips', '2026-12-01', [], []],
    ['one slip whose `to` is the due date', '2026-12-01', [['2026-11-15', '2026-12-01']], []],
    ['three chained slips ending at the due date', '2026-12-20', [['2026-11-15', '2026-11-30'], ['2026-11-30', '2026-12-10'], ['2026-12-10', '2026-12-20']], []],
    ['one slip whose `to` is not the due date: at `due`', '2026-12-05', [['2026-11-15', '2026-12-01']], [['16:10', wrongDue('2026-12-05', '2026-12-01')]]],
    [
      "a slip whose `from` is not the previous slip's `to`: at that `from`",
      '2026-12-10',
      [['2026-11-15', '2026-11-30'], ['2026-11-29', '2026-12-10']],
      [['24:15', brokenChain(2, '2026-11-29', '2026-11-30')]],
    ],
    [
      'a broken chain and a wrong due date: both',
      '2026-12-31',
      [['2026-11-15', '2026-11-30'], ['2026-12-01', '2026-12-10'], ['2026-12-10', '2026-12-20']],
      [
        ['16:10', wrongDue('2026-12-31', '2026-12-20')],
        ['24:15', brokenChain(2, '2026-12-01', '2026-11-30')],
      ],
    ],
  ])('%s', (_, due, slips, expected) => {
    expect(mismatchesOf(slipped(due, slips)).map((f) => [`${f.line}:${f.column}`, f.message])).toEqual(expected);
  });

  it('reports with the commitment as subject and its owner', () => {
    expect(mismatchesOf(slipped('2026-12-05', [['2026-11-15', '2026-12-01']]))).toEqual([
      {
        rule: 'slip-mismatch',
        severity: 'error',
        file: PLAN_PATH,
        line: 16,
        column: 10,
        subject: 'northwind/rollout#install',
        owner: 'omar-haddad',
        message: wrongDue('2026-12-05', '2026-12-01'),
      },
    ]);
  });

  it.each(['draft', 'done', 'cancelled'])('applies to a %s plan too', (status) => {
    expect(mismatchesOf(slipped('2026-12-05', [['2026-11-15', '2026-12-01']], status))).toHaveLength(1);
  });
});
