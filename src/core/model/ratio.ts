// Rates and shares as the reports print them: three decimals (0.769, the contract's example),
// rounded once from the counts. A rate is never rounded twice, and a change is computed from the
// counts of both windows rather than from two rates already rounded, so every reader (the JSON,
// the text table, the site) shows the same number and a reader can recompute it from the counts.

/** Decimals kept in a rate, a share or a change: tenths of a percentage point. */
export const RATE_DECIMALS = 3;
const SCALE = 10 ** RATE_DECIMALS;

/** `part ÷ whole` to three decimals, or null when `whole` is 0 (nothing to divide). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : rounded((part * SCALE) / whole);
}

/**
 * `a ÷ b − c ÷ d` to three decimals, or null when either rate is undefined. Computed as one
 * fraction, `(a·d − c·b) ÷ (b·d)`, so that the only rounding is the last one.
 */
export function ratioChange(a: number, b: number, c: number, d: number): number | null {
  return b === 0 || d === 0 ? null : rounded(((a * d - c * b) * SCALE) / (b * d));
}

/** A scaled value rounded half away from zero, back to its scale; never -0. */
function rounded(scaled: number): number {
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / SCALE + 0;
}
