// Small pieces of markup as data (attributes and words), used inline in the templates: at 7,000
// pages, a tiny Astro component per badge or name costs seconds, an inline element costs nothing.
import { relativeDays } from '../core/dates.ts';
import type { AccountView, CommitmentView, MilestoneView } from '../core/model.ts';
import { getPlaybook } from './playbook.ts';
import { STATUS_LABELS, type StatusLabel } from './status.ts';
import { urls } from './urls.ts';

/**
 * A status badge's attributes. Open items carry their due date and what their status depends on,
 * so the as-of script can re-derive it for the reader's today: only what is not the usual (a
 * milestone, a plan that promises nothing yet), since a page may hold 20,000 badges.
 */
export function badgeProps(item: CommitmentView | MilestoneView, kind: 'commitment' | 'milestone', promising: boolean): Record<string, string | undefined> {
  const open = item.status !== 'done' && item.status !== 'dropped';
  const risk = kind === 'commitment' && (item as CommitmentView).data.risk !== undefined;
  return {
    class: `badge badge--${item.status}`,
    'data-status': item.status,
    'data-kind': kind === 'milestone' ? kind : undefined,
    'data-due': open ? item.data.due : undefined,
    'data-promising': open && !promising ? '0' : undefined,
    'data-risk': open && risk ? '1' : undefined,
  };
}

export function statusLabel(item: CommitmentView | MilestoneView): StatusLabel {
  return STATUS_LABELS[item.status];
}

/** A follow-up's (or governance review's) badge: attributes and words, from the model's verdict. */
export function followUpBadge(view: AccountView, kind: 'follow-up' | 'review' = 'follow-up') {
  const late = kind === 'review' ? view.governanceOverdue : view.followUpStale;
  const quiet = kind === 'follow-up' && (view.account.data.stage === 'paused' || view.account.data.stage === 'closed');
  const label = late ? (kind === 'review' ? 'Review overdue' : 'Follow-up overdue') : kind === 'review' ? 'Review on time' : quiet ? 'Not expected' : 'Follow-up on time';
  return {
    props: {
      class: `badge ${late ? 'badge--overdue' : 'badge--open'}`,
      'data-flag': late ? 'on' : 'off',
      'data-follow-up': kind === 'follow-up' && !quiet ? view.nextFollowUp : undefined,
      'data-stage': kind === 'follow-up' && !quiet ? view.account.data.stage : undefined,
      'data-review-due': kind === 'review' ? view.nextReview : undefined,
      // Touchpoints written ahead of the build's day count from their day on (status.ts nextDueOn).
      'data-later': kind === 'review' ? laterDates(view.laterReviews, view.governanceDays) : quiet ? undefined : laterDates(view.laterContacts, view.cadenceDays),
    },
    icon: late ? '▲' : '○',
    label,
  };
}

/**
 * `<every>/<date>,<date>` (`data-later`): touchpoints written ahead of the build, which the as-of
 * script counts from their day on. On a badge or a next date, `every` is the cadence (status.ts
 * nextDueOn); on a last date, 0 (the latest of them that has come).
 */
export function laterDates(dates: readonly string[], every = 0): string | undefined {
  return dates.length > 0 ? `${every}/${dates.join(',')}` : undefined;
}

export interface Who {
  name: string;
  /** Our person's page; absent for a client contact. */
  href?: string;
  client: boolean;
}

/** One of our people (with their page) or a client contact, from a person id or a contact's name. */
export function who(owner: string): Who {
  const person = getPlaybook().content.people.get(owner);
  return person ? { name: person.name, href: urls.person(owner), client: false } : { name: owner, client: true };
}

/** "(in 3 days)", as seen from the build's day; the as-of script rewrites it for the reader. */
export function distance(date: string): string {
  return `(${relativeDays(date, getPlaybook().asOf)})`;
}
