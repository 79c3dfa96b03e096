// What the dashboard lists: each list is a rule's findings (so its count is the checker's count)
// or a status of the model (at risk, coming up), judged on the build's day and on each day of the
// reading window (see dated.ts): an entry that falls overdue next week is in the list already,
// hidden until then. Every entry is grouped under the person on our side who answers for it: its
// owner, or for the client's commitments the person who follows them up ("waiting on the client").
import { compareText } from '../core/findings.ts';
import { personName, ruleLevel, type AccountView, type CommitmentView, type IncidentView, type MilestoneView } from '../core/model.ts';
import { followUpWhen, incidentWhen, itemWhen, ownerTouchWhen, reviewWhen, upcomingWhen } from '../core/model/when.ts';
import type { When } from '../core/model/status.ts';
import { ruleInfo } from '../core/rules/catalog.ts';
import { appears, tally, type Tally } from './dated.ts';
import type { SitePlaybook } from './playbook.ts';
import { ruleTitle } from './rule-titles.ts';

export type DashboardEntry = { person: string; when: When; date: string; key: string } & (
  | { kind: 'commitment'; view: CommitmentView }
  | { kind: 'milestone'; view: MilestoneView }
  | { kind: 'account'; view: AccountView; about: 'follow-up' | 'owner-touch' | 'review' }
  | { kind: 'incident'; view: IncidentView; account: AccountView }
);

export interface PersonGroup {
  person: string;
  name: string;
  /** Their own (and internal) items, or the accounts they own. */
  own: DashboardEntry[];
  /** The client's commitments they follow up. */
  waiting: DashboardEntry[];
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
  /** Every entry that shows on some day of the reading window. */
  entries: DashboardEntry[];
  groups: PersonGroup[];
  count: Tally;
  /** Few enough to list here; otherwise each person's page lists theirs. */
  listed: boolean;
}

/** How far ahead "coming up" looks: past the due-soon window, so the page can tell what changes. */
export const COMING_UP_DAYS = 14;
/** A list longer than this (entries of the whole reading window) is summarised, not listed. */
export const SECTION_LIMIT = 60;

export function dashboard(playbook: SitePlaybook): DashboardSection[] {
  const { model, lookup } = playbook;
  const promising = (view: CommitmentView | MilestoneView) => lookup.plans.get(view.plan.id)?.promising ?? false;
  const item = <V extends CommitmentView | MilestoneView>(view: V, when: When) =>
    ({ kind: view.kind, view, when, person: view.answerableId, date: view.data.due, key: view.key }) as DashboardEntry;
  // Only the promises of plans that make them: a draft, done or cancelled plan has no item overdue,
  // due soon or at risk here, as in the counts by owner and on each person's page (a closed plan's
  // open commitments are closed-plan-open-items findings).
  const commitments = (status: 'overdue' | 'due-soon' | 'at-risk') => model.commitments.filter(promising).map((c) => item(c, itemWhen(c, status, true)));
  const accounts = (about: 'follow-up' | 'owner-touch' | 'review', when: (view: AccountView) => When, date: (view: AccountView) => string | undefined) =>
    model.accounts.flatMap((view): DashboardEntry[] => {
      const on = date(view);
      return on === undefined ? [] : [{ kind: 'account', view, about, when: when(view), person: view.account.data.owner, date: on, key: view.account.id }];
    });
  const section = (id: string, tone: DashboardSection['tone'], all: DashboardEntry[], rule: string | undefined, title = ruleTitle(rule!), about?: string): DashboardSection => {
    const entries = all.filter((entry) => appears(playbook, entry.when)).sort((a, b) => compareText(a.date, b.date) || compareText(a.key, b.key));
    const off = rule !== undefined && ruleLevel(playbook.content, rule) === 'off';
    return {
      id,
      title,
      rule,
      about: about ?? ruleInfo(rule!)!.description,
      tone,
      off,
      entries: off ? [] : entries,
      groups: off ? [] : groupByPerson(playbook, entries),
      count: tally(playbook, off ? [] : entries.map((entry) => entry.when)),
      listed: entries.length <= SECTION_LIMIT,
    };
  };
  return [
    section('overdue', 'bad', commitments('overdue'), 'overdue'),
    section('milestones-overdue', 'bad', model.milestones.map((m) => item(m, itemWhen(m, 'overdue', promising(m)))), 'milestone-overdue'),
    section('due-soon', 'warn', commitments('due-soon'), 'due-soon'),
    section('at-risk', 'warn', commitments('at-risk'), undefined, 'At risk', 'Open commitments with a known risk, not yet late or due soon'),
    section('stale-follow-ups', 'bad', accounts('follow-up', followUpWhen, (v) => v.nextFollowUp), 'stale-follow-up'),
    section('owner-absent', 'warn', accounts('owner-touch', ownerTouchWhen, (v) => v.nextOwnerTouch), 'owner-absent'),
    section('governance-overdue', 'warn', accounts('review', reviewWhen, (v) => v.nextReview), 'governance-overdue'),
    section(
      'incidents',
      'warn',
      model.accounts.flatMap((account) => account.incidents.map((view): DashboardEntry => ({ kind: 'incident', view, account, when: incidentWhen(view), person: account.account.data.owner, date: view.explainBy, key: view.key }))),
      'incident-unexplained',
    ),
    section(
      'coming-up',
      'info',
      model.commitments.map((c) => item(c, upcomingWhen(c, promising(c), COMING_UP_DAYS))),
      undefined,
      `Coming up in the next ${COMING_UP_DAYS} days`,
      'Open commitments in agreed or active plans, due after the due-soon window',
    ),
  ];
}

/** By the person on our side who answers, by name; the client's items they chase after their own. */
export function groupByPerson(playbook: SitePlaybook, entries: readonly DashboardEntry[]): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.person);
    if (!group) groups.set(entry.person, (group = { person: entry.person, name: personName(playbook.model, entry.person), own: [], waiting: [] }));
    if (entry.kind === 'commitment' && entry.view.side === 'client') group.waiting.push(entry);
    else group.own.push(entry);
  }
  return [...groups.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.person, b.person));
}
