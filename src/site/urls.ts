// Every link the site makes, in one place: pages by id, a finding's page, and a finding's line in
// the repository (built by the core's source-links.ts, as is Base.astro's "Edit this page").
// Paths honour Astro's `base` so the site can live under a sub-path.
import type { Finding } from '../core/findings.ts';
import type { ResolvedSettings } from '../core/content.ts';
import { lineUrl } from '../core/source-links.ts';
import type { AccountView } from '../core/model.ts';
import type { Lookup } from './lookup.ts';

/** Astro's `base`, handed over by the integration (index.ts) under a name of its own. */
declare const __PLAYBOOK_BASE__: string | undefined;
// Not `import.meta.env.BASE_URL` alone: a `BASE_URL` in the build's environment (a test runner or
// a CI job sets one) takes its place when the pages render, and the site lost its base path.
const BASE = (typeof __PLAYBOOK_BASE__ === 'string' ? __PLAYBOOK_BASE__ : import.meta.env.BASE_URL).replace(/\/+$/, '');

/** A site path such as `/accounts/` with the base prepended. */
export function href(path: string): string {
  return `${BASE}${path}`;
}

export const urls = {
  home: () => href('/'),
  accounts: () => href('/accounts/'),
  account: (id: string) => href(`/accounts/${id}/`),
  accountCalendar: (id: string) => href(`/accounts/${id}/calendar.ics`),
  /** `<account>/<plan>` */
  plan: (id: string) => href(`/accounts/${id}/`),
  agreement: (planId: string) => href(`/accounts/${planId}/agreement/`),
  people: () => href('/people/'),
  person: (id: string) => href(`/people/${id}/`),
  /** Everything on a person's plate, when their own page shows the nearest weeks only. */
  personAll: (id: string) => href(`/people/${id}/all/`),
  /** Every finding a person owns, when their own page shows the nearest weeks only. */
  personFindings: (id: string) => href(`/people/${id}/findings/`),
  /** One person's calendar: what they owe and chase, their milestones and their accounts' dates. */
  personCalendar: (id: string) => href(`/people/${id}/calendar.ics`),
  reports: () => href('/reports/'),
  rule: (id: string) => href(`/reports/#rule-${id}`),
  insights: () => href('/insights/'),
  guides: () => href('/guides/'),
  guide: (slug: string) => href(`/guides/${slug}/`),
  timeline: () => href('/timeline/'),
  /** The agreed and active plans one delivery lead leads, on a timeline. */
  leadTimeline: (id: string) => href(`/timeline/${id}/`),
  search: () => href('/search/'),
  commitmentsJson: () => href('/commitments.json'),
  calendar: () => href('/calendar.ics'),
};

/** The fragment id of a commitment's or milestone's row on its plan page. */
export const itemAnchor = {
  commitment: (id: string) => `commitment-${id}`,
  milestone: (id: string) => `milestone-${id}`,
  incident: (id: string) => `incident-${id}`,
  /** An item of the plan's handoff checklist, by its id in playbook.yaml's `handoff_checklist`. */
  checklist: (id: string) => `handoff-${id}`,
};

/**
 * The fragment id of each of an account's touchpoints on its page, in the order they are written:
 * `touchpoint-<date>-<by>-<kind>` (`touchpoint-2026-11-02-jane-doe-call`), and `-2`, `-3`... for a
 * second and third touchpoint of the same day, person and kind, in the order written. A touchpoint
 * has no id of its own, so its anchor is made of what a reader knows it by; it does not count
 * touchpoints, so one added later (on any day, anywhere in the list) moves no other's anchor, and a
 * link or search result made before a rebuild still finds its row. The log is append-only
 * (history-rewritten), so the fields it is made of do not change either.
 */
export function touchpointAnchors(touchpoints: readonly { date: string; by: string; kind: string }[]): string[] {
  const seen = new Map<string, number>();
  return touchpoints.map(({ date, by, kind }) => {
    const base = `touchpoint-${date}-${by}-${kind}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Each account's touchpoint anchors, made once: a report of a thousand findings asks for them per finding. */
const anchorsOf = new WeakMap<object, string[]>();

function touchpointAnchor(account: AccountView['account'], index: number): string | undefined {
  let anchors = anchorsOf.get(account);
  if (anchors === undefined) anchorsOf.set(account, (anchors = touchpointAnchors(account.touchpoints)));
  return anchors[index];
}

/**
 * The row of the subject's page that a finding names (`finding.row`, said by its rule): the
 * touchpoint on the account's page, the checklist item on the plan's page.
 */
function rowUrl(lookup: Lookup, finding: Finding): string | undefined {
  const { row, subject } = finding;
  if (row === undefined) return undefined;
  if ('touchpoint' in row) {
    const view = lookup.accounts.get(subject);
    const anchor = view && touchpointAnchor(view.account, row.touchpoint);
    return anchor === undefined ? undefined : `${urls.account(subject)}#${anchor}`;
  }
  return lookup.plans.has(subject) ? `${urls.plan(subject)}#${itemAnchor.checklist(row.checklist)}` : undefined;
}

/**
 * The page a finding is about, at the most precise place a reader can land on: the item's row,
 * the touchpoint's, the incident's or the checklist item's, else the plan, the account, the guide
 * or the person.
 */
export function subjectUrl(lookup: Lookup, finding: Finding): string | undefined {
  const { subject } = finding;
  const row = rowUrl(lookup, finding);
  if (row !== undefined) return row;
  const hash = subject.indexOf('#');
  if (hash > 0) {
    const planId = subject.slice(0, hash);
    const itemId = subject.slice(hash + 1);
    // `<account>#<incident>`: the incident on its account's page.
    if (lookup.accounts.has(planId)) return `${urls.account(planId)}#${itemAnchor.incident(itemId)}`;
    if (!lookup.plans.has(planId)) return undefined;
    const anchor = lookup.commitments.has(subject) ? itemAnchor.commitment(itemId) : itemAnchor.milestone(itemId);
    return `${urls.plan(planId)}#${anchor}`;
  }
  if (subject.startsWith('guides/')) return urls.guide(subject.slice('guides/'.length));
  if (subject.startsWith('people/')) return lookup.people.has(subject.slice('people/'.length)) ? urls.person(subject.slice(7)) : urls.people();
  if (lookup.plans.has(subject)) return urls.plan(subject);
  if (lookup.accounts.has(subject)) return urls.account(subject);
  // Nothing finer is known: the page of the file the finding is in, if it has one.
  const contentPath = lookup.contentPaths.get(finding.file);
  const match = contentPath && /^accounts\/([^/]+)\/(.+)\.mdx$/.exec(contentPath);
  if (match) return match[2] === 'index' ? urls.account(match[1]!) : urls.plan(`${match[1]}/${match[2]}`);
  if (contentPath === 'people.yaml') return urls.people();
  return undefined;
}

/**
 * The finding's line in the repository's web view, when playbook.yaml names the repository: the
 * core's `lineUrl` (src/core/source-links.ts), given the file's content path from the lookup's
 * index. This is what the core's `findingUrl` answers, without its scan of every file per finding
 * (the reports page at 1,000 accounts links thousands of findings).
 */
export function findingSourceUrl(settings: ResolvedSettings, lookup: Lookup, finding: Pick<Finding, 'file' | 'line'>): string | undefined {
  if (!settings.repository) return undefined;
  const contentPath = lookup.contentPaths.get(finding.file);
  return contentPath === undefined ? undefined : lineUrl(settings, contentPath, finding.line);
}

/** `content/accounts/x/y.mdx:31:5`, as the CLI shows a place. */
export function placeLabel(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}
