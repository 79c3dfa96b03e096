// The layout of an account's contact history, wide (desktop) and narrow (phone): touchpoints that
// reach the client on one row, with the gaps between them (thin within the cadence, thick and
// dashed when longer) and the gap from the last contact to today; internal touchpoints (only our
// own people) on a row of their own, drawn hollow, because they keep the team in the know but are
// not contact with the client. A long history is drawn for the last months around today; the
// table lists every touchpoint. Positions only: whether a gap was too long is the model's.
import type { CalendarDate } from '../core/dates.ts';
import type { AccountView, ContactGap } from '../core/model.ts';
import { around, padded, readableWindow, scaleBetween, ticks, type Tick, type TimeScale } from './scale.ts';
import { addDays } from '../core/dates.ts';
import type { Variant } from './plan-timeline.ts';

const SIZES = {
  wide: { width: 960, labelWidth: 130, before: 365, after: 45, rowLabelsLeft: true },
  narrow: { width: 360, labelWidth: 0, before: 120, after: 45, rowLabelsLeft: false },
} as const;

export interface Gap {
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  long: boolean;
  x1: number;
  x2: number;
}

export interface TouchpointTimelineLayout {
  variant: Variant;
  width: number;
  height: number;
  scale: TimeScale;
  ticks: Tick[];
  plotTop: number;
  plotBottom: number;
  clientY: number;
  internalY: number;
  rowLabels: { text: string; x: number; y: number }[];
  gaps: Gap[];
  client: { entry: ContactGap; x: number }[];
  internal: { entry: ContactGap; x: number }[];
  /** The gap from the last contact to today: from where, drawn to where on the build's day. */
  sinceLast: { from: CalendarDate; x1: number; x2: number };
  today: { x: number } | undefined;
  /** Touchpoints before the drawn window. */
  earlier: number;
  /** The pieces of a vertical line from y1 to y2 that are drawn: none through a row's name or a gap's length (scale.ts around). */
  segments: (y1: number, y2: number) => [number, number][];
}

export function touchpointTimeline(view: AccountView, asOf: CalendarDate, variant: Variant = 'wide'): TouchpointTimelineLayout {
  const size = SIZES[variant];
  const since = view.account.data.since;
  const plotLeft = size.rowLabelsLeft ? size.labelWidth : 12;
  const plotRight = size.width - 16;
  const window = padded(readableWindow(since < asOf ? since : asOf, addDays(asOf, size.after), asOf, size.before, size.after), 3);
  const scale = scaleBetween(window.start, window.end, plotLeft, plotRight);
  const x = (date: CalendarDate) => Math.max(plotLeft, Math.min(plotRight, scale.x(date)));
  const top = 30;
  const clientY = size.rowLabelsLeft ? top + 22 : top + 30;
  // On a phone the internal row's name sits between the rows, under the gaps' lengths ("28d"): far enough down to clear them.
  const internalY = size.rowLabelsLeft ? top + 52 : top + 86;
  const plotBottom = internalY + 16;

  const reaching = view.history.filter((h) => h.reachesClient);
  const gaps: Gap[] = [];
  let previous = since;
  for (const entry of reaching) {
    // A touchpoint dated after today is drawn where it is written, but ends no gap.
    if (!entry.counts) continue;
    const date = entry.touchpoint.date;
    if (date > previous && date >= window.start) gaps.push({ from: previous, to: date, days: entry.daysSincePrevious, long: entry.longerThanCadence, x1: x(previous), x2: x(date) });
    if (date > previous) previous = date;
  }
  const inWindow = (entry: ContactGap) => entry.touchpoint.date >= window.start && entry.touchpoint.date <= window.end;
  const rowLabels = size.rowLabelsLeft
    ? [
        { text: 'With the client', x: 8, y: clientY + 4 },
        { text: 'Internal', x: 8, y: internalY + 4 },
      ]
    : [
        { text: 'With the client', x: 6, y: clientY - 16 },
        { text: 'Internal (our people only)', x: 6, y: internalY - 14 },
      ];
  // On a phone each row's name is written across the chart, above its row: the rows it takes
  // (a 12px label on its baseline) are kept clear of vertical lines. On a desktop they sit left of
  // the plot. On both, the gaps' lengths ("28d", "15d since", 11px on a baseline 20 under the row)
  // are written anywhere along the row, so their band is kept clear too.
  const gapLabels: [number, number] = [clientY + 20 - 12, clientY + 20 + 4];
  const nameRows: [number, number][] = [gapLabels, ...(size.rowLabelsLeft ? [] : rowLabels.map((label): [number, number] => [label.y - 13, label.y + 4]))];
  return {
    variant,
    width: size.width,
    height: plotBottom + 22,
    scale,
    ticks: ticks(scale, 11),
    plotTop: top,
    plotBottom,
    clientY,
    internalY,
    rowLabels,
    gaps,
    client: reaching.filter(inWindow).map((entry) => ({ entry, x: scale.x(entry.touchpoint.date) })),
    internal: view.history.filter((h) => !h.reachesClient && inWindow(h)).map((entry) => ({ entry, x: scale.x(entry.touchpoint.date) })),
    sinceLast: { from: view.lastContact, x1: x(view.lastContact), x2: x(asOf) },
    today: scale.contains(asOf) ? { x: scale.x(asOf) } : undefined,
    earlier: view.history.filter((h) => h.touchpoint.date < window.start).length,
    segments: (y1, y2) => around(y1, y2, nameRows),
  };
}
