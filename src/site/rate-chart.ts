// The layout of the insights page's line chart: one line per series of weekly on-time rates (0
// to 100%), one band per week, computed at build time. A week in which nothing came due has no
// point, and the line breaks there rather than pretending it was 0%. Each series has its own
// marker shape and dash pattern, so the lines are told apart without colour. Positions only:
// every number comes from the core's trend.

/** Drawing units; the SVG scales to its box. At a 390 px phone (about 358 px of content) 13-unit labels are 11.6 px. */
export const RATE_CHART = { width: 400, height: 240, left: 44, right: 392, top: 12, bottom: 196, fontSize: 13 } as const;

export type MarkerShape = 'circle' | 'square' | 'triangle';
const SHAPES: readonly MarkerShape[] = ['circle', 'square', 'triangle'];
const DASHES: readonly (string | undefined)[] = [undefined, '7 4', '2 4'];

export interface RateSeries {
  key: string;
  label: string;
  /** One per week, null when nothing came due. */
  rates: readonly (number | null)[];
}

export interface ChartPoint {
  x: number;
  y: number;
  week: string;
  rate: number;
}

export interface ChartSeries {
  key: string;
  label: string;
  shape: MarkerShape;
  dash: string | undefined;
  /** Path data of each unbroken run of weeks. */
  lines: string[];
  points: ChartPoint[];
}

export interface RateChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  series: ChartSeries[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function rateChart(weeks: readonly string[], series: readonly RateSeries[]): RateChartLayout {
  const { left, right, top, bottom } = RATE_CHART;
  const band = (right - left) / Math.max(1, weeks.length);
  const x = (i: number) => round(left + band * (i + 0.5));
  const y = (rate: number) => round(bottom - rate * (bottom - top));
  // About five week labels whatever the span, always including the latest week.
  const step = Math.max(1, Math.ceil(weeks.length / 5));
  const xTicks = weeks.flatMap((week, i) => ((weeks.length - 1 - i) % step === 0 ? [{ x: x(i), label: week.slice(5) }] : []));
  return {
    width: RATE_CHART.width,
    height: RATE_CHART.height,
    plot: { left, right, top, bottom },
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((rate) => ({ y: y(rate), label: `${rate * 100}%` })),
    xTicks,
    series: series.map((s, n): ChartSeries => {
      const points = s.rates.flatMap((rate, i) => (rate === null ? [] : [{ x: x(i), y: y(rate), week: weeks[i]!, rate }]));
      const lines: string[] = [];
      let run: string[] = [];
      s.rates.forEach((rate, i) => {
        if (rate !== null) run.push(`${run.length === 0 ? 'M' : 'L'}${x(i)} ${y(rate)}`);
        if ((rate === null || i === s.rates.length - 1) && run.length > 0) {
          if (run.length > 1) lines.push(run.join(''));
          run = [];
        }
      });
      return { key: s.key, label: s.label, shape: SHAPES[n % SHAPES.length]!, dash: DASHES[n % DASHES.length], lines, points };
    }),
  };
}

/** An SVG path for a marker of `shape` centred on (x, y). */
export function shapePath(shape: MarkerShape, x: number, y: number, r = 4.5): string {
  switch (shape) {
    case 'square':
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x} ${y - r - 1.5}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`;
    default:
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
}
