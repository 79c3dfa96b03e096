// "What they owe and what is late": for a person, for an account, and for the whole playbook
// (the scheduled workflow's issue). Built from the derived model only, so the reports, the
// rules and the site agree on every status and every day late. Rendered as a terminal table or
// as markdown; `playbook report --format markdown` and the issue are the same text.
import type { Content, PersonEntry } from '../content.ts';
import { dayCount, daysBetween, type CalendarDate } from '../dates.ts';
import { compareText } from '../findings.ts';
import { itemLabel, itemPath, ownerLabel, personName, planName, type AccountView, type ItemView, type Model, type PlanView, type Side } from '../model.ts';
import { ALWAYS, QUIET_STAGES, type When } from '../model/status.ts';
import { followUpWhen, incidentWhen, itemWhen, ownerTouchWhen, reviewWhen } from '../model/when.ts';
import { CHANGE_WEEKS, promiseTrend, type TrendGroup } from '../model.ts';
import { clipToWidth, displayWidth, padToWidth } from './display-width.ts';
import { KEEPING_HEADING, keepingSentence } from './keeping-lines.ts';
import { fitRows } from './fit.ts';
import { printableLine } from './printable.ts';
import { cell, escapeMarkdown, linkPath } from './markdown.ts';
import { contentFolderUrl } from '../source-links.ts';

export type OwedKind = 'commitment' | 'milestone' | 'follow-up' | 'owner-touch' | 'review' | 'incident' | 'handoff';
export type OwedStatus = 'overdue' | 'stale' | 'due-soon' | 'at-risk' | 'open';

export interface OwedItem {
  kind: OwedKind;
  /** The commitment's `what`, the milestone's title, "Follow up with Northwind Logistics". */
  what: string;
  /** The plan id, or the account id for a follow-up, a review or an incident (for sorting, links and scripts). */
  where: string;
  /** The same by name, as the report shows it: "Scanner rollout · Northwind Logistics", "Northwind Logistics". */
  whereName: string;
  /** Person id or contact name. */
  ownerId: string;
  /** "Omar Haddad", "Bob Smith (client)". */
  owner: string;
  /** For the client's items: who on our side follows it up, and their name. */
  chaserId?: string;
  chaser?: string;
  side: Side;
  due: CalendarDate;
  status: OwedStatus;
  /** Days past due (0 when not late). */
  daysLate: number;
  /** Where it is written: content path and line, for links. */
  contentPath: string;
  /** Found in the file only when read (the markdown report's links): the site and the text report never ask. */
  line: number;
  /** What it is about: the item's key (`<plan>#<item>`), the account's id, or the incident's key. */
  subject: string;
  /** On which days it is late (model/when.ts), so that a list built for one day can be re-judged for another. */
  late: When;
}

export interface OwedReport {
  kind: 'person' | 'account';
  id: string;
  /** The person's or the account's name. */
  name: string;
  asOf: CalendarDate;
  /** Late things, most late first. */
  late: OwedItem[];
  /** What is owed and not late yet, by due date: for a person, theirs; for an account, our side's. */
  owed: OwedItem[];
  /** What the client owes, not late yet: for a person, the client's items they follow up. */
  clientOwes: OwedItem[];
}

function itemOf(view: ItemView): OwedItem {
  const { data, plan } = view;
  return {
    kind: view.kind,
    what: itemLabel(view),
    where: plan.id,
    whereName: planName(plan),
    ownerId: view.ownerId,
    owner: ownerLabel(view),
    ...(view.chaserId !== undefined ? { chaserId: view.chaserId, chaser: view.chaserName ?? view.chaserId } : {}),
    side: view.side,
    due: data.due,
    status: view.status === 'overdue' || view.status === 'due-soon' || view.status === 'at-risk' ? view.status : 'open',
    daysLate: view.daysLate,
    contentPath: plan.file.contentPath,
    get line() {
      return plan.file.place(itemPath(view)).line;
    },
    subject: view.key,
    late: itemWhen(view, 'overdue', true),
  };
}

/**
 * The name of an account's or a plan's owner; "no owner" when it could not be read (left out or
 * not a string): the loader's stand-in is no one's name, and the schema finding says what to fix.
 */
function ownerName(model: Model, entry: { data: { owner: string }; invalidFields: ReadonlySet<string> }): string {
  return entry.invalidFields.has('owner') ? 'no owner' : personName(model, entry.data.owner);
}

