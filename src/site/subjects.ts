// What a finding is about, by name: "Install scanners at all 8 facilities" in "Scanner rollout",
// Northwind Logistics; the account; the guide; the person. People read names, not subject ids or
// file paths; the file and line stay as a small edit link (see FindingList.astro).
import type { Finding } from '../core/findings.ts';
import { itemLabel } from '../core/model.ts';
import type { SitePlaybook } from './playbook.ts';
import { urls, subjectUrl } from './urls.ts';

export interface SubjectName {
  /** The thing's own name. */
  name: string;
  /** Where it belongs, when that helps: "Scanner rollout · Northwind Logistics". */
  context?: string;
  /** Its page (and row). */
  href?: string;
  /** The account it belongs to, by id, for grouping. */
  accountId?: string;
}

export function subjectName(playbook: Pick<SitePlaybook, 'lookup' | 'model' | 'content'>, finding: Pick<Finding, 'subject' | 'file' | 'rule' | 'line' | 'column' | 'message' | 'severity'>): SubjectName {
  const { lookup, model, content } = playbook;
  const { subject } = finding;
  const href = subjectUrl(lookup, finding as Finding);
  const item = lookup.commitments.get(subject) ?? lookup.milestones.get(subject);
  if (item) {
    const account = item.plan.account?.data.name ?? item.plan.accountId;
    return { name: itemLabel(item), context: `${item.plan.data.title} · ${account}`, href, accountId: item.plan.accountId };
  }
  const hash = subject.indexOf('#');
  if (hash > 0) {
    const account = lookup.accounts.get(subject.slice(0, hash));
    const incident = account?.incidents.find((i) => i.key === subject);
    if (account && incident) return { name: `Incident: ${incident.data.what}`, context: account.account.data.name, href, accountId: account.account.id };
    const plan = lookup.plans.get(subject.slice(0, hash));
    if (plan) return { name: plan.plan.data.title, context: plan.plan.account?.data.name, href, accountId: plan.plan.accountId };
  }
  const plan = lookup.plans.get(subject);
  if (plan) return { name: plan.plan.data.title, context: plan.plan.account?.data.name, href, accountId: plan.plan.accountId };
  const account = lookup.accounts.get(subject);
  if (account) return { name: account.account.data.name, href, accountId: account.account.id };
  if (subject.startsWith('guides/')) {
    const guide = model.guides.find((g) => g.id === subject);
    return { name: guide ? `Guide: ${guide.data.title}` : 'A guide', href };
  }
  if (subject.startsWith('people/')) {
    const person = content.people.get(subject.slice('people/'.length));
    return { name: person ? person.name : 'Our people', href: href ?? urls.people() };
  }
  return { name: lookup.contentPaths.get(finding.file) ?? finding.file, href };
}
