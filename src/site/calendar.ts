// The playbook as calendars, with stable UIDs (event-uid.ts) so that a subscribed calendar
// updates an event when its date moves instead of adding a second one:
// - /calendar.ics: every open commitment and milestone not done, as all-day events, without
//   reminders (a team's calendar of thousands of events; the personal ones remind);
// - /people/<id>/calendar.ics: one person's, as the contract lists it: what they owe (their own
//   and internal commitments, the milestones they answer for), the client's commitments they
//   chase, and for each account they own the next follow-up, governance review and their own
//   contact with the client, each with a reminder the day before;
// - /accounts/<id>/calendar.ics: one account's open commitments and milestones, both sides.
// A date that has passed while still owed is on the build's day, "Overdue (due ...)", in every
// one of them (calendar-day.ts). Names only, never ids, in what a calendar shows.
import type { AccountView, CommitmentView, ItemView, MilestoneView } from '../core/model.ts';
import { personName } from '../core/model.ts';
import { cadenceLabel } from '../core/rules/describe.ts';
import type { CalendarDate } from '../core/dates.ts';
import { accountSequence, eventDay, itemSequence, lateSummary, type EventDay } from './calendar-day.ts';
import { eventUid } from './event-uid.ts';
import type { IcsCalendar, IcsEvent } from './ics.ts';
import type { SitePlaybook } from './playbook.ts';
import { STATUS_LABELS } from './status.ts';
import { itemAnchor, urls } from './urls.ts';

type Playbook = Pick<SitePlaybook, 'model' | 'content'>;

function absolute(siteUrl: string | undefined, path: string): string | undefined {
  return siteUrl ? new URL(path, siteUrl).href : undefined;
}

/**
 * An event's description with its page's address as the last line. The URL property alone is
 * not enough: Apple Calendar shows it, but Google Calendar and Outlook ignore it, and their
 * subscribers had no way back to the page. (A description's text is escaped by ics.ts.)
 */
function withPageLink(lines: (string | undefined)[], url: string | undefined): string {
  return [...lines, url === undefined ? undefined : `Open in the playbook: ${url}`].filter(Boolean).join('\n');
}

type EventOptions = { chaser?: boolean; reminder?: boolean };

/**
 * An item's events, by the options and the site's address they were made with: the team's
 * calendar and the item's account's hold the same event, and ics.ts writes an event once. Items
 * belong to one model, so an event is never reused for another day or playbook.
 */
const EVENTS = new WeakMap<ItemView, Map<string, IcsEvent>>();

function itemEvent(playbook: Playbook, item: ItemView, siteUrl: string | undefined, options: EventOptions = {}): IcsEvent {
  const key = `${siteUrl ?? ''}\0${options.chaser === true}\0${options.reminder !== false}`;
  let events = EVENTS.get(item);
  if (events === undefined) EVENTS.set(item, (events = new Map()));
  let event = events.get(key);
  if (event === undefined) events.set(key, (event = newItemEvent(playbook, item, siteUrl, options)));
  return event;
}

/** An open commitment or milestone as an event; `chaser` words it for the person who follows it up. */
function newItemEvent(playbook: Playbook, item: ItemView, siteUrl: string | undefined, options: EventOptions): IcsEvent {
  const { model } = playbook;
  const account = item.plan.account?.data.name ?? item.plan.accountId;
  const anchor = item.kind === 'milestone' ? itemAnchor.milestone(item.id) : itemAnchor.commitment(item.id);
  const client = item.side === 'client';
  const day = eventDay(item.data.due, item.status === 'overdue', model.asOf);
  const summary =
    item.kind === 'milestone'
      ? `Milestone: ${item.title}`
      : options.chaser
        ? `Follow up: ${item.title} (${item.ownerName}, ${account})`
        : `${item.title} (${item.ownerName}${client ? ', client' : ''})`;
  const url = absolute(siteUrl, `${urls.plan(item.plan.id)}#${anchor}`);
  return {
    uid: eventUid(item.kind, item.key),
    date: day.date,
    summary: lateSummary(summary, day),
    description: withPageLink([
      `${account}: ${item.plan.data.title}`,
      item.kind === 'commitment' ? `Owner: ${item.ownerName}${client ? ' (client)' : ''}${item.chaserName ? `; followed up by ${item.chaserName}` : ''}` : `Answers for it: ${item.ownerName}`,
      `Status on ${model.asOf}: ${STATUS_LABELS[item.status].label}`,
      item.slips.length > 0 ? `First agreed for ${item.firstDue}; moved ${item.slips.length === 1 ? 'once' : `${item.slips.length} times`}` : undefined,
      item.kind === 'commitment' && item.data.risk ? `Risk: ${item.data.risk}` : undefined,
    ], url),
    url,
    categories: [account, item.kind === 'milestone' ? 'Milestone' : client ? 'Client' : item.side === 'internal' ? 'Internal' : 'Ours'],
    sequence: itemSequence(item.slips, day, model.asOf),
    alarmDaysBefore: options.reminder === false ? undefined : reminderDays(day),
  };
}

