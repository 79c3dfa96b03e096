// How many terminal columns a text takes, for the columns of text tables: a CJK character or an
// emoji takes two, a combining accent or a zero-width character none. Counting code points put
// every column after `北海道物流` or `🚚 Fleet` out of line. Node has no built-in for it; this is
// the usual reading of Unicode (UAX #11, East Asian Width, and emoji presentation, as terminals
// apply them), by user-perceived character (grapheme), so that an emoji sequence (👩‍💻, a flag, a
// skin tone) counts once.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Printable ASCII only: one column each, and nearly every cell. */
const ASCII = /^[\x20-\x7e]*$/;
/** Takes no column: combining marks, and format characters (zero-width space and joiners, bidi marks, soft hyphen). */
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
/** Shown as an emoji, two columns: emoji presentation by default, or asked for with VS16 (U+FE0F). */
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;

/**
 * East Asian Wide and Fullwidth (UAX #11), as code point ranges: Hangul Jamo, CJK punctuation,
 * kana, ideographs, Hangul syllables, compatibility and fullwidth forms, and the supplementary
 * ideograph planes. (Wide symbols that are emoji are found by EMOJI.)
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  for (const [from, to] of WIDE) {
    if (codePoint < from) return false;
    if (codePoint <= to) return true;
  }
  return false;
}

/** The columns `text` takes in a terminal (one line: no line breaks or controls, as printableLine leaves it). */
export function displayWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (ZERO.test(segment)) continue;
    width += EMOJI.test(segment) || isWide(segment.codePointAt(0)!) ? 2 : 1;
  }
  return width;
}

/** `text` and spaces to `width` columns, on the left or the right. */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** `text` cut to at most `width` columns, ending with `...` when cut, never inside a character. */
export function clipToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const columns = displayWidth(segment);
    if (used + columns > width - 3) break;
    kept += segment;
    used += columns;
  }
  return `${kept}...`;
}
