/** "1 slip", "2 slips": a count with its noun, for messages and pages alike. */
export function countOf(n: number, noun: string): string {
  return `${n} ${plural(n, noun)}`;
}

/** "slip" for one, "slips" for any other count: the noun alone, where the number stands apart. */
export function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}
