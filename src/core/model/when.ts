// On which days a status or a finding holds: the verdict of status.ts it is judged by, with the
// dates it is judged from. The model computes every status for one day; these say how the same
// status is judged on another, so that a page built for one day can be re-judged in the reader's
// browser with the same functions (status.ts `holds`) and say what a build for that day would.
// Each mapping follows the rule or the model field it stands for: a test (tests/core/when.test.ts)
// holds them to the checker's own findings, day by day.
import type { CalendarDate } from '../dates.ts';
import type { Finding } from '../findings.ts';
import type { AccountView, IncidentView } from './accounts.ts';
import type { ItemView } from './items.ts';
import type { PlanView } from './plan.ts';
import { ALWAYS, NEVER, type Later, type When } from './status.ts';

/** Contacts written ahead of today, when there are any: they count from their day on. */
function later(dates: readonly string[], every: number | undefined): { later?: Later } {
  return dates.length > 0 && every !== undefined ? { later: { dates: [...dates], every } } : {};
}

/**
 * A finding points at the contact it measures from: it holds until the first contact written ahead
 * comes (from then on the checker points at that one: another finding).
 */
function endingAt(dates: readonly string[], when: When): When {
  return dates.length > 0 ? { ...when, until: dates[0]! } : when;
}

/** What `findingWhen` needs to find a finding's subject. */
export interface WhenIndex {
  items: ReadonlyMap<string, ItemView>;
  accounts: ReadonlyMap<string, AccountView>;
  incidents: ReadonlyMap<string, IncidentView>;
  plans: ReadonlyMap<string, PlanView>;
  guides: ReadonlyMap<string, { data: { review_by?: string | undefined } }>;
}

/**
 * The day an open item closes: its `done` or drop, written ahead of today (an open item's are), the
 * earlier of the two; undefined when it has neither.
 */
export function closesOn(item: ItemView): CalendarDate | undefined {
  const { done, dropped } = item.data;
  if (done === undefined) return dropped?.date;
  return dropped === undefined || done <= dropped.date ? done : dropped.date;
}

/** `when`, ending on the day the item closes (a `done` or drop written ahead of today). */
function untilClosed(item: ItemView, when: When): When {
  const closes = closesOn(item);
  return closes === undefined ? when : { ...when, until: closes };
}

/** The item is open: today's answer, until a `done` or drop written ahead closes it. */
export function openWhen(item: ItemView): When {
  return item.open ? untilClosed(item, ALWAYS) : NEVER;
}

/** An open item of a plan that promises dates has this status on a day (overdue, due soon, at risk). */
export function itemWhen(item: ItemView, status: 'overdue' | 'due-soon' | 'at-risk', promising: boolean): When {
  if (!item.open) return NEVER;
  // A plan that promises nothing: its items keep the status they have (at risk, or open) every day.
  if (!promising) return item.status === status ? untilClosed(item, ALWAYS) : NEVER;
  if (status === 'at-risk' && (item.kind !== 'commitment' || item.data.risk === undefined)) return NEVER;
  // `due-soon` is about commitments (status.ts milestoneStatus): a milestone is never due soon.
  if (status === 'due-soon' && item.kind !== 'commitment') return NEVER;
  return untilClosed(item, { verdict: { test: status, date: item.data.due } });
}

/** An open item of a plan that promises dates, not yet due soon but due within `days`. */
export function upcomingWhen(item: ItemView, promising: boolean, days: number): When {
  if (!item.open || !promising) return NEVER;
  return untilClosed(item, { verdict: { test: 'upcoming', date: item.data.due, days } });
}

/** The account's follow-up is overdue (`followUpStale`). */
export function followUpWhen(view: AccountView): When {
  // An account whose fields could not be read is not judged (see accounts.ts): today's verdict stands.
  if (view.account.invalidFields.size > 0) return view.followUpStale ? ALWAYS : NEVER;
  return { verdict: { test: 'stale', date: view.nextFollowUp, stage: view.account.data.stage, ...later(view.laterContacts, view.cadenceDays) } };
}

