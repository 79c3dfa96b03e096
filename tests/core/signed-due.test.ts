// The due dates as signed, next to the due dates now: derived from the slips, not from git.
import { describe, expect, it } from 'vitest';
import { signedDue } from '../../src/core/model.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import type { CommitmentData } from '../../src/core/schema/index.ts';

const commitment = (due: string, slips: [date: string, from: string, to: string][]): CommitmentData => ({
  id: 'x',
  what: 'X',
  owner: 'kim-lee',
  due,
  after: [],
  slips: slips.map(([date, from, to]) => ({ date, from, to, reason: 'r', told: 'Bob' })),
});

describe('signedDue', () => {
  it.each([
    ['never slipped', commitment('2026-12-15', []), '2026-12-15'],
    ['slipped before signing (what was signed already had the new date)', commitment('2026-12-15', [['2026-08-01', '2026-12-01', '2026-12-15']]), '2026-12-15'],
    ['slipped on the day of signing', commitment('2026-12-15', [['2026-08-20', '2026-12-01', '2026-12-15']]), '2026-12-15'],
    ['slipped after signing', commitment('2026-12-15', [['2026-10-20', '2026-12-01', '2026-12-15']]), '2026-12-01'],
    ['slipped before and twice after', commitment('2027-02-01', [['2026-08-01', '2026-11-01', '2026-11-15'], ['2026-10-01', '2026-11-15', '2026-12-20'], ['2026-11-10', '2026-12-20', '2027-02-01']]), '2026-11-15'],
  ])('%s', (_, data, expected) => {
    expect(signedDue(data, '2026-08-20')).toBe(expected);
  });

  it('is in the model for every commitment of a plan both sides signed, with the moves since', () => {
    const { model } = checkPlaybook('content', { asOf: '2026-11-22', now: new Date() });
    const rollout = model.plans.find((p) => p.plan.id === 'maple-grocers/dc-scanner-rollout')!;
    expect(rollout.signedOn).toBe('2026-07-24');
    const moved = rollout.agreement.changes.flatMap((change) => (change.kind === 'moved' && change.item.kind === 'commitment' ? [[change.item.id, change.signed, change.now, change.days]] : []));
    expect(moved).toEqual([
      ['wms-test-env', '2026-08-21', '2026-09-04', 14],
      ['pilot-golive', '2026-10-02', '2026-10-16', 14],
      ['integrate-wms', '2026-10-16', '2026-11-13', 28],
      ['golive-wave-1', '2026-11-13', '2026-11-27', 14],
      ['install-wave-2', '2026-12-11', '2027-01-22', 42],
    ]);
    const unsigned = model.plans.filter((p) => !p.agreement.signed);
    for (const view of unsigned) expect(view.commitments.every((c) => c.signedDue === undefined)).toBe(true);
  });
});
