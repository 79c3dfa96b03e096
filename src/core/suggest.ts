// "Did you mean ...?" for ids and names that do not exist.

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known value closest to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

/** ` (did you mean ana-ruiz?)`, or nothing. */
export function didYouMean(value: string, known: Iterable<string>): string {
  const suggestion = closest(value, known);
  return suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
}
