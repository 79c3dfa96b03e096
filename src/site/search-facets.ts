// What search knows of each page: its filters (kind, account, owner, plan status, account stage,
// each a separate facet) and what a result says of it (what kind of page, which account, what
// status). "Owner" means one thing everywhere: the person who answers for it (an account's
// relationship owner, a plan's delivery lead, a guide's owner). Names only, never ids.
import { personName } from '../core/model.ts';
import type { SitePlaybook } from './playbook.ts';
import { PLAN_STATUS_LABELS, STAGE_LABELS } from './status.ts';

export interface SearchFilters {
  kind: 'Account' | 'Plan' | 'Person' | 'Guide';
  account?: string[];
  owner?: string[];
  /** A plan's status. */
  status?: string[];
  /** An account's stage. */
  stage?: string[];
  /** What a result says under its title: "Plan · Northwind Logistics · Active". */
  meta: { kind: string; account?: string; status?: string };
}

/** The filter names as the search page shows them. */
export const FACET_LABELS = { kind: 'Kind', account: 'Account', owner: 'Owner', status: 'Plan status', stage: 'Account stage' } as const;

type Playbook = Pick<SitePlaybook, 'lookup' | 'model' | 'content'>;

export const searchFacets = {
  account(playbook: Playbook, accountId: string): SearchFilters {
    const view = playbook.lookup.accounts.get(accountId)!;
    const { data } = view.account;
    const stage = STAGE_LABELS[data.stage] ?? data.stage;
    return { kind: 'Account', account: [data.name], owner: [personName(playbook.model, data.owner)], stage: [stage], meta: { kind: 'Account', account: data.name, status: `${stage} stage` } };
  },
  plan(playbook: Playbook, planId: string): SearchFilters {
    const view = playbook.lookup.plans.get(planId)!;
    const { data, account } = view.plan;
    const status = PLAN_STATUS_LABELS[data.status] ?? data.status;
    const name = account?.data.name ?? view.plan.accountId;
    return { kind: 'Plan', account: [name], owner: [personName(playbook.model, data.owner)], status: [status], meta: { kind: 'Plan', account: name, status } };
  },
  person(playbook: Playbook, personId: string): SearchFilters {
    const person = playbook.content.people.get(personId);
    const role = [person?.role, person?.team].filter(Boolean).join(', ');
    return { kind: 'Person', meta: { kind: 'Person', ...(role ? { status: role } : {}) } };
  },
  guide(playbook: Playbook, guideId: string): SearchFilters {
    const guide = playbook.model.guides.find((g) => g.id === guideId)!;
    return { kind: 'Guide', owner: guide.data.owner ? [personName(playbook.model, guide.data.owner)] : [], meta: { kind: 'Guide' } };
  },
};
