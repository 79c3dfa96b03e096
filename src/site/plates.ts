// What is on each person's plate, as `playbook report --person` says it (core/report/owed.ts):
// what is late, what they owe and is not late yet, and the client's items they follow up. The
// person's page, the People list and the dashboard's table by owner all read it here, so their
// counts agree; each entry carries its verdict so that the lists and counts are re-judged for the
// reader's day (an item that falls late moves from "Owed" to "Late").
import { compareText } from '../core/findings.ts';
import type { ItemView } from '../core/model.ts';
import { personReport, type OwedItem } from '../core/report/owed.ts';
import { itemWhen, not } from '../core/model/when.ts';
import { NEVER, type When } from '../core/model/status.ts';
import { personDatedFindings } from './by-person.ts';
import { appears, tally, type Tally } from './dated.ts';
import type { SitePlaybook } from './playbook.ts';

export interface PlateEntry {
  item: OwedItem;
  /** The commitment or milestone, for an item (not an account's follow-up). */
  view: ItemView | undefined;
  /** When it shows in its list: late for "Late", not late for the others. */
  when: When;
}

export interface Plate {
  id: string;
  name: string;
  /** Late things (theirs and the client's they chase), earliest due first: most late first. */
  late: PlateEntry[];
  /** Theirs, not late: by due date. */
  owed: PlateEntry[];
  /** The client's items they follow up, not late: by due date. */
  waiting: PlateEntry[];
  counts: Record<PlateColumn, Tally>;
  /** What each count counts, for a team's total. */
  whens: Record<PlateColumn, When[]>;
}

export type PlateColumn = 'late' | 'owed' | 'waiting' | 'dueSoon' | 'atRisk' | 'findings';

const byDue = (a: PlateEntry, b: PlateEntry) => compareText(a.item.due, b.item.due) || compareText(a.item.where, b.item.where) || compareText(a.item.what, b.item.what);

const cache = new WeakMap<object, Map<string, Plate>>();

export function plateOf(playbook: SitePlaybook, personId: string): Plate {
  let plates = cache.get(playbook.model);
  if (!plates) cache.set(playbook.model, (plates = new Map()));
  const found = plates.get(personId);
  if (found) return found;
  const { model, lookup } = playbook;
  const report = personReport(model, personId);
  const chased = new Set(report.late.filter((item) => item.chaserId === personId && item.side === 'client'));
  const own = [...report.late.filter((item) => !chased.has(item)), ...report.owed];
  const theirs = [...chased, ...report.clientOwes];
  const view = (item: OwedItem) => lookup.commitments.get(item.subject) ?? lookup.milestones.get(item.subject);
  const entry = (item: OwedItem, when: When): PlateEntry => ({ item, view: view(item), when });
  // Every entry that is late on some day of the reading window is in "Late"; every one that is
  // not late on some day is in its other list. An item that falls late is in both, shown in one.
  const late = [...own, ...theirs].map((item) => entry(item, item.late)).filter((e) => appears(playbook, e.when)).sort(byDue);
  const owed = own.map((item) => entry(item, not(item.late))).filter((e) => appears(playbook, e.when)).sort(byDue);
  const waiting = theirs.map((item) => entry(item, not(item.late))).filter((e) => appears(playbook, e.when)).sort(byDue);
  const items = [...own, ...theirs].flatMap((item) => view(item) ?? []);
  // Commitments only, as the dashboard's lists of what is due soon and at risk (`due-soon` is a rule
  // of commitments; a milestone carries no risk): the table's counts and the lists agree.
  const status = (s: 'due-soon' | 'at-risk') => items.map((item) => (item.open && item.kind === 'commitment' ? itemWhen(item, s, true) : NEVER));
  const findings = personDatedFindings(playbook, personId);
  const whens: Record<PlateColumn, When[]> = {
    late: late.map((e) => e.when),
    owed: owed.map((e) => e.when),
    waiting: waiting.map((e) => e.when),
    dueSoon: status('due-soon'),
    atRisk: status('at-risk'),
    findings: findings.map((d) => d.when),
  };
  const counts = Object.fromEntries(Object.entries(whens).map(([column, list]) => [column, tally(playbook, list)])) as Record<PlateColumn, Tally>;
  const plate: Plate = { id: personId, name: report.name, late, owed, waiting, counts, whens };
  plates.set(personId, plate);
  return plate;
}

/** A person with more than this many rows in their lists gets the later ones on a page of their own. */
export const PLATE_ROWS_ON_ONE_PAGE = 120;
/** How far ahead the person's own page lists what is owed, when the rest is a click away. */
export const NEAR_DAYS = 70;

/** Whether a person's lists are split: their page shows the nearest weeks, /people/<id>/all/ everything. */
export function plateIsSplit(plate: Plate, findings: number): boolean {
  return plate.late.length + plate.owed.length + plate.waiting.length + findings > PLATE_ROWS_ON_ONE_PAGE;
}

/** Up to this many people, tables list each person; beyond, one row per team, each team a page of its own. */
export const PEOPLE_IN_ONE_TABLE = 80;
