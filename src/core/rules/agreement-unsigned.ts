import { personName } from './describe.ts';
import type { Rule } from './rule.ts';

const SIGNED_STATUSES = new Set(['agreed', 'active', 'done']);

/** A plan agreed, active or done whose letter of agreement lacks either signature. */
export const agreementUnsigned: Rule = {
  id: 'agreement-unsigned',
  check({ model, content, report }) {
    for (const { plan } of model.plans) {
      // A signature that is there but unreadable is a schema finding, not a missing signature.
      if (!SIGNED_STATUSES.has(plan.data.status) || plan.invalidFields.has('agreement')) continue;
      const missing: string[] = [];
      if (!plan.data.agreement?.customer) missing.push('the customer (`agreement.customer: { by: <contact name>, date: YYYY-MM-DD }`)');
      if (!plan.data.agreement?.us) missing.push('us (`agreement.us: { by: <person id>, date: YYYY-MM-DD }`)');
      if (missing.length === 0) continue;
      report({
        file: plan.file,
        path: plan.data.agreement ? ['agreement'] : ['status'],
        anchor: 'key',
        subject: plan.id,
        owner: plan.data.owner,
        message: `The plan is ${plan.data.status} but its letter of agreement is not signed by ${missing.join(' nor by ')}; owner ${personName(content, plan.data.owner)}`,
      });
    }
  },
};
