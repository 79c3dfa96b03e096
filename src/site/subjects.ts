// What a finding is about, by name: "Install scanners at all 8 facilities" in "Scanner rollout",
// Northwind Logistics; the account; the guide; the person. People read names, not subject ids or
// file paths; the file and line stay as a small edit link (see FindingList.astro).
import type { Finding } from '../core/findings.ts';
import { subjectParts, type SubjectParts } from '../core/model/names.ts';
import type { SitePlaybook } from './playbook.ts';
import { urls, subjectUrl } from './urls.ts';

export interface SubjectName extends SubjectParts {
  /** Its page (and row). */
  href?: string;
  /** What the row `href` lands on is, when it is finer than the page: "touchpoint", "checklist item". */
  row?: string;
}

/** What kind of row a link lands on, from the finding and its link's fragment. */
function rowKind(finding: Pick<Finding, 'row'>, href: string | undefined): string | undefined {
  if (finding.row !== undefined) return 'touchpoint' in finding.row ? 'touchpoint' : 'checklist item';
  const fragment = href?.split('#')[1];
  return fragment === undefined ? undefined : /^(commitment|milestone|incident)-/.exec(fragment)?.[1];
}

export function subjectName(playbook: Pick<SitePlaybook, 'lookup' | 'model' | 'content'>, finding: Pick<Finding, 'subject' | 'file' | 'rule' | 'line' | 'column' | 'message' | 'severity' | 'row'>): SubjectName {
  const { lookup, model } = playbook;
  const { subject } = finding;
  const href = subjectUrl(lookup, finding as Finding);
  const row = rowKind(finding, href);
  const known = subjectParts(model, subject);
  if (known) return { ...known, ...(href ? { href } : {}), ...(row ? { row } : {}) };
  // An item the model does not hold (a duplicate id's second, say): its plan.
  const hash = subject.indexOf('#');
  const plan = hash > 0 ? subjectParts(model, subject.slice(0, hash)) : undefined;
  if (plan) return { ...plan, ...(href ? { href } : {}) };
  if (subject.startsWith('guides/')) return { name: 'A guide', ...(href ? { href } : {}) };
  if (subject.startsWith('people/')) return { name: 'Our people', href: href ?? urls.people() };
  return { name: lookup.contentPaths.get(finding.file) ?? finding.file, ...(href ? { href } : {}) };
}
