/** "1 slip", "2 slips": a count with its noun, for messages and pages alike. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
