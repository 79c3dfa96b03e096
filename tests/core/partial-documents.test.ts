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
