// A content file as read from disk: its YAML (the whole file, or an MDX file's frontmatter),
// its body, and where each YAML node stands in the file.
import { YamlLocator, type Anchor } from './locate.ts';
import type { YamlPath } from './yaml-places.ts';

export interface FilePlace {
  line: number;
  column: number;
}

export class SourceFile {
  private locator: YamlLocator | undefined;
  private lineStarts: number[] | undefined;

  /** As shown to people: relative to the working directory, forward slashes. */
  readonly path: string;
  /** Relative to the content folder: `accounts/northwind/index.mdx`. */
  readonly contentPath: string;
  readonly text: string;
  /** The YAML text, or `undefined` when an MDX file has no frontmatter. */
  readonly yaml: string | undefined;
  /** The file line on which the YAML's first line stands. */
  readonly yamlLine: number;
  /** An MDX file's body after the frontmatter; empty for YAML files. */
  readonly body: string;
  /** The file line on which the body starts. */
  readonly bodyLine: number;
  /** A closing line the site's MDX reader would read differently (see `mdxFile`): where, and what to do. */
  readonly fenceProblem: { line: number; message: string } | undefined;

  constructor(
    path: string,
    contentPath: string,
    text: string,
    yaml: string | undefined,
    yamlLine: number,
    body: string,
    bodyLine: number,
    fenceProblem?: { line: number; message: string },
  ) {
    this.path = path;
    this.contentPath = contentPath;
    this.text = text;
    this.yaml = yaml;
    this.yamlLine = yamlLine;
    this.body = body;
    this.bodyLine = bodyLine;
    this.fenceProblem = fenceProblem;
  }

  /** The file line and column of a YAML node. */
  place(path: YamlPath, anchor: Anchor = 'value'): FilePlace {
    if (this.yaml === undefined) return { line: 1, column: 1 };
    this.locator ??= new YamlLocator(this.yaml);
    const pos = this.locator.locate(path, anchor);
    return { line: pos.line + this.yamlLine - 1, column: pos.column };
  }

  /** Says which paths `place` will be asked for (see YamlLocator.expect): then only they are scanned for. */
  expectPlaces(paths: readonly YamlPath[]): void {
    if (this.yaml === undefined) return;
    this.locator ??= new YamlLocator(this.yaml);
    this.locator.expect(paths);
  }

  /** The text of a file line (1-based), without its line break: to quote what was written. */
  lineText(line: number): string {
    this.lineStarts ??= lineStartsOf(this.text);
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, '');
  }

  /** A position inside the YAML text (from a parser's error) as a file position. */
  yamlPosition(line: number, column: number): FilePlace {
    return { line: line + this.yamlLine - 1, column };
  }

  static yamlFile(path: string, contentPath: string, text: string): SourceFile {
    return new SourceFile(path, contentPath, text, stripBom(text), 1, '', 1);
  }

  /**
   * An MDX file: frontmatter between a first line `---` and the next line `---`. A file without
   * one keeps `yaml` undefined so the loader can say how to add it.
   *
   * The site's MDX pipeline (Astro) finds the frontmatter its own way: after an optional
   * byte-order mark, a first line `---`, up to the first line that *begins* with `---` or `+++`.
   * CRLF line ends and a byte-order mark read the same in both. Where the two would differ, the
   * frontmatter ends where Astro ends it and `fenceProblem` says what to change, so that `check`
   * fails on the file before the build does: a closing `...` (YAML's end of document, which
   * Astro does not know: it would read on into the body), or a line that begins with `---` or
   * `+++` but is not exactly `---`.
   */
  static mdxFile(path: string, contentPath: string, text: string): SourceFile {
    const source = stripBom(text);
    const firstEnd = lineEnd(source, 0);
    if (source.slice(0, firstEnd).trimEnd() !== '---') return new SourceFile(path, contentPath, text, undefined, 1, source, 1);
    const fence = closingFence(source, firstEnd);
    if (fence === undefined) return new SourceFile(path, contentPath, text, undefined, 1, source, 1);
    const { start, lineNumber } = fence;
    const end = lineEnd(source, start);
    const line = source.slice(start, end).trimEnd();
    const problem = line === '---' ? undefined : { line: lineNumber, message: fenceMessage(line) };
    const yamlStart = nextLine(source, firstEnd);
    const resumed = line === '...' ? fieldsAfterDots(source, end, lineNumber) : undefined;
    if (resumed !== undefined) {
      // A stray `...` amid the fields: the fields go on to the `---` below, and are read as
      // written (the `...` blanked, so every place keeps its line and column). Only the `...` is
      // a finding, not each name the plans take from the fields after it.
      const yaml = `${source.slice(yamlStart, start)}${' '.repeat(end - start)}${source.slice(end, resumed.start - 1)}`;
      const closing = lineEnd(source, resumed.start);
      return new SourceFile(path, contentPath, text, yaml, 2, source.slice(nextLine(source, closing)), resumed.lineNumber + 1, problem);
    }
    const yaml = source.slice(yamlStart, Math.max(yamlStart, start - 1));
    return new SourceFile(path, contentPath, text, yaml, 2, source.slice(nextLine(source, end)), lineNumber + 1, problem);
  }
}