/** What an account owes its client on our side: the follow-up, the owner's own contact, the governance review, unexplained incidents. */
function accountItems(model: Model, view: AccountView): OwedItem[] {
  const { account } = view;
  const items: OwedItem[] = [];
  const base = {
    where: account.id,
    whereName: account.data.name,
    ownerId: account.data.owner,
    owner: ownerName(model, account),
    side: 'ours' as const,
    contentPath: account.file.contentPath,
    subject: account.id,
  };
  const late = (due: CalendarDate, isLate: boolean) => (isLate ? daysBetween(due, model.asOf) : 0);
  if (!QUIET_STAGES.has(account.data.stage)) {
    items.push({
      ...base,
      kind: 'follow-up',
      // Without a touchpoint, the last contact is the day it became an account: said as such.
      what: `Follow up with ${account.data.name} (${view.lastTouchpoint ? `last contact ${view.lastContact}` : `none logged since ${view.lastContact}`})`,
      due: view.nextFollowUp,
      status: view.followUpStale ? 'stale' : 'open',
      daysLate: late(view.nextFollowUp, view.followUpStale),
      late: followUpWhen(view),
      get line() {
        return account.file.place(view.lastTouchpoint ? ['touchpoints', view.lastTouchpoint.index] : ['since']).line;
      },
    });
  }
  if (view.nextOwnerTouch !== undefined) {
    items.push({
      ...base,
      kind: 'owner-touch',
      what: `Talk to ${account.data.name} yourself (${view.lastOwnerTouchpoint ? `last ${view.lastOwnerContact}` : `none logged since ${view.lastOwnerContact}`})`,
      due: view.nextOwnerTouch,
      status: view.ownerAbsent ? 'stale' : 'open',
      daysLate: late(view.nextOwnerTouch, view.ownerAbsent),
      late: ownerTouchWhen(view),
      get line() {
        return account.file.place(view.lastOwnerTouchpoint ? ['touchpoints', view.lastOwnerTouchpoint.index] : ['since']).line;
      },
    });
  }
  if (view.nextReview !== undefined) {
    items.push({
      ...base,
      kind: 'review',
      what: `Governance review with ${account.data.name}${view.lastReview ? ` (last ${view.lastReview.date})` : ''}`,
      due: view.nextReview,
      status: view.governanceOverdue ? 'overdue' : 'open',
      daysLate: late(view.nextReview, view.governanceOverdue),
      late: reviewWhen(view),
      get line() {
        return account.file.place(view.lastReview ? ['touchpoints', view.lastReview.index] : ['governance_every']).line;
      },
    });
  }
  for (const incident of view.incidents) {
    if (incident.explainedOn !== undefined) continue;
    items.push({
      ...base,
      kind: 'incident',
      where: incident.key,
      subject: incident.key,
      late: incidentWhen(incident),
      what: `Explain the incident "${incident.data.what}" to ${account.data.name}`,
      due: incident.explainBy,
      status: incident.unexplained ? 'overdue' : 'open',
      daysLate: late(incident.explainBy, incident.unexplained),
      get line() {
        return account.file.place(['incidents', incident.data.index]).line;
      },
    });
  }
  // Due before today yet not late: the model could not judge it (a field it is measured from
  // cannot be read, and check, to raise no false alarm, says so as a schema error instead).
  // Owed "in -320 days" would be nonsense; the broken file is the thing to fix.
  return items.filter((item) => isLate(item) || item.due >= model.asOf);
}

function isLate(item: OwedItem): boolean {
  return item.status === 'overdue' || item.status === 'stale';
}

const byLateness = (a: OwedItem, b: OwedItem) => b.daysLate - a.daysLate || compareText(a.due, b.due) || compareText(a.where, b.where) || compareText(a.what, b.what);
const byDue = (a: OwedItem, b: OwedItem) => compareText(a.due, b.due) || compareText(a.where, b.where) || compareText(a.what, b.what);

/**
 * What a person (a person id of people.yaml) owes, what of the client's they follow up, and what
 * is late: exactly the model's lists for them, which their page on the site shows too.
 */
export function personReport(model: Model, personId: string): OwedReport {
  const view = model.byPerson.get(personId);
  const own = [...(view?.owes ?? []).map(itemOf), ...(view?.accounts ?? []).filter((a) => a.role === 'owner').flatMap((a) => accountItems(model, a.view))];
  const chased = (view?.chases ?? []).map(itemOf);
  return {
    kind: 'person',
    id: personId,
    name: personName(model, personId),
    asOf: model.asOf,
    late: [...own, ...chased].filter(isLate).sort(byLateness),
    owed: own.filter((item) => !isLate(item)).sort(byDue),
    clientOwes: chased.filter((item) => !isLate(item)).sort(byDue),
  };
}

