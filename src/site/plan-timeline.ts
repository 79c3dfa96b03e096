// The layout of a plan's timeline, computed at build time: one lane for milestones and one per
// commitment owner (ours first, then the client's), kickoff, target, today's line, the break-in
// period, and every slip as an arc from its old date to its new one. Positions only: every
// status comes from the core's model.
import { daysBetween, type CalendarDate } from '../core/dates.ts';
import { compareText } from '../core/findings.ts';
import { ownerLabel, type CommitmentView, type MilestoneView, type PlanView, type Side } from '../core/model.ts';
import { ticks, timeScale, type Tick, type TimeScale } from './scale.ts';

export const WIDTH = 960;
const LABEL_WIDTH = 190;
const LANE_HEIGHT = 36;
const AXIS_HEIGHT = 34;
const LINE_LABEL_ROW = 15;

export interface Marker<T> {
  item: T;
  /** The number shown beside the marker and in the tables' # column. */
  number: string;
  x: number;
  y: number;
}

export interface SlipArc {
  commitment: CommitmentView;
  from: CalendarDate;
  to: CalendarDate;
  x1: number;
  x2: number;
  y: number;
  /** Days the date moved (negative when pulled in). */
  days: number;
}

export interface Lane {
  label: string;
  side: 'milestones' | Side;
  y: number;
}

export interface VerticalLine {
  kind: 'kickoff' | 'target' | 'today';
  label: string;
  date: CalendarDate;
  x: number;
  labelY: number;
}

export interface PlanTimelineLayout {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  lanes: Lane[];
  plotTop: number;
  plotBottom: number;
  milestones: Marker<MilestoneView>[];
  commitments: Marker<CommitmentView>[];
  slips: SlipArc[];
  lines: VerticalLine[];
  breakIn?: { from: CalendarDate; to: CalendarDate; x1: number; x2: number };
  /** Today is outside the plan's span (a closed plan): said in words instead of drawn. */
  todayOutside?: 'before' | 'after';
}

/** The order of the plan's tables: by due date, then as written. */
export function numberItems(view: PlanView): { commitments: Map<CommitmentView, string>; milestones: Map<MilestoneView, string> } {
  const byDue = <T extends { data: { due: string; index: number } }>(items: T[]) =>
    [...items].sort((a, b) => compareText(a.data.due, b.data.due) || a.data.index - b.data.index);
  return {
    commitments: new Map(byDue(view.commitments).map((item, i) => [item, String(i + 1)])),
    milestones: new Map(byDue(view.milestones).map((item, i) => [item, `M${i + 1}`])),
  };
}

export function planTimeline(view: PlanView, asOf: CalendarDate): PlanTimelineLayout {
  const { data } = view.plan;
  const numbers = numberItems(view);
  const dates: CalendarDate[] = [data.kickoff];
  if (data.target) dates.push(data.target);
  if (data.break_in_until) dates.push(data.break_in_until);
  for (const milestone of view.milestones) dates.push(milestone.data.due);
  for (const commitment of view.commitments) {
    dates.push(commitment.data.due);
    for (const slip of commitment.data.slips) dates.push(slip.from, slip.to);
  }
  // A plan still running always shows today; a closed one only when today falls inside it.
  const closed = data.status === 'done' || data.status === 'cancelled';
  if (!closed) dates.push(asOf);
  const scale = timeScale(dates, LABEL_WIDTH, WIDTH - 20);

  // Lanes: milestones, then each owner, ours first, each side in order of first due date.
  const owners = new Map<string, CommitmentView[]>();
  for (const commitment of view.commitments) {
    const list = owners.get(commitment.data.owner) ?? [];
    list.push(commitment);
    owners.set(commitment.data.owner, list);
  }
  const ownerOrder = [...owners.entries()].sort(([, a], [, b]) => {
    const side = (a[0]!.side === 'ours' ? 0 : 1) - (b[0]!.side === 'ours' ? 0 : 1);
    return side || compareText(a[0]!.ownerName, b[0]!.ownerName);
  });
  const lanes: Lane[] = [];
  const laneY = (i: number) => AXIS_HEIGHT + i * LANE_HEIGHT + LANE_HEIGHT / 2;
  if (view.milestones.length > 0) lanes.push({ label: 'Milestones', side: 'milestones', y: laneY(0) });
  const ownerY = new Map<string, number>();
  for (const [owner, items] of ownerOrder) {
    const y = laneY(lanes.length);
    ownerY.set(owner, y);
    lanes.push({ label: ownerLabel(items[0]!), side: items[0]!.side, y });
  }
  const plotTop = AXIS_HEIGHT;
  const plotBottom = AXIS_HEIGHT + Math.max(1, lanes.length) * LANE_HEIGHT;

  const milestones = view.milestones.map((item) => ({ item, number: numbers.milestones.get(item)!, x: scale.x(item.data.due), y: laneY(0) }));
  const commitments = view.commitments.map((item) => ({
    item,
    number: numbers.commitments.get(item)!,
    x: scale.x(item.data.due),
    y: ownerY.get(item.data.owner)!,
  }));
  const slips: SlipArc[] = view.commitments.flatMap((item) =>
    item.data.slips.map((slip) => ({
      commitment: item,
      from: slip.from,
      to: slip.to,
      x1: scale.x(slip.from),
      x2: scale.x(slip.to),
      y: ownerY.get(item.data.owner)!,
      days: daysBetween(slip.from, slip.to),
    })),
  );

  const lines: VerticalLine[] = [];
  let row = 0;
  const line = (kind: VerticalLine['kind'], label: string, date: CalendarDate) =>
    lines.push({ kind, label: `${label} ${date}`, date, x: scale.x(date), labelY: plotBottom + 16 + LINE_LABEL_ROW * row++ });
  line('kickoff', 'Kickoff', data.kickoff);
  if (data.target) line('target', 'Target', data.target);
  let todayOutside: PlanTimelineLayout['todayOutside'];
  if (scale.contains(asOf)) line('today', 'Today', asOf);
  else todayOutside = asOf < scale.start ? 'before' : 'after';

  let breakIn: PlanTimelineLayout['breakIn'];
  if (data.break_in_until) {
    // The break-in period runs from go-live (the target, else the last milestone before it) to its end.
    const beforeEnd = view.milestones.map((m) => m.data.due).filter((d) => d <= data.break_in_until!).sort();
    const from = data.target && data.target <= data.break_in_until ? data.target : (beforeEnd.at(-1) ?? data.kickoff);
    breakIn = { from, to: data.break_in_until, x1: scale.x(from), x2: scale.x(data.break_in_until) };
  }

  return {
    width: WIDTH,
    height: plotBottom + 16 + LINE_LABEL_ROW * row + 6,
    scale,
    ticks: ticks(scale),
    lanes,
    plotTop,
    plotBottom,
    milestones,
    commitments,
    slips,
    lines,
    breakIn,
    todayOutside,
  };
}
