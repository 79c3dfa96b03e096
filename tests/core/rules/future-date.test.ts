// future-date: a touchpoint, `done`, slip or drop dated after today.
import { describe, expect, it } from 'vitest';
import { account, ACCOUNT_PATH, findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** Every kind of dated record in a plan, each dated `date`. */
function records(date: string): string {
  return text`
    milestones:
      - id: pilot
        title: Pilot live
        due: 2026-11-20
        done: ${date}
    commitments:
      - id: install
        what: Install the scanners
        owner: omar-haddad
        due: 2026-11-30
        done: ${date}
      - id: site-8
        what: Install site 8
        owner: omar-haddad
        due: 2026-11-30
        dropped: { date: ${date}, reason: Site closed, told: Bob Smith }
        slips:
          - date: ${date}
            from: 2026-11-15
            to: 2026-11-30
            reason: Waiting for parts
            told: Bob Smith
  `;
}

const futureOf = (files: Record<string, string>) =>
  findingsOfRule('future-date', files).map((f) => [f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message]);

const after = (date: string, said: string) => `is dated ${date} (${said}), after today (2026-11-22); record things once they have happened, or fix the date`;

describe('future-date', () => {
  it.each([
    ['tomorrow', '2026-11-23', 'tomorrow'],
    ['next year', '2027-11-22', 'in 365 days'],
  ])('reports every kind of record dated %s, each at its date', (_, date, said) => {
    expect(futureOf({ [PLAN_PATH]: plan(records(date)) })).toEqual([
      [PLAN_PATH, '16:11', 'northwind/rollout#pilot', 'kim-lee', `Milestone Pilot live is marked done, but it ${after(date, said)}`],
      [PLAN_PATH, '22:11', 'northwind/rollout#install', 'omar-haddad', `Install the scanners is marked done, but it ${after(date, said)}`],
      [PLAN_PATH, '27:22', 'northwind/rollout#site-8', 'omar-haddad', `The drop of Install site 8 ${after(date, said)}`],
      [PLAN_PATH, '29:15', 'northwind/rollout#site-8', 'omar-haddad', `Slip 1 of Install site 8 ${after(date, said)}`],
    ]);
  });

  it.each(['2026-11-22', '2026-11-21'])('does not report records dated %s (today or earlier)', (date) => {
    expect(futureOf({ [PLAN_PATH]: plan(records(date)) })).toEqual([]);
  });

  it('applies to a draft plan too', () => {
    expect(futureOf({ [PLAN_PATH]: plan(records('2026-11-23'), { status: 'draft' }) })).toHaveLength(4);
  });

  it.each([
    ['2026-11-23', [[ACCOUNT_PATH, '15:11', 'northwind', 'jane-doe', `The visit with Northwind Logistics ${after('2026-11-23', 'tomorrow')}`]]],
    ['2026-11-22', []],
  ])('reports a touchpoint dated %s only if it is after today', (date, expected) => {
    const touchpoints: [string, string][] = [['2026-11-20', 'call'], [date, 'visit']];
    expect(futureOf({ [ACCOUNT_PATH]: account({ touchpoints }) })).toEqual(expected);
  });

  it('says which touchpoint it is about, so that the site links to its row', () => {
    const touchpoints: [string, string][] = [['2026-11-20', 'call'], ['2026-11-23', 'visit']];
    expect(findingsOfRule('future-date', { [ACCOUNT_PATH]: account({ touchpoints }) }).map((f) => f.row)).toEqual([{ touchpoint: 1 }]);
  });

  it('does not report dates that are plans, not records: due, kickoff, target, signatures, handoff, slip from and to', () => {
    const future = text`
      title: Next year
      owner: kim-lee
      status: agreed
      kickoff: 2027-01-10
      target: 2027-06-01
      break_in_until: 2027-07-01
      agreement:
        customer: { by: Bob Smith, date: 2026-12-01 }
        us: { by: jane-doe, date: 2026-12-01 }
      handoff:
        partner-onboarded: 2026-12-15
        delivery-briefed: 2026-12-20
      milestones:
        - id: pilot
          title: Pilot live
          due: 2027-02-01
      commitments:
        - id: install
          what: Install the scanners
          owner: omar-haddad
          due: 2027-03-01
          slips:
            - date: 2026-11-20
              from: 2027-02-15
              to: 2027-03-01
              reason: Client asked for a later start
              told: Bob Smith
    `;
    expect(futureOf({ [PLAN_PATH]: `---\n${future}---\n` })).toEqual([]);
  });
});
