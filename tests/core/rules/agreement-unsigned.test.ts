// agreement-unsigned: a plan agreed, active or done that lacks either signature.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, mdx, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** `status:` is on line 4, `agreement:` (when written) on line 6. */
function signedPlan(status: string, agreement: string): string {
  return mdx(text`
    title: Rollout
    owner: kim-lee
    status: ${status}
    kickoff: 2026-12-01
  ` + agreement);
}

const CUSTOMER = '  customer: { by: Bob Smith, date: 2026-08-20 }\n';
const US = '  us: { by: jane-doe, date: 2026-08-20 }\n';
const CUSTOMER_TEXT = 'the customer (`agreement.customer: { by: <contact name>, date: YYYY-MM-DD }`)';
const US_TEXT = 'us (`agreement.us: { by: <person id>, date: YYYY-MM-DD }`)';

const unsignedOf = (plan: string) => findingsOfRule('agreement-unsigned', { [PLAN_PATH]: plan });

describe('agreement-unsigned', () => {
  it.each([
    ['no agreement at all', '', '4:1', `${CUSTOMER_TEXT} nor by ${US_TEXT}`],
    ['an empty agreement', 'agreement: {}\n', '6:1', `${CUSTOMER_TEXT} nor by ${US_TEXT}`],
    ["only our signature", `agreement:\n${US}`, '6:1', CUSTOMER_TEXT],
    ["only the customer's signature", `agreement:\n${CUSTOMER}`, '6:1', US_TEXT],
  ])('reports an active plan with %s', (_, agreement, place, missing) => {
    const findings = unsignedOf(signedPlan('active', agreement));
    expect(findings.map((f) => [f.severity, `${f.line}:${f.column}`, f.subject, f.owner, f.message])).toEqual([
      ['warning', place, 'northwind/rollout', 'kim-lee', `The plan is active but its letter of agreement is not signed by ${missing}; owner Kim Lee`],
    ]);
  });

  it('does not report a plan signed by both sides', () => {
    expect(unsignedOf(signedPlan('active', `agreement:\n${CUSTOMER}${US}`))).toEqual([]);
  });

  it.each([
    ['draft', 0],
    ['agreed', 1],
    ['active', 1],
    ['done', 1],
    ['cancelled', 0],
  ])('an unsigned %s plan gets %i finding(s)', (status, count) => {
    const findings = unsignedOf(signedPlan(status, `agreement:\n${US}`));
    expect(findings).toHaveLength(count);
    if (count) expect(findings[0]!.message).toBe(`The plan is ${status} but its letter of agreement is not signed by ${CUSTOMER_TEXT}; owner Kim Lee`);
  });
});
