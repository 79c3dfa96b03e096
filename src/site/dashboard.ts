// What the dashboard lists, taken from the core's findings (so its counts are the CLI's counts)
// and, for "at risk" which no rule reports, from the model's statuses. Each list is grouped by
// owner so that each person finds their own at a glance.
import { addDays } from '../core/dates.ts';
import { compareText, type Finding } from '../core/findings.ts';
import { ruleLevel, type AccountView, type CommitmentView, type MilestoneView } from '../core/model.ts';
import { ruleInfo } from '../core/rules/catalog.ts';
import type { SitePlaybook } from './playbook.ts';

export type DashboardEntry =
  | { kind: 'commitment'; view: CommitmentView; owner: string; finding?: Finding }
  | { kind: 'milestone'; view: MilestoneView; owner: string; finding?: Finding }
  | { kind: 'account'; view: AccountView; owner: string; finding?: Finding };

export interface OwnerGroup {
  /** A person id, or a client contact's name. */
  owner: string;
  label: string;
  ours: boolean;
  entries: DashboardEntry[];
}

export interface DashboardSection {
  id: string;
  title: string;
  /** The rule whose findings this lists; absent for lists no rule reports. */
  rule?: string;
  /** What the section means, in one line. */
  about: string;
  tone: 'bad' | 'warn' | 'info';
  /** The rule is turned off in playbook.yaml, so the list is empty by choice. */
  off: boolean;
  entries: DashboardEntry[];
  groups: OwnerGroup[];
}

/** How far ahead "coming up" looks: past the due-soon window, so the page can tell what changes. */
export const COMING_UP_DAYS = 14;

export function dashboard(playbook: SitePlaybook): DashboardSection[] {
  const { lookup, model, content } = playbook;
  const fromRule = (rule: string, toEntry: (finding: Finding) => DashboardEntry | undefined): DashboardEntry[] =>
    (lookup.byRule.get(rule) ?? []).flatMap((finding) => toEntry(finding) ?? []);
  const commitment = (finding: Finding): DashboardEntry | undefined => {
    const view = lookup.commitments.get(finding.subject);
    return view && { kind: 'commitment', view, owner: view.data.owner, finding };
  };
  const milestone = (finding: Finding): DashboardEntry | undefined => {
    const view = lookup.milestones.get(finding.subject);
    return view && { kind: 'milestone', view, owner: view.plan.data.owner, finding };
  };
  const account = (finding: Finding): DashboardEntry | undefined => {
    const view = lookup.accounts.get(finding.subject);
    return view && { kind: 'account', view, owner: view.account.data.owner, finding };
  };
  const horizon = addDays(model.asOf, COMING_UP_DAYS);
  const section = (id: string, title: string, tone: DashboardSection['tone'], entries: DashboardEntry[], rule?: string, about?: string): DashboardSection => ({
    id,
    title,
    rule,
    about: about ?? ruleInfo(rule!)!.description,
    tone,
    off: rule !== undefined && ruleLevel(playbook.content, rule) === 'off',
    entries: sortEntries(entries),
    groups: groupByOwner(playbook, sortEntries(entries)),
  });
  return [
    section('overdue', 'Overdue commitments', 'bad', fromRule('overdue', commitment), 'overdue'),
    section('milestones-overdue', 'Overdue milestones', 'bad', fromRule('milestone-overdue', milestone), 'milestone-overdue'),
    section('due-soon', 'Due soon', 'warn', fromRule('due-soon', commitment), 'due-soon'),
    section(
      'at-risk',
      'At risk',
      'warn',
      model.commitments.filter((c) => c.status === 'at-risk').map((view) => ({ kind: 'commitment' as const, view, owner: view.data.owner })),
      undefined,
      'Open commitments with a known risk, not yet late or due soon',
    ),
    section('stale-follow-ups', 'Stale follow-ups', 'bad', fromRule('stale-follow-up', account), 'stale-follow-up'),
    section('governance-overdue', 'Governance reviews overdue', 'warn', fromRule('governance-overdue', account), 'governance-overdue'),
    section(
      'coming-up',
      `Coming up in the next ${COMING_UP_DAYS} days`,
      'info',
      model.commitments
        .filter((c) => (c.status === 'open' || c.status === 'at-risk') && c.data.due <= horizon && c.data.due >= model.asOf && isPromising(lookup, c))
        .map((view) => ({ kind: 'commitment' as const, view, owner: view.data.owner })),
      undefined,
      'Open commitments in agreed or active plans, due after the due-soon window',
    ),
  ];
}

function isPromising(lookup: SitePlaybook['lookup'], commitment: CommitmentView): boolean {
  return lookup.plans.get(commitment.plan.id)?.promising ?? false;
}

function dueOf(entry: DashboardEntry): string {
  if (entry.kind === 'account') return entry.view.nextFollowUp;
  return entry.view.data.due;
}

function sortEntries(entries: DashboardEntry[]): DashboardEntry[] {
  return [...entries].sort((a, b) => compareText(dueOf(a), dueOf(b)) || compareText(keyOf(a), keyOf(b)));
}

function keyOf(entry: DashboardEntry): string {
  return entry.kind === 'account' ? entry.view.account.id : entry.view.key;
}

/** Our people by name first, then the client's contacts by name. */
export function groupByOwner(playbook: SitePlaybook, entries: DashboardEntry[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.owner);
    if (!group) {
      const person = playbook.content.people.get(entry.owner);
      group = { owner: entry.owner, label: person?.name ?? entry.owner, ours: person !== undefined, entries: [] };
      groups.set(entry.owner, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].sort((a, b) => Number(b.ours) - Number(a.ours) || compareText(a.label, b.label));
}

/** Owner -> count per section, for the "at a glance" table. */
export function ownerCounts(sections: DashboardSection[]): { owner: string; label: string; ours: boolean; counts: number[]; total: number }[] {
  const rows = new Map<string, { owner: string; label: string; ours: boolean; counts: number[]; total: number }>();
  sections.forEach((section, i) => {
    for (const group of section.groups) {
      const row = rows.get(group.owner) ?? { owner: group.owner, label: group.label, ours: group.ours, counts: sections.map(() => 0), total: 0 };
      row.counts[i] = group.entries.length;
      row.total += group.entries.length;
      rows.set(group.owner, row);
    }
  });
  return [...rows.values()].sort((a, b) => Number(b.ours) - Number(a.ours) || compareText(a.label, b.label));
}
