// What a plan's summary line counts: its items (milestones and both sides' commitments) that
// still count (not dropped), how many are done, and the due dates of those still open, from
// which the page's script recounts the overdue and due-soon ones for the reader's day.
import type { ClientItem, ClientPlan } from '../core/client/client-view.ts';
import { compareText } from '../core/findings.ts';

export interface PlanSummary {
  total: number;
  /** Items dropped by agreement: not promises left to keep, so not in the total; said beside it. */
  dropped: number;
  done: number;
  /** As of the build: recounted in the browser. */
  overdue: number;
  dueSoon: number;
  /** Due dates of the open items, space-separated, for the script; a milestone's as `m:<date>` (never due soon). */
  openDues: string;
  /** The plan promises dates (agreed or active): only then is anything overdue. */
  promising: boolean;
  /** The open item due first. */
  next: ClientItem | undefined;
}

export function allItems(plan: ClientPlan): ClientItem[] {
  return [...plan.milestones, ...plan.theirs, ...plan.ours];
}

/** Items by due date, then as written: the order a plan is read in. */
export function byDue(items: readonly ClientItem[]): ClientItem[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => compareText(a.item.due, b.item.due) || a.index - b.index).map(({ item }) => item);
}

export function planSummary(plan: ClientPlan): PlanSummary {
  const items = allItems(plan);
  const counted = items.filter((item) => item.status !== 'dropped');
  const open = byDue(counted.filter((item) => item.status !== 'done'));
  return {
    total: counted.length,
    dropped: items.length - counted.length,
    done: counted.length - open.length,
    overdue: open.filter((item) => item.status === 'overdue').length,
    dueSoon: open.filter((item) => item.status === 'due-soon').length,
    openDues: open.map((item) => (item.kind === 'milestone' ? `m:${item.due}` : item.due)).join(' '),
    promising: plan.status !== 'done',
    next: open[0],
  };
}