/** What is owed on an account, by both sides, and what is late. */
export function accountReport(model: Model, accountId: string): OwedReport {
  const view = model.accounts.find((a) => a.account.id === accountId);
  const items = (view?.plans ?? []).filter((plan) => plan.promising).flatMap((plan) => [...plan.milestones, ...plan.commitments]).filter((item) => item.open).map(itemOf);
  const all = [...items, ...(view ? accountItems(model, view) : [])];
  const notLate = all.filter((item) => !isLate(item)).sort(byDue);
  return {
    kind: 'account',
    id: accountId,
    name: view?.account.data.name ?? accountId,
    asOf: model.asOf,
    late: all.filter(isLate).sort(byLateness),
    owed: notLate.filter((item) => item.side !== 'client'),
    clientOwes: notLate.filter((item) => item.side === 'client'),
  };
}

/** Everything overdue or stale in the playbook: the body of the scheduled workflow's issue. */
export interface StaleReport {
  asOf: CalendarDate;
  title: string;
  commitments: OwedItem[];
  milestones: OwedItem[];
  followUps: OwedItem[];
  ownerTouches: OwedItem[];
  reviews: OwedItem[];
  incidents: OwedItem[];
  /** Plans that started with items of the handoff checklist undated (`handoff-incomplete`). */
  handoffs: OwedItem[];
  /** How many things in all; 0 means the issue can be closed. */
  count: number;
  /** Each team's promise-keeping this week (its last 4 weeks and their change): not counted in `count`. */
  teams: TrendGroup[];
}

export function staleReport(model: Model): StaleReport {
  const commitments = model.commitments.filter((c) => c.status === 'overdue').map(itemOf).sort(byLateness);
  const milestones = model.milestones.filter((m) => m.status === 'overdue').map(itemOf).sort(byLateness);
  const accountLate = model.accounts.flatMap((view) => accountItems(model, view)).filter(isLate).sort(byLateness);
  const of = (kind: OwedKind) => accountLate.filter((item) => item.kind === kind);
  const handoffs = model.plans.filter((view) => view.handoffMissing.length > 0).map((view) => handoffOf(model, view)).sort(byLateness);
  const report = { asOf: model.asOf, title: model.content.settings.title, commitments, milestones, followUps: of('follow-up'), ownerTouches: of('owner-touch'), reviews: of('review'), incidents: of('incident'), handoffs };
  const teams = promiseTrend(model, { by: 'team', weeks: 2 * CHANGE_WEEKS }).groups;
  return { ...report, count: commitments.length + milestones.length + accountLate.length + handoffs.length, teams };
}

