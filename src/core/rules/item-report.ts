// A finding about a commitment or a milestone, as every rule that has one reports it: in its
// plan's file, at a field of the item, for the item's owner and, for one of the client's
// commitments, naming the person on our side who chases it, in JSON and in the message ("...;
// owner Rosa Delgado (client), chased by Kim Lee"), as the playbook format asks of every finding
// about one.
import type { Content, Plan } from '../content.ts';
import type { Anchor } from '../load/locate.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { chaserOf, clientOwnerAndChaser, itemPath, ownerAndChaser, type ItemView } from '../model.ts';
import type { Report } from './rule.ts';

export interface ItemReportOptions {
  anchor?: Anchor;
  /** The message names the owner and the chaser already (`ownerAndChaser`), for every item. */
  namesPeople?: boolean;
}

/** The report about `item` at `tail` below it (`['slips', 0, 'date']`; `[]` for the item itself). */
export function itemReport(item: ItemView, tail: YamlPath, message: string, options: ItemReportOptions = {}): Report {
  const report: Report = {
    file: item.plan.file,
    path: [...itemPath(item), ...tail],
    subject: item.key,
    owner: item.ownerId,
    chaser: item.chaserId,
    message: options.namesPeople ? message : namingChaser(item, message),
  };
  if (options.anchor !== undefined) report.anchor = options.anchor;
  return report;
}

/** `message`, then, for one of the client's commitments, who owns it and who chases it. */
export function namingChaser(item: ItemView, message: string): string {
  return item.chaserId === undefined ? message : `${message}; ${ownerAndChaser(item)}`;
}

/** Whom a finding about an item names: its owner, and for one of the client's commitments its chaser. */
export interface ItemPeople {
  /** Absent when it cannot be read (the plan's `owner`, for a milestone without its own). */
  owner?: string;
  chaser?: string;
}

/**
 * A plan's or an account's own `owner`, or `undefined` when it could not be read: the loader then
 * holds a stand-in that no finding may show (load-playbook.ts).
 */
export function readableOwner(entry: { data: { owner: string }; invalidFields: ReadonlySet<string> }): string | undefined {
  return entry.invalidFields.has('owner') ? undefined : entry.data.owner;
}

/**
 * `owner` and the message's closing "; owner Jane Doe" for a finding about an account or a plan,
 * both left out when its owner could not be read: the schema finding says so, and the loader's
 * stand-in must not reach a message or JSON as if it were someone.
 */
export function entryOwner(content: Content, entry: { data: { owner: string }; invalidFields: ReadonlySet<string> }): { owner?: string; clause: string } {
  const owner = readableOwner(entry);
  return owner === undefined ? { clause: '' } : { owner, clause: `; owner ${content.people.get(owner)?.name ?? owner}` };
}

/** A plan's or an account's `field` (its title, name, status), or `undefined` when it could not be read (a stand-in is held). */
export function readableField<K extends string>(entry: { data: Record<K, string>; invalidFields: ReadonlySet<string> }, field: K): string | undefined {
  return entry.invalidFields.has(field) ? undefined : entry.data[field];
}

/**
 * The same people for an item known only as written (at a git base, or with a repeated id, valid
 * or not): its owner (a milestone's own, else the plan's), and for one of the client's commitments
 * the person on our side who chases it (see chaserOf). A commitment whose owner cannot be read
 * names no chaser, nor does one chased by a plan owner who cannot be read.
 */
export function itemPeople(content: Pick<Content, 'personIds'>, plan: Plan, list: 'commitments' | 'milestones', item: { owner?: string | undefined; chaser?: string | undefined; internal?: boolean | undefined }): ItemPeople {
  const planOwner = readableOwner(plan);
  const owner = item.owner ?? planOwner;
  const chaser = list === 'commitments' && item.owner !== undefined ? chaserOf(content, planOwner ?? '', { ...item, owner: item.owner }) || undefined : undefined;
  const people: ItemPeople = {};
  if (owner !== undefined) people.owner = owner;
  if (chaser !== undefined) people.chaser = chaser;
  return people;
}

/**
 * The words for those people that end a finding's message: "; owner Bob Smith (client), chased
 * by Kim Lee" when there is a chaser, else nothing.
 */
export function chaserClause(content: Pick<Content, 'people'>, people: ItemPeople): string {
  return people.chaser === undefined || people.owner === undefined ? '' : `; ${clientOwnerAndChaser(content.people, people.owner, people.chaser)}`;
}
