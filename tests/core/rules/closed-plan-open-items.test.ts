// closed-plan-open-items: a plan done or cancelled with open commitments (neither done nor dropped).
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** Three commitments: open (line 13), done (line 17), dropped (line 22). */
const REST = text`
  commitments:
    - id: train-admins
      what: Train the client's administrators
      owner: Ana Ruiz
      due: 2026-12-15
    - id: install
      what: Install the scanners
      owner: omar-haddad
      due: 2026-11-01
      done: 2026-10-30
    - id: site-8
      what: Install site 8
      owner: omar-haddad
      due: 2026-11-01
      dropped: { date: 2026-10-15, reason: Client closed site 8, told: Bob Smith }
`;

const closedOf = (status: string) => findingsOfRule('closed-plan-open-items', { [PLAN_PATH]: plan(REST, { status }) });

describe('closed-plan-open-items', () => {
  it.each(['done', 'cancelled'])('reports each open commitment of a %s plan, not the done or dropped ones', (status) => {
    expect(closedOf(status)).toEqual([
      {
        rule: 'closed-plan-open-items',
        severity: 'warning',
        file: PLAN_PATH,
        line: 13,
        column: 5,
        subject: 'northwind/rollout#train-admins',
        owner: 'Ana Ruiz',
        chaser: 'kim-lee',
        message: `The plan is ${status} but Train the client's administrators is still open; mark it \`done:\` or \`dropped:\` (with who was told); owner Ana Ruiz (client), chased by Kim Lee`,
      },
    ]);
  });

  it.each(['draft', 'agreed', 'active'])('does not apply to a %s plan', (status) => {
    expect(closedOf(status)).toEqual([]);
  });

  it('reports an open commitment of a closed plan whatever its due date', () => {
    const rest = 'commitments:\n  - id: later\n    what: Later\n    owner: kim-lee\n    due: 2027-06-01\n';
    expect(findingsOfRule('closed-plan-open-items', { [PLAN_PATH]: plan(rest, { status: 'done' }) })).toHaveLength(1);
  });
});
