// Indexes over the checked playbook, so that pages find things by id instead of scanning. This
// groups what the core derived; it never decides a status or a finding itself. What each person
// owes and chases is the model's (model.byPerson), so that their page and `report --person` agree.
import type { CheckResult } from '../core/check.ts';
import type { Account, Plan } from '../core/content.ts';
import { compareText, type Finding } from '../core/findings.ts';
import { groupBy } from '../core/group-by.ts';
import type { AccountView, CommitmentView, MilestoneView, PlanView } from '../core/model.ts';

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
  /** Our people's ids, for links to their pages. */
  people: ReadonlySet<string>;
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

  return { accounts, plans, commitments, milestones, bySubject, byRule, contentPaths, people: new Set(model.people.keys()) };
}

export { byDue } from '../core/model/people.ts';

/** Findings about an account itself and its incidents (not its plans). */
export function accountFindings(lookup: Lookup, account: Account): Finding[] {
  const found = [...(lookup.bySubject.get(account.id) ?? [])];
  for (const id of new Set(account.writtenIncidents.map((incident) => incident.id))) found.push(...(lookup.bySubject.get(`${account.id}#${id}`) ?? []));
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Findings about a plan and every item in it. */
export function planFindings(lookup: Lookup, plan: Plan): Finding[] {
  const found = [...(lookup.bySubject.get(plan.id) ?? [])];
  // Ids, not items: two items sharing an id (a duplicate-id finding) share their findings too.
  const ids = new Set([...plan.milestoneIds, ...plan.commitmentIds]);
  for (const id of ids) found.push(...(lookup.bySubject.get(`${plan.id}#${id}`) ?? []));
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