/** The dates an account's owner keeps: the next follow-up, governance review and their own contact. */
function accountEvents(playbook: Playbook, view: AccountView, siteUrl: string | undefined): IcsEvent[] {
  const { model } = playbook;
  const { account } = view;
  const name = account.data.name;
  const url = absolute(siteUrl, urls.account(account.id));
  const owner = personName(model, account.data.owner);
  const events: IcsEvent[] = [];
  // Each is on its date, or on the build's day once it has lapsed (the model's flags, calendar-day.ts).
  const dated = (kind: string, date: CalendarDate, lapsed: boolean, summary: string, line: string, category: string) => {
    const day = eventDay(date, lapsed, model.asOf);
    events.push({
      uid: eventUid(kind, account.id),
      date: day.date,
      summary: lateSummary(summary, day),
      description: withPageLink([line], url),
      url,
      categories: [name, category],
      sequence: accountSequence(account.touchpoints.length, account.data.since, day),
      alarmDaysBefore: reminderDays(day),
    });
  };
  if (account.data.stage !== 'paused' && account.data.stage !== 'closed') {
    dated('follow-up', view.nextFollowUp, view.followUpStale, `Follow up with ${name}`, `Last contact with the client ${view.lastContact}; the cadence is ${cadenceLabel(view.cadenceDays)}. Relationship owner: ${owner}`, 'Follow-up');
  }
  if (view.nextReview) {
    dated('review', view.nextReview, view.governanceOverdue, `Governance review with ${name}`, `Last review ${view.lastReview?.date ?? 'none yet'}; reviews are held ${cadenceLabel(view.governanceDays!)}.`, 'Governance review');
  }
  if (view.nextOwnerTouch) {
    dated('owner-touch', view.nextOwnerTouch, view.ownerAbsent, `Talk to ${name} yourself`, `${owner} owns the relationship and last talked to the client ${view.lastOwnerContact}; owners keep in touch ${cadenceLabel(view.ownerTouchDays)}.`, 'Owner contact');
  }
  return events;
}

/**
 * A reminder at 9:00 the day before, or, for a late date shown on the build's day, at 9:00 that
 * day: the day before it has passed when the file is read.
 */
function reminderDays(day: EventDay): number {
  return day.lateSince === undefined ? 1 : 0;
}

/** Cancelled plans promise nothing any more; everything else that is open is on the calendar. */
const live = (item: ItemView) => item.open && item.plan.data.status !== 'cancelled';

export function calendar(playbook: Playbook, siteUrl: string | undefined): IcsCalendar {
  const { model, content } = playbook;
  return {
    productId: '-//Followthrough//Playbook calendar//EN',
    name: content.settings.title,
    stamp: model.asOf,
    timezone: content.settings.timezone,
    events: [
      ...model.milestones.filter(live).map((m: MilestoneView) => itemEvent(playbook, m, siteUrl, { reminder: false })),
      ...model.commitments.filter(live).map((c: CommitmentView) => itemEvent(playbook, c, siteUrl, { reminder: false })),
    ],
  };
}

/** One person's calendar: what they owe, what they chase, their accounts' dates; a reminder the day before each. */
export function personCalendar(playbook: Playbook, personId: string, siteUrl: string | undefined): IcsCalendar {
  const { model, content } = playbook;
  const view = model.byPerson.get(personId);
  const name = personName(model, personId);
  return {
    productId: '-//Followthrough//Person calendar//EN',
    name: `${name}: ${content.settings.title}`,
    stamp: model.asOf,
    timezone: content.settings.timezone,
    events: [
      ...(view?.owes ?? []).map((item) => itemEvent(playbook, item, siteUrl)),
      ...(view?.chases ?? []).map((item) => itemEvent(playbook, item, siteUrl, { chaser: true })),
      ...(view?.accounts ?? []).filter((a) => a.role === 'owner').flatMap((a) => accountEvents(playbook, a.view, siteUrl)),
    ],
  };
}

/** One account's calendar: its open commitments of both sides and its milestones. */
export function accountCalendar(playbook: Playbook, accountId: string, siteUrl: string | undefined): IcsCalendar {
  const { model, content } = playbook;
  const view = model.accounts.find((a) => a.account.id === accountId);
  const items = (view?.plans ?? []).flatMap((plan) => [...plan.milestones, ...plan.commitments]).filter(live);
  return {
    productId: '-//Followthrough//Account calendar//EN',
    name: `${view?.account.data.name ?? accountId}: ${content.settings.title}`,
    stamp: model.asOf,
    timezone: content.settings.timezone,
    events: items.map((item) => itemEvent(playbook, item, siteUrl, { reminder: false })),
  };
}
