// How a rate, a change and a run of weekly rates are written, the same in the terminal, in
// markdown and on the site. A change is always an arrow and a signed number of points, never a
// colour alone; a week in which nothing came due is a dot, not a zero.

/** 0.769 -> "76.9%", 0.75 -> "75%"; null (nothing came due) -> "–". Exactly the JSON's rate × 100. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${tenths(rate)}%`;
}

/** 0.05 -> "▲ +5 pts", -0.125 -> "▼ -12.5 pts", 0 -> "= 0 pts", null -> "–". */
export function changeLabel(change: number | null): string {
  if (change === null) return '–';
  const points = tenths(Math.abs(change));
  if (change > 0) return `▲ +${points} pts`;
  if (change < 0) return `▼ -${points} pts`;
  return '= 0 pts';
}

/** The change in words, for a screen reader or a sentence: "up 5 points", "no change". */
export function changeWords(change: number | null): string {
  if (change === null) return 'not enough promises came due to compare';
  const points = tenths(Math.abs(change));
  const unit = points === '1' ? 'point' : 'points';
  return change > 0 ? `up ${points} ${unit}` : change < 0 ? `down ${points} ${unit}` : 'no change';
}

/** Which way it went, for a data attribute or a class: never shown alone. */
export function changeDirection(change: number | null): 'up' | 'down' | 'same' | 'none' {
  return change === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** A three-decimal fraction as a percentage with at most one decimal, without float noise. */
function tenths(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

const BLOCKS = '▁▂▃▄▅▆▇█';
/** The mark of a week with nothing to show. */
export const EMPTY_WEEK = '·';

/** One block per week: ▁ none on time … █ all on time; · when nothing came due. */
export function rateSparkline(rates: readonly (number | null)[]): string {
  return rates.map((rate) => (rate === null ? EMPTY_WEEK : BLOCKS[Math.round(rate * (BLOCKS.length - 1))])).join('');
}

/** One block per week, scaled to the busiest week of `max`: · when there were none. */
export function countSparkline(counts: readonly number[], max: number): string {
  return counts.map((count) => (count === 0 || max === 0 ? EMPTY_WEEK : BLOCKS[Math.max(0, Math.ceil((count / max) * BLOCKS.length) - 1)])).join('');
}

export const RATE_LEGEND = `Each mark is one week, oldest first: ${BLOCKS[0]} none kept on time … ${BLOCKS[BLOCKS.length - 1]} all kept on time, ${EMPTY_WEEK} nothing came due.`;
