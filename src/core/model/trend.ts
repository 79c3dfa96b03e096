// Promise-keeping over time (`playbook report --trend`, the insights page, the dashboard, the
// reminders issue): how many commitments were kept on the date first agreed, week by week.
//
// The contract's definitions, in one place:
// - counted: the commitments (not milestones) of plans `agreed`, `active` or `done`: a draft
//   promised nothing yet, and a cancelled plan's dates stopped being promises;
// - first due: the `from` of the first slip, else `due` (the date first agreed, which a slip
//   does not rewrite);
// - as of today T: kept (done on or before the first due), kept late (done after it), late
//   (open, first due before T), dropped, or pending (open, first due on or after T);
// - each commitment is counted in the ISO week of its first due;
// - onTimeRate = kept ÷ (kept + keptLate + late), null when nothing came due;
// - daysLate sums the days from the first due to the done date (kept late) or to T (late);
// - change = the rate of the last 4 weeks minus the rate of the 4 weeks before.
import { daysBetween, isoWeek, type CalendarDate } from '../dates.ts';
import type { Content } from '../content.ts';
import type { CommitmentView } from './items.ts';
import { ratio, ratioChange } from './ratio.ts';
import { compareGroups, fixedGroups, trendGroupOf, type TrendBy, type TrendGroupRef } from './trend-groups.ts';
import { CHANGE_WEEKS, DEFAULT_TREND_WEEKS, weeksEndingWith, type Week } from './weeks.ts';

export type PromiseOutcome = 'kept' | 'keptLate' | 'late' | 'dropped' | 'pending';

/** Plans in these states made promises the trend counts. */
export const COUNTED_PLAN_STATUSES: ReadonlySet<string> = new Set(['agreed', 'active', 'done']);

export interface KeepingCounts {
  kept: number;
  keptLate: number;
  late: number;
  dropped: number;
  daysLate: number;
  /** kept ÷ (kept + keptLate + late), three decimals; null when that is zero. */
  onTimeRate: number | null;
}

export interface WeekCounts extends KeepingCounts {
  /** `2026-W47` */
  week: string;
}

export interface TrendGroup {
  key: string;
  label: string;
  /** One entry per covered week, oldest first. */
  weeks: WeekCounts[];
  /** The covered weeks summed. */
  total: KeepingCounts;
  /** The last 4 weeks (ending with the week that holds today), summed. */
  recent: KeepingCounts;
  /** The 4 weeks before those, summed. */
  previous: KeepingCounts;
  /** recent.onTimeRate − previous.onTimeRate, from the counts; null when either is null. */
  change: number | null;
}

export interface PromiseTrend {
  asOf: CalendarDate;
  by: TrendBy;
  weeks: Week[];
  groups: TrendGroup[];
}

export interface TrendOptions {
  by?: TrendBy;
  /** How many weeks, ending with the week that holds today (default 13). */
  weeks?: number;
}

/** What became of a commitment as of `asOf`, and how many days it is or was late. */
export function promiseOutcome(commitment: CommitmentView, asOf: CalendarDate): { outcome: PromiseOutcome; daysLate: number } {
  const { firstDue, doneOn, status } = commitment;
  // The model says whether it is done or dropped as of today (done wins, and a date after today
  // has not happened yet).
  if (doneOn !== undefined) return doneOn <= firstDue ? { outcome: 'kept', daysLate: 0 } : { outcome: 'keptLate', daysLate: daysBetween(firstDue, doneOn) };
  if (status === 'dropped') return { outcome: 'dropped', daysLate: 0 };
  return firstDue < asOf ? { outcome: 'late', daysLate: daysBetween(firstDue, asOf) } : { outcome: 'pending', daysLate: 0 };
}

/**
 * What became of `commitments` up to today, as the trend counts them summed over every week so
 * far: those of counted plans whose first due falls in a week up to the one that holds `asOf`.
 * A commitment first due after this week is counted in its own week, when that week comes, even
 * if it was kept or dropped early (a person's page said "kept on time ... so far" of promises
 * that had not come due).
 */
