// "Did you mean ...?" for ids and names that do not exist.
//
// A suggestion is a courtesy, so its cost is bounded whatever people write: a value longer than
// any id or name (a pasted paragraph) gets none, a candidate whose length alone rules it out is
// skipped, the distance is computed only inside the band that could still beat the best so far,
// and one question examines a bounded number of cells, so that thousands of unknown references
// against thousands of candidates stay linear.

/** Longer values are not typos of an id or a name: no suggestion, and no quadratic work. */
const MAX_LENGTH = 64;
/** Edit-distance cells one suggestion may compute, across all its candidates. */
const BUDGET = 200_000;

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length)) ?? Math.max(a.length, b.length);
}

/**
 * The edit distance of `a` and `b` when it is at most `limit`, else `undefined`. Only the cells
 * within `limit` of the diagonal are computed, and the rows stop as soon as none can stay within it.
 */
export function boundedDistance(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const outside = limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : outside;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = i <= limit ? i : outside;
    if (from > 1) current[from - 1] = outside;
    let best = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, outside);
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = outside;
    if (best > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}

/** The known value closest to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  if (value.length === 0 || value.length > MAX_LENGTH) return undefined;
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(value.length / 3));
  let budget = BUDGET;
  for (const candidate of known) {
    if (candidate.length > MAX_LENGTH || Math.abs(candidate.length - value.length) > bestDistance) continue;
    const cells = value.length * (2 * bestDistance + 1);
    if (budget < cells) break;
    budget -= cells;
    // Strictly closer than the best so far: of equals, the first met wins, as before.
    const limit = best === undefined ? bestDistance : bestDistance - 1;
    if (limit < 0) break;
    const distance = boundedDistance(lower, candidate.toLowerCase(), limit);
    if (distance !== undefined) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The one known value that holds what was written (`Paul` for `Paul Andersen`, `jane` for
 * `jane-doe`), when exactly one does: a name cut short is no typo by spelling. Bounded as
 * `closest` is.
 */
export function theOneHolding(value: string, known: Iterable<string>): string | undefined {
  const typed = value.trim().toLowerCase();
  if (typed.length < 2 || typed.length > MAX_LENGTH) return undefined;
  let found: string | undefined;
  let budget = BUDGET;
  for (const candidate of known) {
    budget -= candidate.length;
    if (budget < 0) return undefined;
    if (!candidate.toLowerCase().includes(typed)) continue;
    if (found !== undefined) return undefined;
    found = candidate;
  }
  return found;
}

/** ` (did you mean ana-ruiz?)`: the closest known value by spelling, else the one that holds what was written; or nothing. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const list = Array.isArray(known) ? (known as readonly string[]) : [...known];
  const suggestion = closest(value, list) ?? theOneHolding(value, list);
  return suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
}
