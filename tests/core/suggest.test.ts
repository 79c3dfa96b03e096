// "Did you mean": the closest known value within a typo's distance, at a bounded cost whatever
// people write (a pasted paragraph as a name, thousands of candidates).
import { describe, expect, it } from 'vitest';
import { boundedDistance, closest, didYouMean, editDistance } from '../../src/core/suggest.ts';

/** The textbook distance, to compare with. */
function naive(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

describe('edit distance', () => {
  it('agrees with the textbook distance, within and beyond the band', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: Math.floor(random() * 9) }, () => 'abc-'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      const b = word();
      const exact = naive(a, b);
      expect(editDistance(a, b)).toBe(exact);
      for (let limit = 0; limit <= 4; limit++) expect(boundedDistance(a, b, limit)).toBe(exact <= limit ? exact : undefined);
    }
  });
});

describe('did you mean', () => {
  it('suggests the closest, the first of equals, only within a typo', () => {
    expect(didYouMean('jane-do', ['kim-lee', 'jane-doe'])).toBe(' (did you mean jane-doe?)');
    expect(didYouMean('Jane-Doe', ['jane-doe'])).toBe(' (did you mean jane-doe?)');
    expect(didYouMean('abd', ['abc', 'abe'])).toBe(' (did you mean abc?)');
    expect(didYouMean('zzzzzz', ['jane-doe'])).toBe('');
    expect(closest('', ['a'])).toBeUndefined();
  });

  it('two 30,000-character names take no time and get no suggestion', () => {
    const started = performance.now();
    expect(didYouMean('x'.repeat(30_000), ['y'.repeat(30_000), 'x'.repeat(29_999)])).toBe('');
    // A bound against quadratic work (30,000 x 30,000 would take seconds), wide enough for a busy machine.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('one unknown id among 20,000 ids costs a bounded amount of work', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
    const started = performance.now();
    for (let n = 0; n < 200; n++) didYouMean(`nope${n}`, ids);
    // Likewise a bound against work that grows with the ids times their lengths, not a speed goal.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(didYouMean('c19999x', ids)).toBe(' (did you mean c1999?)');
  });
});
