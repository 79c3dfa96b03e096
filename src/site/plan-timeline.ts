// The layout of a plan's timeline, computed at build time. It is drawn once and framed twice: a
// `wide` frame (a desktop page, lane names on the left) and a `narrow` one (a phone, lane names
// above each lane, a shorter window), each at about the size it is shown so its text stays
// readable. What a plan holds thousands of, its commitments (each numbered as in the tables) and
// their slips, is drawn once per owner's lane, its places written as a share of the plan's drawn
// dates (`37.5%`): each frame shows that drawing at its own scale (PlanTimeline.astro), so a
// marker is never written twice. A frame draws what it has little of: its lanes and their names,
// the milestones and their names, month lines, kickoff, target and today's lines, the break-in
// period. A long plan is drawn around today (what is earlier or later is counted at the edges).
// Labels are placed in rows so that none overlaps another, on any day the page is read: today's
// label has a row of its own, as the browser moves it. Positions only: every status comes from
// the core's model.
import { dayNumber, daysBetween, type CalendarDate } from '../core/dates.ts';
import { compareText } from '../core/findings.ts';
import { ownerLabel, type CommitmentView, type MilestoneView, type PlanView, type Side } from '../core/model.ts';
import { LINE_FONT, todayLabelDx } from './plan-timeline-label.ts';
import { around, labelBand, padded, placeLabels, readableWindow, scaleBetween, ticks, type Tick, type TimeScale } from './scale.ts';

export type Variant = 'wide' | 'narrow';

const SIZES = {
  wide: { width: 960, labelWidth: 190, before: 120, after: 240, font: 12, lane: 34, narrowLabels: false },
  narrow: { width: 360, labelWidth: 0, before: 35, after: 91, font: 12, lane: 30, narrowLabels: true },
} as const;
const VARIANTS = ['wide', 'narrow'] as const;
const AXIS_HEIGHT = 30;
const ROW = 14;

export interface Marker<T> {
  item: T;
  /** The number shown beside the marker and in the tables' # column. */
  number: string;
  x: number;
  y: number;
}

export interface Label {
  text: string;
  x: number;
  y: number;
}

export interface SlipArc {
  item: CommitmentView | MilestoneView;
  from: CalendarDate;
  to: CalendarDate;
  x1: number;
  x2: number;
  y: number;
  /** Days the date moved (negative when pulled in). */
  days: number;
}

/** A place along the drawn dates, as a share of them: `37.5%`. */
export type Share = `${number}%`;

/** A commitment's marker in its owner's lane drawing, on the lane's line (y 0). */
export interface LaneMarker {
  item: CommitmentView;
  number: string;
  x: Share;
}

/** A commitment's slip in its owner's lane drawing: the old date's ring, an arc, an arrowhead. */
export interface LaneSlip {
  item: CommitmentView;
  from: CalendarDate;
  to: CalendarDate;
  x1: Share;
  x2: Share;
  /** The arc's box, from the earlier date to the later one. */
  left: Share;
  width: Share;
  /** Pulled in: the arc runs right to left. */
  backwards: boolean;
  days: number;
}

/** One owner's commitments, drawn once for both frames, in the lane's own coordinates. */
export interface OwnerDrawing {
  owner: string;
  label: string;
  side: Side;
  markers: LaneMarker[];
  /** Each number's row above the lane's line: y is -10 for the first row. */
  numbers: { text: string; x: Share; y: number }[];
  slips: LaneSlip[];
  rows: number;
}

export interface Lane {
  label: string;
  side: 'milestones' | Side;
  /** The lane's top and bottom, and the line its markers sit on. */
  top: number;
  bottom: number;
  y: number;
  /** Where its name is written. */
  labelX: number;
  labelY: number;
  /** An owner's lane: the index of its drawing in `PlanTimeline.owners`. */
  owner?: number;
}

export interface VerticalLine {
  kind: 'kickoff' | 'target';
  label: string;
  date: CalendarDate;
  x: number;
  labelX: number;
  labelY: number;
}

