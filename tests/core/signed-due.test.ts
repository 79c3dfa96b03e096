// The due dates as signed, next to the due dates now: derived from the slips, not from git.
import { describe, expect, it } from 'vitest';
import { signedDue } from '../../src/core/model.ts';
import type { CommitmentData } from '../../src/core/schema/index.ts';
import { mdxText, plan, PLAN_PATH, runCheck, text } from '../helpers/playbook-fixture.ts';

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
    // Signed by both sides on 2026-08-20 (plan()'s header); an unsigned plan next to it.
    const { model } = runCheck({
      [PLAN_PATH]: plan(text`
        commitments:
          - { id: never-moved, what: A, owner: kim-lee, due: 2026-12-01 }
          - id: moved-before
            what: B
            owner: kim-lee
            due: 2026-12-15
            slips: [{ date: 2026-08-01, from: 2026-12-01, to: 2026-12-15, reason: r, told: Bob Smith }]
          - id: moved-after
            what: C
            owner: kim-lee
            due: 2026-12-15
            slips: [{ date: 2026-10-20, from: 2026-12-01, to: 2026-12-15, reason: r, told: Bob Smith }]
          - id: moved-thrice
            what: D
            owner: kim-lee
            due: 2027-02-01
            slips:
              - { date: 2026-08-01, from: 2026-11-01, to: 2026-11-15, reason: r, told: Bob Smith }
              - { date: 2026-10-01, from: 2026-11-15, to: 2026-12-20, reason: r, told: Bob Smith }
              - { date: 2026-11-10, from: 2026-12-20, to: 2027-02-01, reason: r, told: Bob Smith }
      `),
      'accounts/northwind/draft.mdx': mdxText`
        title: Draft
        owner: kim-lee
        status: draft
        kickoff: 2027-01-10
        commitments:
          - id: moved
            what: E
            owner: kim-lee
            due: 2027-02-01
            slips: [{ date: 2026-11-01, from: 2027-01-15, to: 2027-02-01, reason: r, told: Bob Smith }]
      `,
    });
    const rollout = model.plans.find((p) => p.plan.id === 'northwind/rollout')!;
    expect(rollout.signedOn).toBe('2026-08-20');
    expect(rollout.commitments.map((c) => [c.id, c.signedDue])).toEqual([
      ['never-moved', '2026-12-01'],
      ['moved-before', '2026-12-15'],
      ['moved-after', '2026-12-01'],
      ['moved-thrice', '2026-11-15'],
    ]);
    const moved = rollout.agreement.changes.flatMap((change) => (change.kind === 'moved' && change.item.kind === 'commitment' ? [[change.item.id, change.signed, change.now, change.days]] : []));
    expect(moved).toEqual([
      ['moved-after', '2026-12-01', '2026-12-15', 14],
      ['moved-thrice', '2026-11-15', '2027-02-01', 78],
    ]);
    const unsigned = model.plans.filter((p) => !p.agreement.signed);
    expect(unsigned.map((view) => view.plan.id)).toEqual(['northwind/draft']);
    for (const view of unsigned) expect(view.commitments.every((c) => c.signedDue === undefined)).toBe(true);
  });

  it('counts as changed since signing the drops made after it, not before it or not yet', () => {
    // Signed on 2026-08-20; checked as of 2026-11-22 (the fixture's day).
    const { model } = runCheck({
      [PLAN_PATH]: plan(text`
        commitments:
          - { id: dropped-before, what: A, owner: kim-lee, due: 2026-12-01, dropped: { date: 2026-08-10, reason: r, told: Bob Smith } }
          - { id: dropped-on-the-day, what: B, owner: kim-lee, due: 2026-12-01, dropped: { date: 2026-08-20, reason: r, told: Bob Smith } }
          - { id: dropped-after, what: C, owner: kim-lee, due: 2026-12-01, dropped: { date: 2026-10-01, reason: r, told: Bob Smith } }
          - { id: dropped-later, what: D, owner: kim-lee, due: 2026-12-01, dropped: { date: 2026-12-01, reason: r, told: Bob Smith } }
      `),
    });
    const rollout = model.plans.find((p) => p.plan.id === 'northwind/rollout')!;
    expect(rollout.agreement.changes.map((change) => [change.kind, change.item.id])).toEqual([['dropped', 'dropped-after']]);
  });
});
