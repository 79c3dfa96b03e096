// handoff-late: a checklist item of an agreed or active plan dated after the plan's kickoff:
// delivery started without it. One finding per such item, about the plan, at the item's date.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, mdxText, PLAN_PATH } from '../../helpers/playbook-fixture.ts';

function lateOf(status: string, onboarded: string, briefed: string) {
  const plan = mdxText`
    title: Rollout
    owner: kim-lee
    status: ${status}
    kickoff: 2026-09-01
    agreement:
      customer: { by: Bob Smith, date: 2026-08-20 }
      us: { by: jane-doe, date: 2026-08-20 }
    handoff:
      partner-onboarded: ${onboarded}
      delivery-briefed: ${briefed}
  `;
  return findingsOfRule('handoff-late', { [PLAN_PATH]: plan });
}

describe('handoff-late', () => {
  it.each([
    ['both before kickoff', 'active', '2026-08-25', '2026-08-22', []],
    ['one on the kickoff day', 'active', '2026-09-01', '2026-08-22', []],
    ['one the day after kickoff', 'active', '2026-09-02', '2026-08-22', ['10:22']],
    ['both after kickoff, one finding each', 'agreed', '2026-09-02', '2026-09-10', ['10:22', '11:21']],
    ['a draft promises nothing yet', 'draft', '2026-09-02', '2026-09-10', []],
    ['a done plan is judged by other rules', 'done', '2026-09-02', '2026-09-10', []],
  ])('%s', (_, status, onboarded, briefed, places) => {
    expect(lateOf(status, onboarded, briefed).map((f) => `${f.line}:${f.column}`)).toEqual(places);
  });

  it('is a notice about the plan, naming the item and its owner', () => {
    expect(lateOf('active', '2026-09-02', '2026-08-22')).toEqual([
      {
        rule: 'handoff-late',
        severity: 'notice',
        file: PLAN_PATH,
        line: 10,
        column: 22,
        subject: 'northwind/rollout',
        row: { checklist: 'partner-onboarded' },
        owner: 'kim-lee',
        message: 'The handoff item "Partner onboarded" (partner-onboarded) was done 2026-09-02, after kickoff on 2026-09-01: delivery started without it; owner Kim Lee',
      },
    ]);
  });
});