export interface PlanTimelineLayout {
  variant: Variant;
  width: number;
  height: number;
  fontSize: number;
  scale: TimeScale;
  ticks: Tick[];
  lanes: Lane[];
  plotTop: number;
  plotBottom: number;
  milestones: Marker<MilestoneView>[];
  milestoneLabels: Label[];
  /** The milestones' slips; the commitments' are in their owners' drawings. */
  slips: SlipArc[];
  /** Commitments and their slips drawn in this frame (within its dates). */
  drawnSlips: number;
  lines: VerticalLine[];
  /**
   * Today's line, where it is drawn and where its label goes, in a row of its own: present while
   * the plan runs, hidden (`shown` false) when today is outside the frame's dates, for the browser
   * to move to the reader's day.
   */
  today?: { x: number; labelY: number; labelDx: number; shown: boolean };
  breakIn?: { from: CalendarDate; to: CalendarDate; x1: number; x2: number };
  /**
   * Where the owners' drawings are shown: their dates (0% to 100%) span `x` to `x + width`, and
   * what falls outside the frame's own dates is cut at `clip` (left, right).
   */
  drawing: { x: number; width: number; clip: [number, number] };
  /** Items outside the drawn window, counted at its edges. */
  earlier: number;
  later: number;
  /** The plan is neither done nor cancelled: today matters to it. */
  running: boolean;
  /** Today is outside the drawn dates: said in words instead of drawn. */
  todayOutside?: 'before' | 'after';
  /**
   * The pieces of a vertical line from y1 to y2 that are drawn: on a phone, where each lane's name
   * is written on a row of its own above the lane, gridlines and the kickoff, target and today
   * lines stop short of those rows, so that no line runs through a name.
   */
  segments: (y1: number, y2: number) => [number, number][];
}

