// Indexes over the checked playbook, so that pages find things by id instead of scanning. This
// groups and sorts what the core derived; it never decides a status or a finding itself.
import type { CheckResult } from '../core/check.ts';
import type { Account, Plan } from '../core/content.ts';
import { compareText, type Finding } from '../core/findings.ts';
import type { AccountView, CommitmentView, MilestoneView, PlanView } from '../core/model.ts';

export interface PersonIndex {
  /** Open commitments they own, by due date. */
  open: CommitmentView[];
  /** Every commitment they own, open or not. */
  all: CommitmentView[];
  /** Accounts they own or are on the team of. */
  accounts: { view: AccountView; role: 'owner' | 'team' }[];
  /** Plans they lead. */
  plans: PlanView[];
}

export interface Lookup {
  accounts: Map<string, AccountView>;
  plans: Map<string, PlanView>;
  /** Commitments and milestones by `<account>/<plan>#<id>`. */
  commitments: Map<string, CommitmentView>;
  milestones: Map<string, MilestoneView>;
  /** Findings by subject, in reading order. */
  bySubject: Map<string, Finding[]>;
  /** Findings by rule id. */
  byRule: Map<string, Finding[]>;
  /** A finding's `file` (relative to the working directory) -> the path inside the content folder. */
  contentPaths: Map<string, string>;
  /** Person id -> what they own. */
  people: Map<string, PersonIndex>;
}

export function buildLookup(result: CheckResult): Lookup {
  const { model, findings, content } = result;
  const accounts = new Map(model.accounts.map((view) => [view.account.id, view]));
  const plans = new Map(model.plans.map((view) => [view.plan.id, view]));
  const commitments = new Map(model.commitments.map((view) => [view.key, view]));
  const milestones = new Map(model.milestones.map((view) => [view.key, view]));
  const bySubject = groupBy(findings, (finding) => finding.subject);
  const byRule = groupBy(findings, (finding) => finding.rule);
  const contentPaths = new Map([...content.files.values()].map((file) => [file.path, file.contentPath]));

  const people = new Map<string, PersonIndex>();
  const personIndex = (id: string): PersonIndex => {
    let entry = people.get(id);
    if (!entry) people.set(id, (entry = { open: [], all: [], accounts: [], plans: [] }));
    return entry;
  };
  for (const id of model.people.keys()) personIndex(id);
  for (const view of model.commitments) {
    if (view.side !== 'ours') continue;
    const entry = personIndex(view.data.owner);
    entry.all.push(view);
    if (view.open) entry.open.push(view);
  }
  for (const view of model.accounts) {
    const { owner, team } = view.account.data;
    personIndex(owner).accounts.push({ view, role: 'owner' });
    for (const id of new Set(team)) if (id !== owner) personIndex(id).accounts.push({ view, role: 'team' });
  }
  for (const view of model.plans) personIndex(view.plan.data.owner).plans.push(view);
  for (const entry of people.values()) {
    entry.open.sort(byDue);
    entry.all.sort(byDue);
    entry.accounts.sort((a, b) => compareText(a.view.account.data.name, b.view.account.data.name));
  }
  return { accounts, plans, commitments, milestones, bySubject, byRule, contentPaths, people };
}

/** Earliest due first; ties by plan and id so the order is stable. */
export function byDue(a: CommitmentView | MilestoneView, b: CommitmentView | MilestoneView): number {
  return compareText(a.data.due, b.data.due) || compareText(a.key, b.key);
}

/** Findings about an account itself (not its plans). */
export function accountFindings(lookup: Lookup, account: Account): Finding[] {
  return lookup.bySubject.get(account.id) ?? [];
}

/** Findings about a plan and every item in it. */
export function planFindings(lookup: Lookup, plan: Plan): Finding[] {
  const found = [...(lookup.bySubject.get(plan.id) ?? [])];
  // Ids, not items: two items sharing an id (a duplicate-id finding) share their findings too.
  const ids = new Set([...plan.milestoneIds, ...plan.commitmentIds]);
  for (const id of ids) found.push(...(lookup.bySubject.get(`${plan.id}#${id}`) ?? []));
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
