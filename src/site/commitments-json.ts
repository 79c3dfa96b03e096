// /commitments.json: every commitment with its derived status, for other tools. The statuses,
// days late and original dates are the core model's.
import type { SitePlaybook } from './playbook.ts';
import { itemAnchor, urls } from './urls.ts';

export function commitmentsJson(playbook: SitePlaybook) {
  const { model, content } = playbook;
  return {
    $schema: 'commitments.schema.json',
    title: content.settings.title,
    asOf: model.asOf,
    commitments: model.commitments.map((c) => ({
      key: c.key,
      account: c.plan.accountId,
      accountName: c.plan.account?.data.name ?? c.plan.accountId,
      plan: c.plan.id,
      planTitle: c.plan.data.title,
      planStatus: c.plan.data.status,
      id: c.id,
      what: c.data.what,
      side: c.side,
      owner: c.data.owner,
      ownerName: c.ownerName,
      chaser: c.chaserId ?? null,
      due: c.data.due,
      originalDue: c.firstDue,
      status: c.status,
      open: c.open,
      daysLate: c.daysLate,
      done: c.data.done ?? null,
      dropped: c.data.dropped ?? null,
      // Added after the agreement was signed (with who agreed, and why); null: part of the signed scope.
      added: c.data.added ?? null,
      milestone: c.data.milestone ?? null,
      after: c.data.after,
      risk: c.data.risk ?? null,
      slips: c.data.slips,
      url: `${urls.plan(c.plan.id)}#${itemAnchor.commitment(c.id)}`,
    })),
  };
}
