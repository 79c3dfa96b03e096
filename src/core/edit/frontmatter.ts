// Where an MDX file's frontmatter stands, as offsets into the file's text, so that an edit to
// the YAML can be spliced back without touching the `---` lines or the body. Recognises the same
// frontmatter as the loader (src/core/load/source-file.ts): a first line `---` and the next line
// that begins with `---` or `+++`, or is `...`.

export interface FrontmatterPlace {
  /** Offset of the YAML's first character (the line after the opening `---`). */
  start: number;
  /** Offset of the closing `---` line: the YAML is `text.slice(start, end)`, line breaks included. */
  end: number;
  yaml: string;
}

export function locateFrontmatter(text: string): FrontmatterPlace | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = text.indexOf('\n', bom);
  if (firstEnd === -1 || text.slice(bom, firstEnd).trimEnd() !== '---') return undefined;
  const start = firstEnd + 1;
  let at = start;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(at, lineEnd).trimEnd();
    if (line.startsWith('---') || line.startsWith('+++') || line === '...') return { start, end: at, yaml: text.slice(start, at) };
    if (newline === -1) break;
    at = newline + 1;
  }
  return undefined;
}
