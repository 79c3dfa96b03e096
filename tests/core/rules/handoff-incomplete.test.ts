// handoff-incomplete: a plan agreed or active whose kickoff is today or earlier and a checklist
// item (from playbook.yaml's handoff_checklist) has no date.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, mdx, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** `handoff:` is on line 9 when given, its first item on line 10; `kickoff:` on line 5. */
function handoffPlan(kickoff: string, handoff: string, status = 'active'): string {
  return mdx(text`
    title: Rollout
    owner: kim-lee
    status: ${status}
    kickoff: ${kickoff}
    agreement:
      customer: { by: Bob Smith, date: 2026-08-20 }
      us: { by: jane-doe, date: 2026-08-20 }
  ` + handoff);
}

const ONLY_ONBOARDED = 'handoff:\n  partner-onboarded: 2026-11-20\n';
const COMPLETE = 'handoff:\n  partner-onboarded: 2026-11-20\n  delivery-briefed: 2026-11-21\n';

const handoffOf = (plan: string, files: Record<string, string> = {}) => findingsOfRule('handoff-incomplete', { [PLAN_PATH]: plan, ...files });

const briefedMissing = (kickoff: string) =>
  `Kickoff was ${kickoff} but the handoff item "Delivery team briefed" (delivery-briefed) has no date; add \`delivery-briefed: YYYY-MM-DD\` under \`handoff:\` once it is done; owner Kim Lee`;

describe('handoff-incomplete', () => {
  it.each([
    ['on kickoff day', '2026-11-22', '2026-11-22 (today)'],
    ['the day after kickoff', '2026-11-21', '2026-11-21 (yesterday)'],
    ['a month after kickoff', '2026-10-22', '2026-10-22 (31 days ago)'],
  ])('reports a missing checklist item %s, at the `handoff` map that lacks it', (_, kickoff, said) => {
    expect(handoffOf(handoffPlan(kickoff, ONLY_ONBOARDED))).toEqual([
      {
        rule: 'handoff-incomplete',
        severity: 'warning',
        file: PLAN_PATH,
        line: 10,
        column: 3,
        subject: 'northwind/rollout',
        row: { checklist: 'delivery-briefed' },
        owner: 'kim-lee',
        message: briefedMissing(said),
      },
    ]);
  });

  it('does not report a plan the day before its kickoff', () => {
    expect(handoffOf(handoffPlan('2026-11-23', ONLY_ONBOARDED))).toEqual([]);
  });

  it('does not report a plan whose every checklist item has a date', () => {
    expect(handoffOf(handoffPlan('2026-11-01', COMPLETE))).toEqual([]);
  });

  it('without `handoff:`, reports every checklist item, each at `kickoff:`', () => {
    const findings = handoffOf(handoffPlan('2026-11-22', ''));
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [5, 1, briefedMissing('2026-11-22 (today)')],
      [
        5,
        1,
        'Kickoff was 2026-11-22 (today) but the handoff item "Partner onboarded" (partner-onboarded) has no date; add `partner-onboarded: YYYY-MM-DD` under `handoff:` once it is done; owner Kim Lee',
      ],
    ]);
  });

  it.each([
    ['draft', 0],
    ['agreed', 1],
    ['active', 1],
    ['done', 0],
    ['cancelled', 0],
  ])('in a %s plan past kickoff reports %i finding(s)', (status, count) => {
    expect(handoffOf(handoffPlan('2026-11-01', ONLY_ONBOARDED, status))).toHaveLength(count);
  });

  it('does not apply when playbook.yaml has no checklist', () => {
    expect(handoffOf(handoffPlan('2026-11-01', ''), { 'playbook.yaml': 'title: No checklist\n' })).toEqual([]);
  });
});
