// Reports that must fit a size GitHub sets (an issue's or a comment's body: 65,536 characters)
// list fewer rows per section rather than being cut mid-table. This finds how many rows per
// section fit; the renderer says how many it left out and where to see them all.

/** GitHub refuses an issue, comment or pull-request body over 65,536 characters; a little is kept for its own line ends. */
export const GITHUB_BODY_LIMIT = 65_000;

/**
 * `render(n)` with the largest `n` in 0..`most` whose text is at most `max` characters (more rows
 * never make the text shorter, so a binary search finds it); `render(0)` if even that is too long,
 * cut at a line with a note, so the result always fits.
 */
export function fitRows(render: (perSection: number) => string, most: number, max: number): string {
  const full = render(Infinity);
  if (full.length <= max) return full;
  let low = 0;
  let high = most;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (render(middle).length <= max) low = middle;
    else high = middle - 1;
  }
  const text = render(low);
  // Still too long with no row at all (a title of thousands of characters): cut at a line.
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf('\n', max - 200))}\n\n_(cut here: the text is longer than GitHub takes)_\n`;
}
