// overdue: an open commitment whose due date is before today, in an agreed or active plan.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** The commitment's value (its `id:`) is on line 13, column 5. */
function commitment(due: string, extra = '', owner = 'omar-haddad'): string {
  return text`
    commitments:
      - id: install-scanners
        what: Install scanners at all 8 facilities
        owner: ${owner}
        due: ${due}
  ` + extra;
}

const overdueOf = (rest: string, status?: string) => findingsOfRule('overdue', { [PLAN_PATH]: plan(rest, { status }) });

describe('overdue', () => {
  it.each([
    ['a week before today', '2026-11-15', 'was due 2026-11-15 (7 days ago)'],
    ['the day before today', '2026-11-21', 'was due 2026-11-21 (yesterday)'],
    ['a year before today', '2025-11-22', 'was due 2025-11-22 (365 days ago)'],
  ])('reports an open commitment due %s, at the commitment, with its owner', (_, due, said) => {
    expect(overdueOf(commitment(due))).toEqual([
      {
        rule: 'overdue',
        severity: 'warning',
        file: PLAN_PATH,
        line: 13,
        column: 5,
        subject: 'northwind/rollout#install-scanners',
        owner: 'omar-haddad',
        message: `Install scanners at all 8 facilities ${said}; owner Omar Haddad`,
      },
    ]);
  });

  it.each([
    ['due today', '2026-11-22'],
    ['due tomorrow', '2026-11-23'],
    ['due next month', '2026-12-22'],
  ])('does not report a commitment %s', (_, due) => {
    expect(overdueOf(commitment(due))).toEqual([]);
  });

  it.each([
    ['draft', 0],
    ['agreed', 1],
    ['active', 1],
    ['done', 0],
    ['cancelled', 0],
  ])('in a %s plan reports %i finding(s)', (status, count) => {
    expect(overdueOf(commitment('2026-11-15'), status)).toHaveLength(count);
  });

  it.each([
    ['kept (done), even late', '    done: 2026-11-20\n'],
    ['dropped', '    dropped: { date: 2026-11-10, reason: Client removed site 8, told: Bob Smith }\n'],
  ])('does not report a commitment that was %s', (_, extra) => {
    expect(overdueOf(commitment('2026-11-15', extra))).toEqual([]);
  });

  it('still reports a commitment at risk', () => {
    expect(overdueOf(commitment('2026-11-15', '    risk: Firmware 2.0 is not certified yet\n'))).toHaveLength(1);
  });

  it("names a client-side owner by the contact's name, marked (client)", () => {
    const [finding] = overdueOf(commitment('2026-11-20', '', 'Bob Smith'));
    expect(finding).toMatchObject({
      owner: 'Bob Smith',
      message: 'Install scanners at all 8 facilities was due 2026-11-20 (2 days ago); owner Bob Smith (client), chased by Kim Lee',
    });
  });

  it('reports each overdue commitment of a plan at its own line', () => {
    const rest = text`
      commitments:
        - id: first
          what: First
          owner: kim-lee
          due: 2026-11-01
        - id: on-time
          what: On time
          owner: kim-lee
          due: 2026-11-30
        - id: third
          what: Third
          owner: kim-lee
          due: 2026-11-02
    `;
    expect(overdueOf(rest).map((f) => [f.line, f.column, f.subject, f.message])).toEqual([
      [13, 5, 'northwind/rollout#first', 'First was due 2026-11-01 (21 days ago); owner Kim Lee'],
      [21, 5, 'northwind/rollout#third', 'Third was due 2026-11-02 (20 days ago); owner Kim Lee'],
    ]);
  });
});
