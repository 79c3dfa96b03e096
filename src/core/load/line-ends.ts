// A carriage return alone (CR, without the LF of a CRLF) ends a line for YAML and for Markdown,
// but for nothing else here: lines and columns are counted by LF, and the editing commands find
// a field's line by its LF. A file with CR-only line ends (old Mac OS) read as it is gave
// "frontmatter never closed" (its whole text is one line), and one stray CR would shift every
// place after it. Reading CR as a line end everywhere (places, the block reader, every edit)
// costs more than the rare file is worth, so such a file is reported, plainly, at its first lone
// CR, and neither judged nor edited, like a file that is not UTF-8. Only the YAML is looked at in
// an MDX file: its Markdown body reads a CR as a line end too, the editing commands never change
// it, and a CR there (shown as <U+000D> wherever it is printed) is no reason to refuse the file.

const LONE_CR = /\r(?!\n)/g;
/** The line that closes an MDX file's frontmatter, counted by LF. */
const CLOSING_FENCE = /\n---[ \t]*\r?(?:\n|$)/g;

/**
 * Where the first CR that is not part of a CRLF is (1-based, lines counted by LF), in a YAML file
 * or an MDX file's frontmatter (its whole text when no closing fence ends a line by LF), if any.
 */
export function loneCarriageReturn(text: string, kind: 'yaml' | 'mdx'): { line: number; column: number; message: string } | undefined {
  // Nearly every file has no CR at all: one search for it (a regular expression over every file
  // cost 1% of a check at 1,000 accounts).
  const firstCr = text.indexOf('\r');
  if (firstCr < 0) return undefined;
  let end = text.length;
  if (kind === 'mdx') {
    CLOSING_FENCE.lastIndex = 1;
    if (CLOSING_FENCE.exec(text)) end = CLOSING_FENCE.lastIndex;
  }
  LONE_CR.lastIndex = firstCr;
  const found = LONE_CR.exec(text);
  const at = found ? found.index : -1;
  if (at < 0 || at >= end) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  const crOnly = !text.includes('\n');
  return {
    line,
    column: at - lineStart + 1,
    message: crOnly
      ? 'the file ends its lines with a carriage return alone (CR, the line ends of old Mac OS), which the playbook does not read as line ends: save it with LF line ends (the line-ending setting of your editor, or `mac2unix`)'
      : 'a carriage return alone here (CR, without the LF of a Windows line end, invisible in most editors) ends a line for YAML, but not for the playbook: remove it, or save the file with LF line ends in your editor',
  };
}