export function outcomesSoFar(commitments: readonly CommitmentView[], asOf: CalendarDate): Record<Exclude<PromiseOutcome, 'pending'>, number> {
  const counts = { kept: 0, keptLate: 0, late: 0, dropped: 0 };
  const weekEnd = weeksEndingWith(asOf, 1)[0]!.end;
  for (const commitment of countedCommitments(commitments)) {
    if (commitment.firstDue > weekEnd) continue;
    const { outcome } = promiseOutcome(commitment, asOf);
    if (outcome !== 'pending') counts[outcome] += 1;
  }
  return counts;
}

/** The commitments the trend counts: those of plans agreed, active or done. */
export function countedCommitments(commitments: readonly CommitmentView[]): CommitmentView[] {
  return commitments.filter((commitment) => COUNTED_PLAN_STATUSES.has(commitment.plan.data.status));
}

interface Tally {
  kept: number;
  keptLate: number;
  late: number;
  dropped: number;
  daysLate: number;
}

const emptyTally = (): Tally => ({ kept: 0, keptLate: 0, late: 0, dropped: 0, daysLate: 0 });

function sum(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const t of tallies) {
    total.kept += t.kept;
    total.keptLate += t.keptLate;
    total.late += t.late;
    total.dropped += t.dropped;
    total.daysLate += t.daysLate;
  }
  return total;
}

/** The counts with their rate, fields in the contract's order. */
function withRate(t: Tally): KeepingCounts {
  return { kept: t.kept, keptLate: t.keptLate, late: t.late, dropped: t.dropped, daysLate: t.daysLate, onTimeRate: ratio(t.kept, due(t)) };
}

/** What came due (and was not dropped): the rate's denominator. */
function due(t: Tally): number {
  return t.kept + t.keptLate + t.late;
}

/** The trend of `commitments` (the model's) as of `asOf`, grouped `by` side, person, team or account. */
export function promiseTrend(model: { asOf: CalendarDate; content: Pick<Content, 'people'>; commitments: readonly CommitmentView[] }, options: TrendOptions = {}): PromiseTrend {
  const by = options.by ?? 'side';
  const count = options.weeks ?? DEFAULT_TREND_WEEKS;
  const { asOf } = model;
  // Tally over enough weeks for `change` too, whatever --weeks says: the change of the last four
  // weeks is the same number in a 2-week report and in a 13-week one.
  const span = weeksEndingWith(asOf, Math.max(count, 2 * CHANGE_WEEKS));
  const index = new Map(span.map((week, i) => [week.key, i]));
  const groups = new Map<string, { ref: TrendGroupRef; tallies: Tally[] }>();
  const groupFor = (ref: TrendGroupRef) => {
    let group = groups.get(ref.key);
    if (!group) groups.set(ref.key, (group = { ref, tallies: span.map(emptyTally) }));
    return group;
  };
  for (const ref of fixedGroups(by)) groupFor(ref);
  for (const commitment of countedCommitments(model.commitments)) {
    const i = index.get(isoWeek(commitment.firstDue));
    if (i === undefined) continue;
    const tally = groupFor(trendGroupOf(by, commitment, model.content)).tallies[i]!;
    const { outcome, daysLate } = promiseOutcome(commitment, asOf);
    if (outcome === 'pending') continue;
    tally[outcome] += 1;
    tally.daysLate += daysLate;
  }
  const covered = span.slice(-count);
  return {
    asOf,
    by,
    weeks: covered,
    groups: [...groups.values()]
      .sort((a, b) => compareGroups(a.ref, b.ref))
      .map(({ ref, tallies }): TrendGroup => {
        const recent = sum(tallies.slice(-CHANGE_WEEKS));
        const previous = sum(tallies.slice(-2 * CHANGE_WEEKS, -CHANGE_WEEKS));
        const shown = tallies.slice(-count);
        return {
          key: ref.key,
          label: ref.label,
          weeks: shown.map((t, i) => ({ week: covered[i]!.key, ...withRate(t) })),
          total: withRate(sum(shown)),
          recent: withRate(recent),
          previous: withRate(previous),
          change: ratioChange(recent.kept, due(recent), previous.kept, due(previous)),
        };
      }),
  };
}
