// Plain text positions and splices: every edit is a few splices into the original text, so that
// every byte outside them stays as it was.

/** Replace `text.slice(start, end)` with `insert`. Offsets are in the original text. */
export interface Splice {
  start: number;
  end: number;
  insert: string;
}

/** The newline a file uses: `\r\n` when its first line ends so, else `\n`. */
export function newlineOf(text: string): '\n' | '\r\n' {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset just past the line break of the line holding `pos` (or the end of the text). */
export function nextLineStart(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  return newline === -1 ? text.length : newline + 1;
}

/** True when `pos` is at the start of a line. */
export function atLineStart(text: string, pos: number): boolean {
  return pos === 0 || text[pos - 1] === '\n';
}

/** 0-based column of `pos` in its line. */
export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** The splices applied to `text`; they must not overlap. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of sorted) {
    if (splice.start < at || splice.end < splice.start || splice.end > text.length) {
      throw new RangeError(`overlapping or out-of-range splice at ${splice.start}`);
    }
    out += text.slice(at, splice.start) + splice.insert;
    at = splice.end;
  }
  return out + text.slice(at);
}

/** The splices moved by `offset` (from a part of a file to the whole file). */
export function shiftSplices(splices: readonly Splice[], offset: number): Splice[] {
  return splices.map((s) => ({ start: s.start + offset, end: s.end + offset, insert: s.insert }));
}