const DASH = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;

/**
 * The line that ends the frontmatter, looking from the `\n` at `from` (the end of line 1): the
 * first that begins with `---` or `+++` (where Astro ends it) or is `...`, with where it starts and
 * its number. Only a line starting with one of those characters is looked at more closely: slicing
 * every line (a plan's frontmatter has some eighty) made 11 MB of garbage at 1,000 accounts.
 */
function closingFence(source: string, from: number): { start: number; lineNumber: number } | undefined {
  let lineNumber = 2;
  for (let newline = from; newline !== -1 && newline < source.length; newline = source.indexOf('\n', newline + 1), lineNumber++) {
    const start = newline + 1;
    const c = source.charCodeAt(start);
    if (c !== DASH && c !== PLUS && c !== DOT) continue;
    if (source.startsWith('---', start) || source.startsWith('+++', start)) return { start, lineNumber };
    // `...` only as the whole line (spaces or a CR after it aside): `....` or `... x` is YAML.
    if (source.startsWith('...', start) && source.slice(start, lineEnd(source, start)).trimEnd() === '...') return { start, lineNumber };
  }
  return undefined;
}

/**
 * After the line `...` numbered `dotsLine`, ending at `end`: the line `---` that closes the
 * frontmatter, when what comes between is more fields (its first line that is not blank is a
 * `key:` or a `- ` entry) and nothing else ends it first. A `...` that really closes the
 * frontmatter has the body after it, not fields.
 */
function fieldsAfterDots(source: string, end: number, dotsLine: number): { start: number; lineNumber: number } | undefined {
  // closingFence numbers the line after `end` 2: that is dotsLine + 1.
  const next = closingFence(source, end);
  if (next === undefined || source.slice(next.start, lineEnd(source, next.start)).trimEnd() !== '---') return undefined;
  const first = source.slice(end + 1, next.start).split('\n').find((l) => l.trim() !== '');
  if (first === undefined || !/^\s*(?:- |[A-Za-z_][A-Za-z0-9_-]*:(?:\s|$))/.test(first)) return undefined;
  return { start: next.start, lineNumber: dotsLine + next.lineNumber - 1 };
}

function fenceMessage(line: string): string {
  if (line === '...') {
    return 'the frontmatter ends with `...`, which the site does not take as its end (it would read the body as YAML and fail to build): close the frontmatter with a line `---` instead';
  }
  return `this line begins with \`${line.slice(0, 3)}\`, so the site ends the frontmatter here: the line that closes the frontmatter must be exactly \`---\`; if this line belongs to the YAML, indent it or write it another way`;
}

/** Index of the `\n` ending the line that starts at `start`, or the text's length. */
function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

function nextLine(text: string, end: number): number {
  return Math.min(end + 1, text.length + 1);
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
