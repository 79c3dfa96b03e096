// milestone-overdue: a milestone not done whose due date is before today, in an agreed or active plan.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** The milestone's value is on line 13, column 5. */
function milestone(due: string, extra = ''): string {
  return text`
    milestones:
      - id: pilot
        title: Pilot site live
        due: ${due}
  ` + extra;
}

const milestoneOverdueOf = (rest: string, status?: string) => findingsOfRule('milestone-overdue', { [PLAN_PATH]: plan(rest, { status }) });

describe('milestone-overdue', () => {
  it.each([
    ['yesterday', '2026-11-21', '2026-11-21 (yesterday)'],
    ['10 days ago', '2026-11-12', '2026-11-12 (10 days ago)'],
  ])('reports a milestone due %s and not done, owned by the plan owner', (_, due, said) => {
    expect(milestoneOverdueOf(milestone(due))).toEqual([
      {
        rule: 'milestone-overdue',
        severity: 'warning',
        file: PLAN_PATH,
        line: 13,
        column: 5,
        subject: 'northwind/rollout#pilot',
        owner: 'kim-lee',
        message: `Milestone Pilot site live was due ${said} and is not done; set \`done:\` when it is reached, or record a slip; owner Kim Lee`,
      },
    ]);
  });

  it.each([
    ['due today', '2026-11-22'],
    ['due tomorrow', '2026-11-23'],
  ])('does not report a milestone %s', (_, due) => {
    expect(milestoneOverdueOf(milestone(due))).toEqual([]);
  });

  it('does not report a milestone that is done, even if it was reached late', () => {
    expect(milestoneOverdueOf(milestone('2026-11-01', '    done: 2026-11-10\n'))).toEqual([]);
  });

  it.each([
    ['draft', 0],
    ['agreed', 1],
    ['active', 1],
    ['done', 0],
    ['cancelled', 0],
  ])('in a %s plan reports %i finding(s)', (status, count) => {
    expect(milestoneOverdueOf(milestone('2026-11-01'), status)).toHaveLength(count);
  });
});