/** A plan that started with its handoff checklist incomplete: late since its kickoff, its owner's to finish. */
function handoffOf(model: Model, view: PlanView): OwedItem {
  const { plan } = view;
  return {
    kind: 'handoff',
    what: `Handoff of ${plan.data.title}: ${view.handoffMissing.map((item) => item.label).join('; ')} (no date)`,
    where: plan.id,
    whereName: planName(plan),
    ownerId: plan.data.owner,
    owner: ownerName(model, plan),
    side: 'ours',
    due: plan.data.kickoff,
    status: 'overdue',
    daysLate: daysBetween(plan.data.kickoff, model.asOf),
    contentPath: plan.file.contentPath,
    get line() {
      return plan.file.place(Object.keys(plan.data.handoff).length > 0 ? ['handoff'] : ['kickoff']).line;
    },
    subject: plan.id,
    // Listed for the day only (the reminders issue), never re-judged on a page.
    late: ALWAYS,
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering

export interface RenderOptions {
  /** Markdown only: link each item to its line, e.g. `https://github.com/acme/playbook/blob/main/content`. */
  linkBase?: string;
  /** Markdown only: add the GitHub handle after our people's names, so an issue notifies them. */
  mention?: ReadonlyMap<string, PersonEntry>;
  /** The person the report is for: the client's items they chase do not say "chased by" them again. */
  reader?: string;
}

interface Column {
  header: string;
  value: (item: OwedItem) => string;
  /** Markdown: the value is already markdown (a link). */
  raw?: boolean;
}

function columns(asOf: CalendarDate, late: boolean, options: RenderOptions, markdown: boolean, withOwner = true): Column[] {
  const where: Column = markdown && options.linkBase
    ? { header: 'Where', raw: true, value: (i) => `[${cell(i.whereName)}](${options.linkBase}/${linkPath(i.contentPath)}#L${i.line})` }
    : { header: 'Where', value: (i) => i.whereName };
  // The owner's GitHub handle (people.yaml) is a mention on purpose, so that the reminders issue
  // notifies them: written as markdown, past the escaping that keeps any other `@` from content inert.
  // The client's items name who on our side chases them: the one the reminder is for.
  const chased = (i: OwedItem) => (i.chaser === undefined || i.chaserId === options.reader ? '' : `, chased by ${i.chaser}`);
  const owner: Column = {
    header: 'Owner',
    raw: markdown,
    value: (i) => {
      if (!markdown) return `${i.owner}${chased(i)}`;
      const ours = i.side === 'ours' ? i.ownerId : i.chaserId;
      const handle = ours === undefined ? undefined : options.mention?.get(ours)?.github;
      return `${cell(`${i.owner}${chased(i)}`)}${handle ? ` @${handle}` : ''}`;
    },
  };
  return [
    { header: 'Due', value: (i) => i.due },
    late ? { header: 'Late', value: (i) => dayCount(i.daysLate) } : { header: 'In', value: (i) => inDays(daysBetween(asOf, i.due)) },
    { header: 'What', value: (i) => i.what },
    where,
    ...(withOwner ? [owner] : []),
    { header: 'Status', value: (i) => i.status },
  ];
}

function inDays(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `${days} days`;
}

function textTable(items: readonly OwedItem[], cols: readonly Column[]): string[] {
  // In the columns a terminal shows (display-width.ts), so that CJK and emoji names line up.
  const clip = (value: string) => clipToWidth(printableLine(value), 70);
  const rows = [cols.map((c) => c.header), ...items.map((item) => cols.map((c) => clip(c.value(item))))];
  const widths = cols.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i]!))));
  return rows.map((row) => `  ${row.map((value, i) => (i === row.length - 1 ? value : padToWidth(value, widths[i]!))).join('  ')}`.trimEnd());
}

