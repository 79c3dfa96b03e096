import { entryOwner } from './item-report.ts';
import type { Rule } from './rule.ts';

const SIGNED_STATUSES = new Set(['agreed', 'active', 'done']);

/** A plan agreed, active or done whose letter of agreement lacks a signature on either side. */
export const agreementUnsigned: Rule = {
  id: 'agreement-unsigned',
  severity: 'warning',
  description: 'A plan agreed, active or done whose letter of agreement lacks a signature on either side',
  check({ model, content, report }) {
    for (const { plan, agreement } of model.plans) {
      // A signature that is there but unreadable is a schema finding, not a missing signature.
      if (!SIGNED_STATUSES.has(plan.data.status) || plan.invalidFields.has('agreement')) continue;
      const missing: string[] = [];
      if (agreement.customer.length === 0) missing.push('the customer (`agreement.customer: { by: <contact name>, date: YYYY-MM-DD }`)');
      if (agreement.us.length === 0) missing.push('us (`agreement.us: { by: <person id>, date: YYYY-MM-DD }`)');
      if (missing.length === 0) continue;
      report({
        file: plan.file,
        path: plan.hasAgreement ? ['agreement'] : ['status'],
        anchor: 'key',
        subject: plan.id,
        owner: entryOwner(content, plan).owner,
        message: `The plan is ${plan.data.status} but its letter of agreement is not signed by ${missing.join(' nor by ')}${entryOwner(content, plan).clause}`,
      });
    }
  },
};
