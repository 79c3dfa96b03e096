// One run shows every problem: a field that cannot be read is reported, and the rest of its file
// is still judged, without false alarms from the value that could not be read.
import { describe, expect, it } from 'vitest';
import { brief, findingsOf, mdxText, plan, PLAN_PATH } from '../helpers/playbook-fixture.ts';

describe('a document with an unreadable field', () => {
  it('still reports the other problems of the same plan: bad enum, bad date, unknown people, duplicates, cycles', () => {
    const text = mdxText`
      title: Rollout
      owner: kim-le
      status: actve
      kickoff: 2026-09-01
      target: 2027-13-01
      commitments:
        - id: a
          what: First
          owner: omar-hadad
          due: 2026-12-01
          after: [b]
        - id: b
          what: Second
          owner: Bob Smyth
          due: 2026-12-02
          after: [a]
        - id: b
          what: Third
          owner: kim-lee
          due: 2026-12-32
    `;
    const findings = findingsOf({ [PLAN_PATH]: text }).map((f) => `${brief(f)} ${f.message}`);
    const rules = findingsOf({ [PLAN_PATH]: text }).map((f) => `${f.rule} ${f.line}:${f.column}`);
    expect(rules).toEqual([
      'unknown-reference 3:8',
      'schema 4:9',
      'schema 6:9',
      'unknown-reference 10:12',
      'dependency-cycle 12:13',
      'dependency-order 12:13',
      'unknown-reference 15:12',
      'duplicate-id 18:9',
      'schema 21:10',
    ]);
    expect(findings.join('\n')).toContain('`status` is "actve" (did you mean active?)');
    expect(findings.join('\n')).toContain('`kim-le` (the plan owner) is not a person');
  });

  it('judges a plan whose status cannot be read as a draft: no overdue, no unsigned agreement', () => {
    const findings = findingsOf({
      [PLAN_PATH]: plan(
        `commitments:
  - id: late
    what: Long overdue
    owner: kim-lee
    due: 2026-01-01
`,
        { status: 'unknown-status' },
      ),
    });
    expect(findings.map((f) => f.rule)).toEqual(['schema']);
  });

  it('does not call an account stale when its stage or a touchpoint cannot be read', () => {
    const findings = findingsOf({
      'accounts/northwind/index.mdx': mdxText`
        name: Northwind Logistics
        owner: jane-doe
        stage: delivery
        since: 2025-01-05
        contacts:
          - name: Bob Smith
        touchpoints:
          - date: 2026-01-10
            by: jane-doe
            kind: call
          - date: 2026-11-20
            by: jane-doe
            kind: chat
      `,
    });
    expect(findings.map((f) => `${f.rule} ${f.line}`)).toEqual(['schema 14']);
  });

  it('reports an unknown owner of an account whose stage is misspelt', () => {
    const findings = findingsOf({
      'accounts/northwind/index.mdx': mdxText`
        name: Northwind Logistics
        owner: jane-do
        stage: delivry
        since: 2025-01-05
      `,
    });
    expect(findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual(['unknown-reference 3:8', 'schema 4:8']);
  });
});

// The loader holds a stand-in for an owner it cannot read; no finding may name it (a team saw
// "owner unreadable" and `"owner": "unreadable"` for an account whose `owner:` was left out).
describe('an account or a plan without an owner', () => {
  const files = {
    'accounts/northwind/index.mdx': mdxText`
      name: Northwind Logistics
      stage: delivery
      since: 2026-01-05
      governance_every: 4w
      contacts:
        - name: Bob Smith
      touchpoints:
        - date: 2026-12-01
          by: jane-doe
          with: [Bob Smith]
          kind: call
      incidents:
        - id: outage
          date: 2026-09-01
          what: Portal down
          cause: ours
        - id: outage
          date: 2026-09-02
          what: Portal down again
          cause: ours
    `,
    [PLAN_PATH]: mdxText`
      title: Rollout
      status: active
      kickoff: 2026-09-01
      handoff:
        partner-onboarded: 2026-09-05
    `,
  };

  it('gets its other findings without an owner, in the message or in JSON', () => {
    const findings = findingsOf(files);
    expect(findings.map((f) => `${f.rule} ${f.owner ?? '-'}: ${f.message}`)).toEqual([
      'schema -: account: `owner` is missing; add `owner:` with a person id from people.yaml',
      'stale-follow-up -: Nobody has been in touch with Northwind Logistics since 2026-01-05 (321 days ago), when it became an account (no touchpoint that reaches the client is logged); the cadence is every 2 weeks, so a follow-up was due 2026-01-19',
      'governance-overdue -: The governance review with Northwind Logistics is overdue: no review with the client is logged since 2026-01-05 (321 days ago), and reviews are held every 4 weeks (due 2026-02-02)',
      'future-date -: The call with Northwind Logistics is dated 2026-12-01 (in 9 days), after today (2026-11-22); record things once they have happened, or fix the date',
      'incident-unexplained -: The incident "Portal down" of 2026-09-01 (82 days ago) has not been explained to Northwind Logistics; incidents are explained at the next review, every 4 weeks, so by 2026-09-29: add `explained:` with the date of that review',
      'incident-unexplained -: The incident "Portal down again" of 2026-09-02 (81 days ago) has not been explained to Northwind Logistics; incidents are explained at the next review, every 4 weeks, so by 2026-09-30: add `explained:` with the date of that review',
      'duplicate-id -: The id `outage` is used twice for incidents of this account; give this incident another id',
      'schema -: plan: `owner` is missing; add `owner:` with a person id from people.yaml',
      'agreement-unsigned -: The plan is active but its letter of agreement is not signed by the customer (`agreement.customer: { by: <contact name>, date: YYYY-MM-DD }`) nor by us (`agreement.us: { by: <person id>, date: YYYY-MM-DD }`)',
      'handoff-incomplete -: Kickoff was 2026-09-01 (82 days ago) but the handoff item "Delivery team briefed" (delivery-briefed) has no date; add `delivery-briefed: YYYY-MM-DD` under `handoff:` once it is done',
      'handoff-late -: The handoff item "Partner onboarded" (partner-onboarded) was done 2026-09-05, after kickoff on 2026-09-01: delivery started without it',
    ]);
  });
});
