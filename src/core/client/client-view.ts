// The one function that decides what a client may see: a projection of the derived model for
// one account, made of plain values copied field by field from an allow-list. Everything the
// client's site, its calendar and its search index show comes from here, so nothing internal can
// leave by accident: an internal commitment, a `risk` note, a touchpoint, an incident, an MDX
// body, the handoff checklist, a finding, another account, our people's emails, phones or GitHub
// handles, a file path or an edit link are simply never copied.
import type { CalendarDate } from '../dates.ts';
import type { ItemStatus, ItemView, Model, PlanView } from '../model.ts';
import { agreedBy, companyName, letterOf, type Letter } from './letter.ts';

/** Plans in these states are shared with the client: agreed, under way, or delivered. */
const SHARED_STATUSES: ReadonlySet<string> = new Set(['agreed', 'active', 'done']);

export interface ClientItem {
  /** Unique within the plan. */
  id: string;
  kind: 'commitment' | 'milestone';
  /** What is promised, or the milestone's title. */
  what: string;
  side: 'ours' | 'client';
  /** Who does it: the owner's name (a milestone: who on our side answers for it). */
  who: string;
  due: CalendarDate;
  /** The due date first agreed. */
  firstDue: CalendarDate;
  done: CalendarDate | undefined;
  /** As of the day the site was built; the site's script recomputes it for the reader's day. */
  status: ItemStatus;
  /** The plan promises dates (agreed or active): only then can an item be overdue. */
  promising: boolean;
  /** The milestone a commitment belongs to, by title. */
  milestone: string | undefined;
  slips: { date: CalendarDate; from: CalendarDate; to: CalendarDate; reason: string; workaround: string | undefined }[];
  dropped: { date: CalendarDate; reason: string } | undefined;
  added: { date: CalendarDate; agreedBy: string | undefined; reason: string } | undefined;
}

export interface ClientPlan {
  /** The plan's file name: unique within the account. */
  slug: string;
  title: string;
  status: 'agreed' | 'active' | 'done';
  kickoff: CalendarDate;
  target: CalendarDate | undefined;
  breakInUntil: CalendarDate | undefined;
  milestones: ClientItem[];
  /** What we will do. */
  ours: ClientItem[];
  /** What the client will do. */
  theirs: ClientItem[];
  letter: Letter;
}

export interface ClientView {
  asOf: CalendarDate;
  /** The playbook's time zone: the reader's "today" is the date there, as on the main site. */
  timezone: string;
  /** The due-soon window in days (`remind_before`), for the statuses recomputed in the browser. */
  remindDays: number;
  /** Our company's name, as the playbook's title gives it. */
  company: string;
  account: { id: string; name: string };
  plans: ClientPlan[];
}

/** What `accountId`'s client may see, or `undefined` when there is no such account. */
export function clientView(model: Model, accountId: string): ClientView | undefined {
  const view = model.accounts.find((a) => a.account.id === accountId);
  if (!view) return undefined;
  const plans = view.plans.filter((p) => SHARED_STATUSES.has(p.plan.data.status)).map((p) => clientPlan(model, p));
  const { timezone, remindDays } = model.content.settings;
  return { asOf: model.asOf, timezone, remindDays, company: companyName(model.content), account: { id: view.account.id, name: view.account.data.name }, plans };
}

function clientPlan(model: Model, view: PlanView): ClientPlan {
  const { data } = view.plan;
  const milestoneTitles = new Map(view.milestones.map((m) => [m.id, m.title]));
  const shared = <T extends ItemView>(items: readonly T[]) => items.filter((item) => item.side !== 'internal').map((item) => clientItem(item, view.promising, milestoneTitles));
  const commitments = shared(view.commitments);
  return {
    slug: view.plan.slug,
    title: data.title,
    status: data.status as ClientPlan['status'],
    kickoff: data.kickoff,
    target: data.target,
    breakInUntil: data.break_in_until,
    milestones: shared(view.milestones),
    ours: commitments.filter((c) => c.side === 'ours'),
    theirs: commitments.filter((c) => c.side === 'client'),
    letter: letterOf(model.content, view),
  };
}

function clientItem(item: ItemView, promising: boolean, milestones: ReadonlyMap<string, string>): ClientItem {
  const { data } = item;
  return {
    id: item.id,
    kind: item.kind,
    what: item.title,
    side: item.side === 'client' ? 'client' : 'ours',
    who: item.ownerName,
    due: data.due,
    firstDue: item.firstDue,
    // As of today: a `done` or a drop dated later has not happened yet (the model says).
    done: item.doneOn,
    status: item.status === 'at-risk' ? 'open' : item.status,
    promising,
    milestone: item.kind === 'commitment' && item.data.milestone !== undefined ? milestones.get(item.data.milestone) : undefined,
    slips: data.slips.map((s) => ({ date: s.date, from: s.from, to: s.to, reason: s.reason, workaround: s.workaround })),
    dropped: item.status === 'dropped' && data.dropped ? { date: data.dropped.date, reason: data.dropped.reason } : undefined,
    added: data.added ? { date: data.added.date, agreedBy: agreedBy(item.plan, data.added.told), reason: data.added.reason } : undefined,
  };
}
