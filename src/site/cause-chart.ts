// The layout of the incidents-by-cause bars on the insights page: one horizontal bar per cause,
// its length the number of incidents, labelled with the count and the share (so the bar is never
// the only way to read it). Positions only; the numbers are the core's.
import type { CauseTrend } from '../core/model.ts';

export const CAUSE_CHART = { width: 400, labelWidth: 132, row: 30, top: 6, fontSize: 13 } as const;

export interface CauseBar {
  key: string;
  label: string;
  total: number;
  share: number | null;
  y: number;
  width: number;
}

export function causeChart(groups: readonly CauseTrend[]): { width: number; height: number; bars: CauseBar[]; barLeft: number } {
  const { width, labelWidth, row, top } = CAUSE_CHART;
  const most = Math.max(1, ...groups.map((g) => g.total));
  // Room on the right for "12 (40%)".
  const room = width - labelWidth - 72;
  return {
    width,
    height: top * 2 + row * groups.length,
    barLeft: labelWidth,
    bars: groups.map((group, i) => ({ key: group.key, label: group.label, total: group.total, share: group.share, y: top + row * i, width: Math.round((group.total / most) * room) })),
  };
}
