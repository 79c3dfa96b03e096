// An account as it stands on a day: when we last reached the client, whether its owner (the
// salesperson) still talks to them, governance reviews, and incidents and their explanation.
// Only a touchpoint that reaches the client counts as contact: one with only our own people on it
// keeps the team in the know but is not a follow-up.
import type { Account, Content, Indexed } from '../content.ts';
import { addDays, daysBetween, durationDays, type CalendarDate } from '../dates.ts';
import type { Incident, Touchpoint } from '../schema/index.ts';
import { ContactNames } from './contact-names.ts';
import type { PlanView } from './plan.ts';
import { GOVERNED_STAGES, isExplained, isFollowUpStale, isIncidentUnexplained, isReviewOverdue, OWNER_TOUCH_STAGES } from './status.ts';

/** A touchpoint and how long the client had not heard from us before it. */
export interface ContactGap {
  touchpoint: Indexed<Touchpoint>;
  /** `with` names at least one of the account's contacts. */
  reachesClient: boolean;
  /**
   * It reached the client on or before today, and so counts as contact: one dated after today
   * counts for nothing (a future-date error) and starts no gap.
   */
  counts: boolean;
  /** Days since the previous touchpoint that reached the client, or since `since` (0 if before it). */
  daysSincePrevious: number;
  /** It reached the client after a gap longer than the account's cadence: a follow-up was missed then. */
  longerThanCadence: boolean;
}

export interface IncidentView {
  /** `<account>#<incident>` */
  key: string;
  account: Account;
  data: Indexed<Incident>;
  /** The day it was explained at a review, when that day is not after today. */
  explainedOn: CalendarDate | undefined;
  /** The account's governance cadence, else its follow-up cadence, else the playbook's. */
  cadenceDays: number;
  /** By when it should have been explained: its date plus that cadence. */
  explainBy: CalendarDate;
  /** Not explained, and more than that cadence has passed. */
  unexplained: boolean;
}

export interface AccountView {
  account: Account;
  /** The last touchpoint that reached the client. */
  lastTouchpoint: Indexed<Touchpoint> | undefined;
  /** Its date, or `since` when there is none. */
  lastContact: CalendarDate;
  cadenceDays: number;
  nextFollowUp: CalendarDate;
  /** Expected to be in touch (not paused or closed), and the cadence has lapsed. */
  followUpStale: boolean;
  /** The owner's own last touchpoint that reached the client. */
  lastOwnerTouchpoint: Indexed<Touchpoint> | undefined;
  /** Its date, or `since`. */
  lastOwnerContact: CalendarDate;
  ownerTouchDays: number;
  /** When the owner should talk to the client next, for accounts whose stage expects it. */
  nextOwnerTouch: CalendarDate | undefined;
  /** The owner disappeared after the handoff: their own cadence has lapsed, even if delivery is in touch. */
  ownerAbsent: boolean;
  /** The last governance review that reached the client. */
  lastReview: Indexed<Touchpoint> | undefined;
  governanceDays: number | undefined;
  /** The date the next governance review is due, for accounts that hold them. */
  nextReview: CalendarDate | undefined;
  governanceOverdue: boolean;
  incidents: IncidentView[];
  plans: PlanView[];
  /** Every touchpoint in date order, each with the gap since the client last heard from us. */
  history: ContactGap[];
  /**
   * The dates of touchpoints written ahead of today that reach the client (ascending): they count
   * for nothing today (a future-date error), but from their day on they are the last contact. A
   * page read on a later day re-judges the follow-up with them (status.ts `nextDueOn`).
   */
  laterContacts: CalendarDate[];
  /** The same for the owner's own touchpoints. */
  laterOwnerContacts: CalendarDate[];
  /** The same for governance reviews. */
  laterReviews: CalendarDate[];
}

// An account whose stage, dates, cadence, contacts or touchpoints could not all be read is not
// judged: its schema findings say what to fix, and a stand-in value must not raise a false alarm.
const FOLLOW_UP_FIELDS = ['stage', 'since', 'follow_up_every', 'touchpoints', 'contacts'];
const OWNER_FIELDS = ['stage', 'since', 'owner', 'owner_touch_every', 'touchpoints', 'contacts'];
const GOVERNANCE_FIELDS = ['stage', 'since', 'governance_every', 'touchpoints', 'contacts'];