function markdownTable(items: readonly OwedItem[], cols: readonly Column[]): string[] {
  return [
    `| ${cols.map((c) => c.header).join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...items.map((item) => `| ${cols.map((c) => (c.raw ? c.value(item) : cell(c.value(item)))).join(' | ')} |`),
  ];
}

function sections(report: OwedReport): { title: string; items: OwedItem[]; late: boolean }[] {
  if (report.kind === 'person') {
    return [
      { title: 'Late', items: report.late, late: true },
      { title: 'Owed', items: report.owed, late: false },
      { title: 'Waiting on the client: they follow up', items: report.clientOwes, late: false },
    ];
  }
  return [
    { title: 'Late', items: report.late, late: true },
    { title: 'We owe', items: report.owed, late: false },
    { title: 'The client owes', items: report.clientOwes, late: false },
  ];
}

/** An account's tables say whose each item is; a person's, only where the client's items stand. */
function ownerColumn(report: OwedReport, items: readonly OwedItem[]): boolean {
  return report.kind === 'account' || items.some((item) => item.side === 'client');
}

function heading(report: OwedReport): string {
  const name = printableLine(report.name);
  return report.kind === 'person' ? `${name}: what they owe and what is late` : `${name}: what is owed and what is late`;
}

function summary(report: OwedReport): string {
  const owed = report.owed.length + report.clientOwes.length;
  return `${report.late.length} late, ${owed} not due yet`;
}

const readerOf = (report: OwedReport) => (report.kind === 'person' ? report.id : undefined);

export function formatOwedText(report: OwedReport): string {
  const lines = [`${heading(report)}, as of ${report.asOf}`, ''];
  for (const section of sections(report)) {
    lines.push(`${section.title} (${section.items.length})`);
    if (section.items.length === 0) lines.push('  nothing');
    else lines.push(...textTable(section.items, columns(report.asOf, section.late, { reader: readerOf(report) }, false, ownerColumn(report, section.items))));
    lines.push('');
  }
  lines.push(`${summary(report)}.`);
  return `${lines.join('\n')}\n`;
}

export function formatOwedMarkdown(report: OwedReport, options: RenderOptions = {}): string {
  const lines = [`## ${escapeMarkdown(heading(report))}`, '', `As of **${report.asOf}**: ${summary(report)}.`, ''];
  for (const section of sections(report)) {
    lines.push(`### ${section.title} (${section.items.length})`, '');
    if (section.items.length === 0) lines.push('Nothing.', '');
    else lines.push(...markdownTable(section.items, columns(report.asOf, section.late, { ...options, reader: readerOf(report) }, true, ownerColumn(report, section.items))), '');
  }
  return lines.join('\n');
}

function staleSections(report: StaleReport) {
  return [
    { title: 'Overdue commitments', one: 'overdue commitment', items: report.commitments },
    { title: 'Overdue milestones', one: 'overdue milestone', items: report.milestones },
    { title: 'Stale follow-ups', one: 'stale follow-up', items: report.followUps },
    { title: 'Owners out of touch', one: 'owner out of touch', items: report.ownerTouches },
    { title: 'Governance reviews overdue', one: 'governance review overdue', items: report.reviews },
    { title: 'Incidents not yet explained', one: 'incident not yet explained', items: report.incidents },
    { title: 'Handoffs started incomplete', one: 'handoff started incomplete', items: report.handoffs },
  ].filter((section) => section.items.length > 0);
}

function staleSummary(report: StaleReport): string {
  if (report.count === 0) return 'nothing is overdue or stale';
  return staleSections(report)
    .map((s) => `${s.items.length} ${s.items.length === 1 ? s.one : s.title.toLowerCase()}`)
    .join(', ');
}

export function formatStaleText(report: StaleReport): string {
  const lines = [`${printableLine(report.title)}: overdue and stale, as of ${report.asOf}`, ''];
  for (const section of staleSections(report)) {
    lines.push(`${section.title} (${section.items.length})`, ...textTable(section.items, columns(report.asOf, true, {}, false)), '');
  }
  lines.push(`${capitalize(staleSummary(report))}.`);
  if (report.teams.length > 0) lines.push('', KEEPING_HEADING, ...report.teams.map((team) => `  ${printableLine(team.label)}: ${keepingSentence(team)}`));
  return `${lines.join('\n')}\n`;
}

export interface StaleMarkdownOptions extends RenderOptions {
  /**
   * At most this many characters (GitHub takes 65,536 in an issue's body): each section then
   * lists its latest items up to a number that fits, says how many it leaves out, and the top
   * of the text says where to see them all.
   */
  maxLength?: number;
  /** The published site, for the link to see everything (its reports page). */
  siteUrl?: string;
}

export function formatStaleMarkdown(report: StaleReport, options: StaleMarkdownOptions = {}): string {
  const render = (perSection: number) => renderStale(report, options, perSection);
  if (options.maxLength === undefined) return render(Infinity);
  return fitRows(render, Math.max(0, ...staleSections(report).map((section) => section.items.length)), options.maxLength);
}

function renderStale(report: StaleReport, options: StaleMarkdownOptions, perSection: number): string {
  const lines = [`## ${escapeMarkdown(report.title)}: overdue and stale`, '', `As of **${report.asOf}**: ${staleSummary(report)}.`, ''];
  if (report.count === 0) lines.push('Nothing is overdue or stale. :tada:', '');
  const sections = staleSections(report);
  const shown = sections.reduce((sum, section) => sum + Math.min(section.items.length, perSection), 0);
  if (shown < report.count) {
    const where = options.siteUrl
      ? `every one is on the [site's reports page](${options.siteUrl.replace(/\/*$/, '/')}reports/)`
      : 'run `npm run playbook -- report --stale` to see every one';
    lines.push(`> **${shown} of ${report.count}** are listed here, the most overdue first in each section: GitHub takes at most 65,536 characters in an issue. ${capitalize(where)}.`, '');
  }
  for (const section of sections) {
    const listed = section.items.slice(0, perSection);
    lines.push(`### ${section.title} (${section.items.length})`, '');
    if (listed.length > 0) lines.push(...markdownTable(listed, columns(report.asOf, true, options, true)), '');
    const left = section.items.length - listed.length;
    if (left > 0) lines.push(`_...and ${left} more not listed here._`, '');
  }
  if (report.teams.length > 0) lines.push(`### ${KEEPING_HEADING}`, '', ...report.teams.map((team) => `- **${escapeMarkdown(team.label)}**: ${escapeMarkdown(keepingSentence(team))}`), '');
  lines.push('<sub>Kept up to date by `npm run playbook -- publish-issue` in the scheduled workflow; run `npm run playbook -- report --stale` to see it locally.</sub>', '');
  return lines.join('\n');
}

/** The repository link base for a content folder, from playbook.yaml's `repository:`. */
export function repositoryLinkBase(content: Content): string | undefined {
  return contentFolderUrl(content.settings, 'blob');
}


function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
