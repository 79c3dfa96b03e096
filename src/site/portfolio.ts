// The portfolio timeline: every agreed or active plan as a bar from kickoff to target, with its
// break-in period and its milestones (each labelled with its name, in rows so that no two labels
// meet), grouped by delivery lead, wide for a desktop and narrow for a phone. A long portfolio is
// drawn around today. A large playbook gets one page per lead (/timeline/<lead>/), summarised by
// team on /timeline/. Positions only; statuses come from the core's model.
import type { CalendarDate } from '../core/dates.ts';
import { compareText } from '../core/findings.ts';
import { personName, type MilestoneView, type PlanView } from '../core/model.ts';
import type { SitePlaybook } from './playbook.ts';
import type { Variant } from './plan-timeline.ts';
import { around, labelBand, padded, placeLabels, readableWindow, scaleBetween, ticks, type PlacedLabel, type Tick, type TimeScale } from './scale.ts';

/** Up to this many plans are drawn on /timeline/ itself; beyond, each lead has a page. */
export const PLANS_ON_ONE_PAGE = 40;

const SIZES = {
  wide: { width: 960, labelWidth: 260, before: 90, after: 300, labelAbove: false },
  narrow: { width: 360, labelWidth: 0, before: 30, after: 120, labelAbove: true },
} as const;
const TOP = 26;
const LABEL_ROW = 13;

export interface PortfolioRow {
  view: PlanView;
  /** Where the bar ends: the target, else the last due date. */
  end: CalendarDate;
  top: number;
  height: number;
  /** The bar's centre line. */
  y: number;
  x1: number;
  x2: number;
  /** The break-in period past the bar's end, when drawn. */
  breakIn?: { x1: number; x2: number };
  milestones: { item: MilestoneView; x: number }[];
  /** Milestones' names, and where the count of overdue commitments goes (`late`), in rows above the bar. */
  labels: (PlacedLabel<MilestoneView | 'late'> & { y: number })[];
  /** Where the plan's name is written. */
  nameX: number;
  nameY: number;
}

export interface LeadChart {
  variant: Variant;
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  rows: PortfolioRow[];
  today: number | undefined;
  /** The pieces of a vertical line from y1 to y2 that are drawn: none through a plan's name (scale.ts around). */
  segments: (y1: number, y2: number) => [number, number][];
}

export interface Lead {
  id: string;
  name: string;
  plans: PlanView[];
}

/** The agreed and active plans, by delivery lead (by name). */
export function leads(playbook: Pick<SitePlaybook, 'model'>): Lead[] {
  const byLead = new Map<string, PlanView[]>();
  for (const view of playbook.model.plans.filter((v) => v.promising)) byLead.set(view.plan.data.owner, [...(byLead.get(view.plan.data.owner) ?? []), view]);
  return [...byLead.entries()]
    .map(([id, plans]) => ({ id, name: personName(playbook.model, id), plans: plans.sort((a, b) => compareText(a.plan.data.kickoff, b.plan.data.kickoff) || compareText(a.plan.id, b.plan.id)) }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

export function planEnd(view: PlanView): CalendarDate {
  const dues = [...view.commitments.map((c) => c.data.due), ...view.milestones.map((m) => m.data.due)].sort();
  return view.plan.data.target ?? dues.at(-1) ?? view.plan.data.kickoff;
}

/** One lead's plans on one time scale, drawn around today. */
export function leadChart(plans: readonly PlanView[], asOf: CalendarDate, variant: Variant, lateLabel: (view: PlanView) => string | undefined = () => undefined): LeadChart {
  const size = SIZES[variant];
  const plotLeft = size.labelAbove ? 10 : size.labelWidth;
  const plotRight = size.width - 14;
  const dates = [asOf, ...plans.flatMap((view) => [view.plan.data.kickoff, planEnd(view), ...(view.plan.data.break_in_until ? [view.plan.data.break_in_until] : [])])].sort();
  const window = padded(readableWindow(dates[0]!, dates.at(-1)!, asOf, size.before, size.after), 5);
  const scale = scaleBetween(window.start, window.end, plotLeft, plotRight);
  const clamp = (x: number) => Math.max(plotLeft, Math.min(plotRight, x));
  const inside = (date: CalendarDate) => date >= window.start && date <= window.end;
  let top = TOP;
  // On a phone each plan's name is written on a row of its own across the chart, kept clear of vertical lines.
  const nameRows: [number, number][] = [];
  const rows = plans.map((view): PortfolioRow => {
    const { data } = view.plan;
    const end = planEnd(view);
    const milestones = view.milestones.filter((m) => inside(m.data.due)).map((item) => ({ item, x: scale.x(item.data.due) }));
    const late = lateLabel(view);
    const x2 = Math.max(clamp(scale.x(data.kickoff)) + 3, clamp(scale.x(end)));
    const placed = placeLabels<MilestoneView | 'late'>(
      [...milestones.map((m) => ({ item: m.item as MilestoneView | 'late', x: m.x, text: m.item.title })), ...(late ? [{ item: 'late' as const, x: x2, text: late }] : [])],
      10,
      plotLeft,
      plotRight,
      variant === 'wide' ? 28 : 24,
    );
    const nameRow = size.labelAbove ? 15 : 0;
    if (nameRow > 0) nameRows.push([top, top + nameRow + 1]);
    const rowsAbove = Math.max(placed.rows, 0);
    const barY = top + nameRow + rowsAbove * LABEL_ROW + 13;
    // The milestones' names (and the late count) are written anywhere along the plan's rows above
    // its bar, where month lines and today's line run: those lines pause across each row of them (11px, site.css).
    for (let i = 0; i < rowsAbove; i++) nameRows.push(labelBand(barY - 10 - i * LABEL_ROW, 11));
    const x1 = clamp(scale.x(data.kickoff));
    const height = nameRow + rowsAbove * LABEL_ROW + 26;
    const row: PortfolioRow = {
      view,
      end,
      top,
      height,
      y: barY,
      x1,
      x2,
      breakIn: data.break_in_until && data.break_in_until > end && inside(end) ? { x1: x2, x2: Math.max(x2 + 2, clamp(scale.x(data.break_in_until))) } : undefined,
      milestones,
      labels: placed.labels.map((label) => ({ ...label, y: barY - 10 - label.row * LABEL_ROW })),
      nameX: size.labelAbove ? 6 : 8,
      nameY: size.labelAbove ? top + 12 : barY + 4,
    };
    top += height;
    return row;
  });
  return { variant, width: size.width, height: top + 22, scale, ticks: ticks(scale, 11), rows, today: scale.contains(asOf) ? scale.x(asOf) : undefined, segments: (y1, y2) => around(y1, y2, nameRows) };
}