export function deriveAccount(content: Content, account: Account, asOf: CalendarDate, plans: PlanView[]): AccountView {
  const { data } = account;
  const reaches = (t: Touchpoint): boolean => reachesClient(account, t);
  // A touchpoint dated after today counts for nothing (it is a future-date error): not as the last
  // contact, the owner's, or the last review, nor as the end of a gap.
  const counts = (t: Touchpoint): boolean => t.date <= asOf && reaches(t);
  const withClient = account.touchpoints.filter(counts);
  const ahead = account.touchpoints.filter((t) => t.date > asOf && reaches(t));
  const datesOf = (touchpoints: readonly Touchpoint[]) => [...new Set(touchpoints.map((t) => t.date))].sort();

  const lastTouchpoint = latest(withClient);
  const lastContact = lastTouchpoint?.date ?? data.since;
  const cadenceDays = followUpDays(account, content.settings);
  const nextFollowUp = addDays(lastContact, cadenceDays);

  const lastOwnerTouchpoint = latest(withClient.filter((t) => t.by === data.owner));
  const lastOwnerContact = lastOwnerTouchpoint?.date ?? data.since;
  const ownerTouchDays = data.owner_touch_every ? durationDays(data.owner_touch_every) : content.settings.ownerTouchDays;
  // No owner to make the call (`owner:` left out, unreadable, or not a person): nothing is owed
  // of them; the schema or unknown-reference finding says what to fix.
  const ownerKnown = !account.invalidFields.has('owner') && content.personIds.has(data.owner);
  const nextOwnerTouch = ownerKnown && OWNER_TOUCH_STAGES.has(data.stage) ? addDays(lastOwnerContact, ownerTouchDays) : undefined;

  const lastReview = latest(withClient.filter((t) => t.kind === 'review'));
  const governanceDays = data.governance_every ? durationDays(data.governance_every) : undefined;
  const governed = governanceDays !== undefined && GOVERNED_STAGES.has(data.stage);
  const nextReview = governed ? addDays(lastReview?.date ?? data.since, governanceDays) : undefined;

  const incidentDays = governanceDays ?? cadenceDays;
  const incidents = account.incidents.map((incident): IncidentView => {
    const explainedOn = isExplained(incident.explained, asOf) ? incident.explained : undefined;
    const explainBy = addDays(incident.date, incidentDays);
    return { key: `${account.id}#${incident.id}`, account, data: incident, explainedOn, cadenceDays: incidentDays, explainBy, unexplained: isIncidentUnexplained(explainBy, incident.explained, asOf) };
  });

  return {
    account,
    lastTouchpoint,
    lastContact,
    cadenceDays,
    nextFollowUp,
    followUpStale: readable(account, FOLLOW_UP_FIELDS) && isFollowUpStale(data.stage, nextFollowUp, asOf),
    lastOwnerTouchpoint,
    lastOwnerContact,
    ownerTouchDays,
    nextOwnerTouch,
    // Only about one of our people: an owner who is not in people.yaml is an unknown reference.
    ownerAbsent: readable(account, OWNER_FIELDS) && content.personIds.has(data.owner) && isReviewOverdue(nextOwnerTouch, asOf),
    lastReview,
    governanceDays,
    nextReview,
    governanceOverdue: readable(account, GOVERNANCE_FIELDS) && isReviewOverdue(nextReview, asOf),
    incidents,
    plans,
    history: contactHistory(account.touchpoints, reaches, counts, data.since, cadenceDays),
    laterContacts: datesOf(ahead),
    laterOwnerContacts: datesOf(ahead.filter((t) => t.by === data.owner)),
    laterReviews: datesOf(ahead.filter((t) => t.kind === 'review')),
  };
}

/** The account's follow-up cadence in days: its `follow_up_every`, else the playbook's. */
export function followUpDays(account: Account, settings: Content['settings']): number {
  return account.data.follow_up_every ? durationDays(account.data.follow_up_every) : settings.followUpDays;
}

/** A touchpoint reaches the client when `with` names at least one of the account's contacts (in either Unicode form). */
export function reachesClient(account: Account, touchpoint: Pick<Touchpoint, 'with'>): boolean {
  const contacts = account.contactNames ?? new ContactNames(account.contacts.map((c) => c.name));
  return touchpoint.with.some((name) => contacts.has(name));
}

function readable(account: Account, fields: readonly string[]): boolean {
  return fields.every((field) => !account.invalidFields.has(field));
}

function contactHistory(
  touchpoints: readonly Indexed<Touchpoint>[],
  reaches: (t: Touchpoint) => boolean,
  countsAsContact: (t: Touchpoint) => boolean,
  since: CalendarDate,
  cadenceDays: number,
): ContactGap[] {
  // Stable sort: touchpoints on one day keep their written order.
  const ordered = [...touchpoints].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let previous = since;
  return ordered.map((touchpoint) => {
    const days = Math.max(0, daysBetween(previous, touchpoint.date));
    const counts = countsAsContact(touchpoint);
    if (counts && touchpoint.date > previous) previous = touchpoint.date;
    return { touchpoint, reachesClient: reaches(touchpoint), counts, daysSincePrevious: days, longerThanCadence: counts && days > cadenceDays };
  });
}

/** The touchpoint with the latest date; of several on that day, the last written. */
function latest(touchpoints: readonly Indexed<Touchpoint>[]): Indexed<Touchpoint> | undefined {
  let best: Indexed<Touchpoint> | undefined;
  for (const touchpoint of touchpoints) if (!best || touchpoint.date >= best.date) best = touchpoint;
  return best;
}
