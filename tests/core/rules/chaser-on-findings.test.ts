// The contract: "A finding about a client's commitment names its chaser in the message ("...;
// owner Rosa Delgado (client), chased by Kim Lee") and carries `chaser` in JSON" (and only those).
// One plan whose commitments break many rules at once, some of them the client's (owned by a
// contact, one with its own `chaser`), some ours, one internal: every finding about an item must
// name the chaser exactly when the item is the client's, whichever rule found it.
import { describe, expect, it } from 'vitest';
import { findingsOf, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

const rest = text`
  commitments:
    - id: client-a
      what: Send the site list
      owner: Bob Smith
      due: 2026-11-10
      after: [client-b]
    - id: client-b
      what: Approve the budget
      owner: Bob Smith
      chaser: omar-haddad
      due: 2026-11-20
      after: [client-a]
      slips:
        - date: 2026-11-01
          from: 2026-11-05
          to: 2026-11-12
          reason: Budget round
    - id: ours-a
      what: Install the scanners
      owner: omar-haddad
      due: 2026-11-15
      after: [ours-b]
      done: 2026-12-01
    - id: ours-b
      what: Configure the network
      owner: omar-haddad
      due: 2026-11-30
    - id: internal-a
      what: Lend a technician to the field team
      owner: omar-haddad
      internal: true
      due: 2026-11-12
    - id: client-a
      what: Send the site list again
      owner: Bob Smith
      due: 2026-11-25
`;

/** The chaser each item should carry: the client's items only, their `chaser` or the plan's owner (kim-lee). */
const EXPECTED: Record<string, string | undefined> = {
  'client-a': 'kim-lee',
  'client-b': 'omar-haddad',
  'ours-a': undefined,
  'ours-b': undefined,
  'internal-a': undefined,
};

/** How the message names them (people.yaml's names). */
const NAMED: Record<string, string> = {
  'client-a': 'owner Bob Smith (client), chased by Kim Lee',
  'client-b': 'owner Bob Smith (client), chased by Omar Haddad',
};

describe('the chaser on findings', () => {
  it('is on every finding about a client\'s commitment, whatever the rule, and on no other', () => {
    const findings = findingsOf({ [PLAN_PATH]: plan(rest) }).filter((finding) => finding.subject.startsWith('northwind/rollout#'));
    const rules = new Set(findings.map((finding) => finding.rule));
    // The plan above is built to break these: a client's and one of our items in each where it can.
    for (const rule of ['dependency-cycle', 'dependency-order', 'duplicate-id', 'overdue', 'future-date', 'slip-mismatch', 'slip-undisclosed']) expect(rules).toContain(rule);
    for (const finding of findings) {
      const item = finding.subject.split('#')[1]!;
      expect(Object.keys(EXPECTED), finding.subject).toContain(item);
      expect([finding.rule, item, finding.chaser], finding.message).toEqual([finding.rule, item, EXPECTED[item]]);
      expect('chaser' in finding, `${finding.rule} on ${item}`).toBe(EXPECTED[item] !== undefined);
      if (NAMED[item]) expect(finding.message, finding.rule).toContain(`; ${NAMED[item]}`);
      else expect(finding.message, finding.rule).not.toContain('chased by');
    }
  });
});