export interface PlanTimeline {
  /** The dates the owners' drawings span (0% to 100%): every frame's. */
  start: CalendarDate;
  end: CalendarDate;
  owners: OwnerDrawing[];
  frames: PlanTimelineLayout[];
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

/** The plan's first and last dates: kickoff, target, break-in, every due date and slip. */
function span(view: PlanView): { start: CalendarDate; end: CalendarDate } {
  const { data } = view.plan;
  const dates: CalendarDate[] = [data.kickoff];
  if (data.target) dates.push(data.target);
  if (data.break_in_until) dates.push(data.break_in_until);
  for (const item of [...view.milestones, ...view.commitments]) dates.push(item.data.due, ...item.data.slips.flatMap((slip) => [slip.from, slip.to]));
  dates.sort();
  return { start: dates[0]!, end: dates.at(-1)! };
}

/** The dates a frame draws: the plan's, or a readable window of them around today. */
function frameWindow(view: PlanView, asOf: CalendarDate, variant: Variant): { start: CalendarDate; end: CalendarDate } {
  const whole = span(view);
  return padded(readableWindow(whole.start, whole.end, asOf, SIZES[variant].before, SIZES[variant].after));
}

const plotLeftOf = (variant: Variant) => (SIZES[variant].narrowLabels ? 12 : SIZES[variant].labelWidth + 10);
const plotRightOf = (variant: Variant) => SIZES[variant].width - 16;

/** A plan's timeline: its owners' drawings, once, and the two frames that show them. */
export function planTimeline(view: PlanView, asOf: CalendarDate): PlanTimeline {
  const windows = VARIANTS.map((variant) => frameWindow(view, asOf, variant));
  // Every frame's dates (the narrow window lies within the wide one; the union, to be sure).
  const start = windows.map((w) => w.start).sort()[0]!;
  const end = windows.map((w) => w.end).sort().at(-1)!;
  const first = dayNumber(start);
  const days = Math.max(1, dayNumber(end) - first);
  // A hundredth of a percent: a tenth of a unit on a 960-unit chart, finer than a day on a plan of years.
  const percent = (count: number): Share => `${Math.round((count / days) * 10000) / 100}%`;
  const share = (date: CalendarDate): Share => percent(dayNumber(date) - first);
  const inside = (date: CalendarDate) => date >= start && date <= end;
  // A label's row holds in every frame when placed at the smallest scale of them: where the days
  // are wider apart, the gaps between labels only grow.
  const perDay = Math.min(...VARIANTS.map((variant, i) => (plotRightOf(variant) - plotLeftOf(variant)) / Math.max(1, daysBetween(windows[i]!.start, windows[i]!.end))));
  const numbers = numberItems(view);

  // Each owner's lane, ours first, each side by name: one lane per contact, whichever Unicode form the owner is typed in.
  const owners = new Map<string, CommitmentView[]>();
  for (const commitment of view.commitments) owners.set(commitment.ownerId, [...(owners.get(commitment.ownerId) ?? []), commitment]);
  const ownerOrder = [...owners.entries()].sort(([, a], [, b]) => (a[0]!.side === 'client' ? 1 : 0) - (b[0]!.side === 'client' ? 1 : 0) || compareText(a[0]!.ownerName, b[0]!.ownerName));
  const drawings: OwnerDrawing[] = ownerOrder.map(([owner, list]) => {
    const shown = list.filter((item) => inside(item.data.due));
    // Numbers are a few digits: none is shortened, and one cut at a frame's edge is in the tables.
    const placed = placeLabels(shown.map((item) => ({ item, x: (dayNumber(item.data.due) - first) * perDay + 2, text: numbers.commitments.get(item)! })), 10, -Infinity, Infinity);
    const slips = list.flatMap((item) =>
      item.data.slips
        .filter((slip) => inside(slip.from) || inside(slip.to))
        .map((slip): LaneSlip => {
          const backwards = slip.to < slip.from;
          const [from, to] = backwards ? [slip.to, slip.from] : [slip.from, slip.to];
          return { item, from: slip.from, to: slip.to, x1: share(slip.from), x2: share(slip.to), left: share(from), width: percent(dayNumber(to) - dayNumber(from)), backwards, days: daysBetween(slip.from, slip.to) };
        }),
    );
    return {
      owner,
      label: ownerLabel(list[0]!),
      side: list[0]!.side,
      markers: shown.map((item) => ({ item, number: numbers.commitments.get(item)!, x: share(item.data.due) })),
      numbers: placed.labels.map((label) => ({ text: label.text, x: share(label.item.data.due), y: -10 - label.row * ROW })),
      slips,
      rows: Math.max(1, placed.rows),
    };
  });
  return { start, end, owners: drawings, frames: VARIANTS.map((variant, i) => frame(view, asOf, variant, windows[i]!, drawings, { start, days })) };
}

function frame(view: PlanView, asOf: CalendarDate, variant: Variant, window: { start: CalendarDate; end: CalendarDate }, drawings: OwnerDrawing[], drawn: { start: CalendarDate; days: number }): PlanTimelineLayout {
  const size = SIZES[variant];
  const { data } = view.plan;
  const numbers = numberItems(view);
  const plotLeft = plotLeftOf(variant);
  const plotRight = plotRightOf(variant);
  const scale = scaleBetween(window.start, window.end, plotLeft, plotRight);
  const inside = (date: CalendarDate) => date >= window.start && date <= window.end;
  const items = [...view.milestones, ...view.commitments];
  const earlier = items.filter((item) => item.data.due < window.start).length;
  const later = items.filter((item) => item.data.due > window.end).length;

  const lanes: Lane[] = [];
  const nameRows: [number, number][] = [];
  let top = AXIS_HEIGHT;
  const addLane = (label: string, side: Lane['side'], rows: number, owner?: number): Lane => {
    const nameRow = size.narrowLabels ? ROW + 2 : 0;
    if (nameRow > 0) nameRows.push([top, top + nameRow]);
    const height = nameRow + rows * ROW + size.lane - ROW;
    const y = top + nameRow + rows * ROW + (size.lane - ROW) / 2;
    const lane = { label, side, top, bottom: top + height, y, labelX: size.narrowLabels ? 6 : 8, labelY: size.narrowLabels ? top + 13 : y + 4, owner };
    lanes.push(lane);
    top += height;
    return lane;
  };

  const milestones: Marker<MilestoneView>[] = [];
  const milestoneLabels: Label[] = [];
  const shown = <T extends { data: { due: CalendarDate } }>(list: T[]) => list.filter((item) => inside(item.data.due));
  if (view.milestones.length > 0) {
    const placed = placeLabels(
      shown(view.milestones).map((item) => ({ item, x: scale.x(item.data.due), text: `${numbers.milestones.get(item)} ${item.title}` })),
      size.font - 1,
      plotLeft,
      plotRight,
      variant === 'wide' ? 40 : 30,
    );
    const lane = addLane('Milestones', 'milestones', Math.max(1, placed.rows));
    for (const item of shown(view.milestones)) milestones.push({ item, number: numbers.milestones.get(item)!, x: scale.x(item.data.due), y: lane.y });
    for (const label of placed.labels) milestoneLabels.push({ text: label.text, x: label.x, y: lane.y - 12 - label.row * ROW });
    // A milestone's name is written anywhere along its row, where month lines and today's,
    // kickoff's and target's lines run: those lines pause across each row of names (11px, site.css).
    for (const row of new Set(milestoneLabels.map((label) => label.y))) nameRows.push(labelBand(row, 11));
  }
  drawings.forEach((drawing, i) => addLane(drawing.label, drawing.side, drawing.rows, i));
  if (lanes.length === 0) addLane('Nothing planned yet', 'ours', 1);
  const plotTop = AXIS_HEIGHT;
  const plotBottom = top;

  const clamp = (x: number) => Math.max(plotLeft, Math.min(plotRight, x));
  const slips: SlipArc[] = view.milestones.flatMap((item) =>
    item.data.slips
      .filter((slip) => inside(slip.from) || inside(slip.to))
      .map((slip) => ({ item, from: slip.from, to: slip.to, x1: clamp(scale.x(slip.from)), x2: clamp(scale.x(slip.to)), y: lanes[0]!.y, days: daysBetween(slip.from, slip.to) })),
  );
  const drawnSlips = slips.length + view.commitments.flatMap((item) => item.data.slips.filter((slip) => inside(slip.from) || inside(slip.to))).length;

  // Kickoff and target, labelled in rows under the lanes so that no two labels meet; today's
  // label below them, in a row of its own: the browser moves it to the reader's day, where it
  // could otherwise land on a label placed for the build's day.
  const running = data.status !== 'done' && data.status !== 'cancelled';
  const marks: { item: VerticalLine['kind']; x: number; text: string; date: CalendarDate }[] = [];
  if (inside(data.kickoff)) marks.push({ item: 'kickoff', x: scale.x(data.kickoff), text: `Kickoff ${data.kickoff}`, date: data.kickoff });
  if (data.target && inside(data.target)) marks.push({ item: 'target', x: scale.x(data.target), text: `Target ${data.target}`, date: data.target });
  const placedMarks = placeLabels(marks.map((m) => ({ item: m, x: m.x, text: m.text })), LINE_FONT, plotLeft, plotRight);
  const lines: VerticalLine[] = placedMarks.labels.map((label) => ({ kind: label.item.item, label: label.text, date: label.item.date, x: label.item.x, labelX: label.x, labelY: plotBottom + 15 + label.row * ROW }));
  let today: PlanTimelineLayout['today'];
  if (running) {
    const x = scale.x(asOf);
    today = { x, labelY: plotBottom + 15 + placedMarks.rows * ROW, labelDx: todayLabelDx(x, asOf, plotLeft, plotRight), shown: inside(asOf) };
  }
  const labelRows = placedMarks.rows + (running ? 1 : 0);

  let breakIn: PlanTimelineLayout['breakIn'];
  if (data.break_in_until) {
    // The break-in period runs from go-live (the target, else the last milestone before it) to its end.
    const beforeEnd = view.milestones.map((m) => m.data.due).filter((d) => d <= data.break_in_until!).sort();
    const from = data.target && data.target <= data.break_in_until ? data.target : (beforeEnd.at(-1) ?? data.kickoff);
    if (from <= window.end && data.break_in_until >= window.start) breakIn = { from, to: data.break_in_until, x1: clamp(scale.x(from)), x2: clamp(scale.x(data.break_in_until)) };
  }

  return {
    variant,
    width: size.width,
    height: plotBottom + 15 + ROW * Math.max(1, labelRows) + 4,
    fontSize: size.font,
    scale,
    ticks: ticks(scale, 11),
    lanes,
    plotTop,
    plotBottom,
    milestones,
    milestoneLabels,
    slips,
    drawnSlips,
    lines,
    today,
    breakIn,
    // Cut at the frame's first date, with room for a marker's half (one on the edge is drawn
    // whole), and at its right edge: a number beside a marker on the last date is read whole, and
    // what falls in the margin after it is drawn at its date, as the month lines are.
    drawing: { x: scale.x(drawn.start), width: Math.round(drawn.days * scale.perDay * 10) / 10, clip: [plotLeft - 7, size.width] },
    earlier,
    later,
    running,
    todayOutside: running && !inside(asOf) ? (asOf < window.start ? 'before' : 'after') : undefined,
    segments: (y1, y2) => around(y1, y2, nameRows),
  };
}
