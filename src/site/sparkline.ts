// A small line of weekly on-time rates for a table row or a person's page: the same weeks as the
// report, a gap where nothing came due, and a dot on every week that has a rate (so a single
// week still shows). Positions only; the numbers are the core's.

export interface SparklineLayout {
  width: number;
  height: number;
  /** Path data of each unbroken run of weeks. */
  lines: string[];
  dots: { x: number; y: number }[];
  /** The 0% and 100% lines. */
  floor: number;
  ceiling: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(rates: readonly (number | null)[], width = 104, height = 24): SparklineLayout {
  const pad = 3;
  const step = (width - 2 * pad) / Math.max(1, rates.length - 1);
  const x = (i: number) => round(pad + step * i);
  const y = (rate: number) => round(height - pad - rate * (height - 2 * pad));
  const lines: string[] = [];
  let run: string[] = [];
  for (const [i, rate] of rates.entries()) {
    if (rate !== null) run.push(`${run.length === 0 ? 'M' : 'L'}${x(i)} ${y(rate)}`);
    if (rate === null || i === rates.length - 1) {
      if (run.length > 1) lines.push(run.join(''));
      run = [];
    }
  }
  const dots = rates.flatMap((rate, i) => (rate === null ? [] : [{ x: x(i), y: y(rate) }]));
  return { width, height, lines, dots, floor: y(0), ceiling: y(1) };
}