/** The owner's own contact with the client is overdue (`ownerAbsent`). */
export function ownerTouchWhen(view: AccountView): When {
  if (view.nextOwnerTouch === undefined || view.account.invalidFields.size > 0) return view.ownerAbsent ? ALWAYS : NEVER;
  return { verdict: { test: 'lapsed', date: view.nextOwnerTouch, ...later(view.laterOwnerContacts, view.ownerTouchDays) } };
}

/** The governance review is overdue (`governanceOverdue`). */
export function reviewWhen(view: AccountView): When {
  if (view.nextReview === undefined || view.account.invalidFields.size > 0) return view.governanceOverdue ? ALWAYS : NEVER;
  return { verdict: { test: 'lapsed', date: view.nextReview, ...later(view.laterReviews, view.governanceDays) } };
}

/** The incident is not explained, and should have been by now (`unexplained`). */
export function incidentWhen(incident: IncidentView): When {
  return { verdict: { test: 'unexplained', date: incident.explainBy, explained: incident.data.explained } };
}

/** A guide is due for review (`guide-review-due`). */
export function guideReviewWhen(guide: { data: { review_by?: string | undefined } }): When {
  return guide.data.review_by ? { verdict: { test: 'lapsed', date: guide.data.review_by } } : NEVER;
}

/** The opposite: what holds while a thing is not (yet) late. */
export function not(when: When): When {
  // `until` stays as it is: a closed item is neither late nor owed.
  return when.until === undefined ? { verdict: when.verdict, not: !when.not } : { verdict: when.verdict, not: !when.not, until: when.until };
}

/**
 * On which days a finding holds. Rules that read today: each judged as the rule judges it; a
 * `future-date` finding (a record dated ahead of today, an error to fix at once) and every rule
 * that does not read today hold every day.
 */
export function findingWhen(index: WhenIndex, finding: Finding): When {
  const { rule, subject } = finding;
  switch (rule) {
    case 'overdue':
    case 'due-soon':
    case 'milestone-overdue': {
      const item = index.items.get(subject);
      if (!item) return ALWAYS;
      return untilClosed(item, { verdict: { test: rule === 'due-soon' ? 'due-soon' : 'overdue', date: item.data.due } });
    }
    case 'stale-follow-up': {
      const view = index.accounts.get(subject);
      return view ? endingAt(view.laterContacts, { verdict: { test: 'stale', date: view.nextFollowUp, stage: view.account.data.stage } }) : ALWAYS;
    }
    case 'owner-absent': {
      const view = index.accounts.get(subject);
      const date = view?.nextOwnerTouch;
      return view && date ? endingAt(view.laterOwnerContacts, { verdict: { test: 'lapsed', date } }) : ALWAYS;
    }
    case 'governance-overdue': {
      const view = index.accounts.get(subject);
      const date = view?.nextReview;
      return view && date ? endingAt(view.laterReviews, { verdict: { test: 'lapsed', date } }) : ALWAYS;
    }
    case 'incident-unexplained': {
      const incident = index.incidents.get(subject);
      return incident ? incidentWhen(incident) : ALWAYS;
    }
    case 'handoff-incomplete': {
      const plan = index.plans.get(subject);
      return plan ? { verdict: { test: 'started', date: plan.plan.data.kickoff } } : ALWAYS;
    }
    case 'future-date': {
      // A record dated ahead of today stops being one on its day, which the rule reports.
      return finding.endsOn ? { verdict: { test: 'future', date: finding.endsOn } } : ALWAYS;
    }
    case 'guide-review-due': {
      const guide = index.guides.get(subject);
      return guide?.data.review_by ? guideReviewWhen(guide) : ALWAYS;
    }
    default:
      return ALWAYS;
  }
}

/** The rules whose findings depend on today, and whose set only grows as the days pass. */
export const GROWING_RULES: readonly string[] = [
  'overdue',
  'milestone-overdue',
  'stale-follow-up',
  'owner-absent',
  'governance-overdue',
  'incident-unexplained',
  'handoff-incomplete',
  'guide-review-due',
];
