// A reader for the block-style YAML that playbooks are written in, giving exactly what js-yaml
// gives (CORE schema) for the documents it takes, and declining the rest, which js-yaml then
// reads as before (parse-yaml.ts).
//
// Written here because a measurement says so: YAML parsing was the largest part of `check` (at
// 1,000 accounts, js-yaml took ~480 of ~1,700 ms on 4,000 frontmatters), and frontmatter uses a
// small part of YAML: `key: value` lines, `- ` lists, plain scalars (wrapped over lines or not),
// one-line quoted ones, one-line `[a, "b"]` and `{ a: b }`, and `|` or `>` blocks. Reading those
// line by line, with `indexOf` and `slice` instead of js-yaml's character-by-character state
// machine, takes about half the time (docs/benchmarks.md, sixth round).
// tests/core/block-yaml.test.ts compares the two on generated playbooks and mutated documents.
//
// It declines (returns undefined) whenever it is not sure it would read a document as js-yaml
// does, including every document js-yaml refuses: anchors, aliases, tags, directives, several
// documents, tabs, CR line ends, keys in quotes or with odd characters, duplicate keys, quoted
// scalars over several lines, escapes beyond the JSON ones, flow collections over several lines,
// nested or holding a comment, `|+` and indentation indicators. Scalars are resolved by js-yaml's
// own CORE types. Nesting is bounded before it is called (parse-yaml.ts, `tooDeep`).
import jsYaml from 'js-yaml';

/** Thrown (never further than `readBlockYaml`) when the document is one to leave to js-yaml. */
const DECLINE = new Error('declined');

/** One of js-yaml's scalar types (js-yaml exports them as `types`; @types/js-yaml does not say so). */
interface ScalarType {
  resolve(text: string): boolean;
  construct(text: string): unknown;
}
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', ScalarType> };
/** js-yaml's CORE schema resolves plain scalars by these, in this order. */
const IMPLICIT = [types.null, types.bool, types.int, types.float];

/**
 * What js-yaml refuses in scalars (non-printable characters, lone surrogates) or reads otherwise
 * than this reader (tabs, CR, NEL and the Unicode line breaks, byte-order marks).
 */
const UNSURE_CHARACTERS = /[\x00-\x08\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** The plain words that resolve to a null or a boolean, not to their own text. */
const NULL_AND_BOOLEAN_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Keys that resolve to something other than their own text, or that js-yaml sets apart. */
const NOT_TEXT_KEYS = new Set([...NULL_AND_BOOLEAN_WORDS, '__proto__']);

/**
 * The words js-yaml (both schemas) and the `yaml` package read as a null or a boolean: every other
 * plain scalar that starts with a letter is text to all three (render.ts writes such text plain).
 */
export function isNullOrBooleanWord(text: string): boolean {
  return NULL_AND_BOOLEAN_WORDS.has(text);
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** Whether the text has a character this reader leaves to js-yaml (a line break other than `\n` among them). */
export function hasUnsureCharacters(text: string): boolean {
  return UNSURE_CHARACTERS.test(text);
}

/**
 * The document's value as js-yaml (CORE schema) reads it, or `undefined` to leave it to js-yaml.
 * `checked`: the caller has found no unsure character in it already (a regular expression over
 * the whole text, not to be run twice).
 */
export function readBlockYaml(text: string, checked = false): { data: unknown } | undefined {
  if (!checked && UNSURE_CHARACTERS.test(text)) return undefined;
  try {
    return { data: new Reader(text.split('\n')).document() };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  /** The line being read. */
  private at = 0;
  /** The last line `nextContent` stopped at, and its indentation: each line is measured once. */
  private measured = -1;
  private measuredIndent = -1;

  constructor(lines: string[]) {
    this.lines = lines;
  }

  document(): unknown {
    const indent = this.nextContent();
    // No node: js-yaml gives null or undefined, depending on the blank lines and comments.
    if (indent === -1) throw DECLINE;
    const value = this.node(indent);
    if (this.nextContent() !== -1) throw DECLINE;
    return value;
  }

  /** Moves to the next line that is neither blank nor a comment; its indentation, or -1 at the end. */
  private nextContent(): number {
    if (this.at === this.measured) return this.measuredIndent;
    const lines = this.lines;
    while (this.at < lines.length) {
      const line = lines[this.at]!;
      const k = skipSpaces(line, 0);
      if (k < line.length && line.charCodeAt(k) !== HASH) {
        this.measured = this.at;
        this.measuredIndent = k;
        return k;
      }
      this.at++;
    }
    return -1;
  }

  /** The block node (a list or a map) that starts on the current line at column `indent`. */
  private node(indent: number): unknown {
    return isDash(this.lines[this.at]!, indent) ? this.list(indent) : this.map(indent, false);
  }

  /** A block list whose dashes stand at column `indent`, from the current line. */
  private list(indent: number): unknown[] {
    const list: unknown[] = [];
    for (;;) {
      const lineIndent = this.nextContent();
      if (lineIndent < indent) return list;
      if (lineIndent > indent) throw DECLINE;
      const line = this.lines[this.at]!;
      if (!isDash(line, indent)) return list;
      const start = skipSpaces(line, indent + 1);
      if (start === line.length || line.charCodeAt(start) === HASH) {
        // `-` alone: the item is the block below, or null.
        this.at++;
        const below = this.nextContent();
        list.push(below > indent ? this.node(below) : null);
      } else if (isDash(line, start)) {
        throw DECLINE;
      } else if (startsPlain(line.charCodeAt(start)) && keyColon(line, start) !== -1) {
        list.push(this.map(start, true));
      } else {
        list.push(this.scalar(line.slice(start), indent));
      }
    }
  }

  /**
   * A block map whose keys stand at column `indent`. `onThisLine`: its first key is on the
   * current line after a list's dash, at that column.
   */
  private map(indent: number, onThisLine: boolean): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let first = onThisLine;
    for (;;) {
      if (!first) {
        const lineIndent = this.nextContent();
        if (lineIndent < indent) return map;
        if (lineIndent > indent) throw DECLINE;
      }
      first = false;
      const line = this.lines[this.at]!;
      const colon = keyColon(line, indent);
      if (colon === -1) throw DECLINE;
      const key = plainKey(line, indent, colon);
      if (Object.hasOwn(map, key)) throw DECLINE;
      const start = skipSpaces(line, colon + 1);
      if (start === line.length || line.charCodeAt(start) === HASH) {
        // `key:` alone: the block below, a list at this same column, or null.
        this.at++;
        const below = this.nextContent();
        if (below > indent) map[key] = this.node(below);
        else if (below === indent && isDash(this.lines[this.at]!, indent)) map[key] = this.list(indent);
        else map[key] = null;
      } else {
        map[key] = this.scalar(line.slice(start), indent);
      }
    }
  }

  /**
   * The value written from the start of `text` (the rest of the current line, not blank) in a
   * node at column `indent`: a quoted, flow, block or plain scalar. Moves past what it read.
   */
  private scalar(text: string, indent: number): unknown {
    const c = text.charCodeAt(0);
    let value: unknown;
    if (c === 0x22 || c === 0x27) {
      value = quoted(text);
    } else if (c === 0x5b || c === 0x7b) {
      value = flow(text);
    } else if (c === 0x7c || c === 0x3e) {
      return this.blockScalar(text, indent);
    } else if (startsPlain(c) || (c === DASH && startsPlain(text.charCodeAt(1)) && text.charCodeAt(1) !== DASH)) {
      // A dash starts a plain scalar when text follows it (`-2`, `-ish`), not a space.
      return this.plainScalar(text, indent);
    } else {
      throw DECLINE;
    }
    this.at++;
    // A more indented line after it would continue it (or be an error): left to js-yaml.
    if (this.nextContent() > indent) throw DECLINE;
    return value;
  }

  /**
   * A plain scalar starting with `text`, and the more indented lines that continue it (a note
   * wrapped over lines): folded as js-yaml folds them, a space between lines, a line break for
   * each blank line between. A continuation line that could mean something else (a comment, a
   * `key: value`, a YAML indicator at its start) is left to js-yaml.
   */
  private plainScalar(text: string, indent: number): unknown {
    const first = plainText(text);
    this.at++;
    if (first.comment) {
      // A comment ends it; a more indented line after that is an error in js-yaml.
      if (this.nextContent() > indent) throw DECLINE;
      return resolve(first.text);
    }
    const lines = this.lines;
    let value = first.text;
    let blanks = 0;
    while (this.at < lines.length) {
      const line = lines[this.at]!;
      const k = skipSpaces(line, 0);
      if (k === line.length) {
        blanks++;
        this.at++;
        continue;
      }
      if (k <= indent) break;
      const part = trimSpaces(line.slice(k));
      if (!startsPlain(part.charCodeAt(0)) || part.includes(' #') || part.includes(': ') || part.charCodeAt(part.length - 1) === COLON) throw DECLINE;
      value += blanks > 0 ? '\n'.repeat(blanks) + part : ` ${part}`;
      blanks = 0;
      this.at++;
    }
    return resolve(value);
  }

  /** A `|` or `>` block scalar whose header is `header`, its lines below, more indented than `indent`. */
  private blockScalar(header: string, indent: number): string {
    const folded = header.charCodeAt(0) === 0x3e;
    const strip = header.charCodeAt(1) === DASH;
    const rest = header.slice(strip ? 2 : 1);
    if (rest.length > 0 && !/^ +(#.*)?$/.test(rest)) throw DECLINE;
    const lines = this.lines;
    this.at++;
    let contentIndent = -1;
    const kept: string[] = [];
    let leadingBlanks = 0;
    let widestBlank = 0;
    while (this.at < lines.length) {
      const line = lines[this.at]!;
      const k = skipSpaces(line, 0);
      if (k === line.length) {
        // A blank line: part of the block (before its first line, at most as indented as that).
        if (contentIndent === -1) {
          leadingBlanks++;
          widestBlank = Math.max(widestBlank, k);
          kept.push('');
        } else {
          // Spaces beyond the block's indentation on a blank line: content or not depends on
          // what follows, a subtlety left to js-yaml.
          if (k > contentIndent) throw DECLINE;
          kept.push('');
        }
        this.at++;
        continue;
      }
      if (contentIndent === -1) {
        if (k <= indent) break;
        contentIndent = k;
        if (widestBlank > contentIndent) throw DECLINE;
      } else if (k < contentIndent) {
        break;
      }
      if (folded && k > contentIndent) throw DECLINE;
      kept.push(line.slice(contentIndent));
      this.at++;
    }
    // Trailing blank lines are not content: chomping drops them.
    let end = kept.length;
    while (end > 0 && kept[end - 1] === '') end--;
    if (end === 0) return '';
    if (folded && leadingBlanks > 0) throw DECLINE;
    let body: string;
    if (folded) {
      body = kept[0]!;
      let blanks = 0;
      for (let i = 1; i < end; i++) {
        const line = kept[i]!;
        if (line === '') {
          blanks++;
          continue;
        }
        body += blanks > 0 ? '\n'.repeat(blanks) + line : ` ${line}`;
        blanks = 0;
      }
    } else {
      body = kept.slice(0, end).join('\n');
    }
    return strip ? body : `${body}\n`;
  }
}

/**
 * The key written from `start` to `end` of `line`, when it is one this reader takes: plain (see
 * `plainKeyEnd`), and read by js-yaml as this same text.
 */
function plainKey(line: string, start: number, end: number): string {
  if (end === start || plainKeyEnd(line, start) !== end) throw DECLINE;
  const key = line.slice(start, end);
  const first = line.charCodeAt(start);
  if ((first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46 || first === 0x5f) && NOT_TEXT_KEYS.has(key)) throw DECLINE;
  return key;
}

/**
 * Where a key as playbooks write it, starting at `start`, ends: a letter or `_`, then letters,
 * digits and `_./-`. `start` itself when there is none. (A loop rather than a regular
 * expression: keys are a third of all a playbook's scalars. yaml-places.ts reads keys by it too.)
 */
export function plainKeyEnd(text: string, start: number): number {
  let k = start;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    if (!letter && (k === start || !((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e || c === 0x2f))) break;
  }
  return k;
}

/** True when `line` has a list dash at column `col` (`-` then a space or the end of the line). */
function isDash(line: string, col: number): boolean {
  return line.charCodeAt(col) === DASH && (col + 1 === line.length || line.charCodeAt(col + 1) === SPACE);
}

/** The column of the `:` ending a `key:` that starts at `start`, or -1. */
function keyColon(line: string, start: number): number {
  for (let k = line.indexOf(':', start); k !== -1; k = line.indexOf(':', k + 1)) {
    if (k + 1 === line.length || line.charCodeAt(k + 1) === SPACE) return k;
  }
  return -1;
}

/** Whether a plain scalar may start with this character (no YAML indicator: quotes, brackets, `&`, `*`, `!`, `%`, `@`, `` ` ``, `|`, `>`, `#`, `,`, `?`, `:`, `-`). */
function startsPlain(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2e || c === 0x2b || c === 0x7e || c === 0x2f || c === 0x28 || c === 0x24 || c >= 0x80;
}

/** A plain scalar's first line (`text` runs to the end of the line) without its comment, and whether it had one. */
function plainText(text: string): { text: string; comment: boolean } {
  const comment = text.indexOf(' #');
  const value = trimSpaces(comment === -1 ? text : text.slice(0, comment));
  // `: ` inside, or a `:` at the end, would make it a key: an error in js-yaml.
  if (value.includes(': ') || value.charCodeAt(value.length - 1) === COLON) throw DECLINE;
  return { text: value, comment: comment !== -1 };
}

/** `text` without the spaces around it (only spaces: \u00a0 and the like are content to js-yaml). */
function trimSpaces(text: string): string {
  const start = skipSpaces(text, 0);
  const end = trimmedEnd(text, start, text.length);
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** A plain scalar's value, as js-yaml's CORE schema resolves it. */
function resolve(value: string): unknown {
  const c = value.charCodeAt(0);
  // Text that starts with a letter other than n, t and f (null, true, false and their capitals) is text.
  if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) && c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46) return value;
  // A date (YYYY-MM-DD), the commonest value after text, is text too: no number has a dash inside.
  if (value.length === 10 && value.charCodeAt(4) === DASH && value.charCodeAt(7) === DASH && c >= 0x30 && c <= 0x39) return value;
  for (const type of IMPLICIT) {
    if (type.resolve(value)) return type.construct(value);
  }
  return value;
}

/** A one-line quoted scalar at the start of `text`; only spaces and a comment may follow it. */
function quoted(text: string): string {
  const [value, end] = quotedAt(text, 0);
  afterValue(text, end);
  return value;
}

/** The quoted scalar whose opening quote is at `start` on this line, and where it ends (after the closing quote). */
function quotedAt(text: string, start: number): [string, number] {
  const quote = text.charCodeAt(start);
  let value = '';
  let k = start + 1;
  for (;;) {
    const close = text.indexOf(quote === 0x27 ? "'" : '"', k);
    if (close === -1) throw DECLINE;
    if (quote === 0x27) {
      value += text.slice(k, close);
      // '' is a quote inside single quotes.
      if (text.charCodeAt(close + 1) === 0x27) {
        value += "'";
        k = close + 2;
        continue;
      }
    } else {
      const segment = text.slice(k, close);
      const backslashes = trailingBackslashes(segment);
      if (backslashes % 2 === 1) {
        // An escaped quote: keep reading to the next one.
        value += unescape(segment.slice(0, -1)) + '"';
        k = close + 1;
        continue;
      }
      value += unescape(segment);
    }
    return [value, close + 1];
  }
}

function trailingBackslashes(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(text.length - 1 - n) === 0x5c) n++;
  return n;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/** A double-quoted segment's escapes (the JSON ones only: anything else is left to js-yaml). */
function unescape(segment: string): string {
  if (!segment.includes('\\')) return segment;
  return segment.replace(/\\(.?)/g, (_, escaped: string) => {
    const replacement = ESCAPES[escaped];
    if (replacement === undefined) throw DECLINE;
    return replacement;
  });
}

/** After a quoted or flow value: only spaces, then optionally a comment, to the end of the line. */
function afterValue(text: string, from: number): void {
  const k = skipSpaces(text, from);
  if (k === text.length) return;
  if (text.charCodeAt(k) === HASH && k > from) return;
  throw DECLINE;
}

/** A character a plain scalar inside `[...]` or `{...}` is not read with here: brackets, `,` and `:`, quotes, and what YAML gives meaning to at a scalar's start. */
const FLOW_UNSURE = /[[\]{},:"'&*!|>%@`?]/;

/**
 * A one-line `[a, b]` or `{ a: b }` of plain and quoted scalars (`[Bob Smith, "Ana Ruiz"]`). A
 * `#` is text inside a value (`[plan#item]`); after a space it would start a comment, left to js-yaml.
 */
function flow(text: string): unknown[] | Record<string, unknown> {
  const isList = text.charCodeAt(0) === 0x5b;
  const close = isList ? 0x5d : 0x7d;
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let k = skipSpaces(text, 1);
  if (text.charCodeAt(k) === close) {
    afterValue(text, k + 1);
    return isList ? list : map;
  }
  for (;;) {
    let key: string | undefined;
    if (!isList) {
      const colon = text.indexOf(': ', k);
      if (colon === -1) throw DECLINE;
      const end = trimmedEnd(text, k, colon);
      key = plainKey(text, k, end);
      if (Object.hasOwn(map, key)) throw DECLINE;
      k = skipSpaces(text, colon + 2);
    }
    let value: unknown;
    const c = text.charCodeAt(k);
    if (c === 0x22 || c === 0x27) {
      [value, k] = quotedAt(text, k);
      k = skipSpaces(text, k);
    } else {
      if (!startsPlain(c)) throw DECLINE;
      let end = k;
      while (end < text.length && text.charCodeAt(end) !== 0x2c && text.charCodeAt(end) !== close) end++;
      const plain = text.slice(k, trimmedEnd(text, k, end));
      if (FLOW_UNSURE.test(plain) || plain.includes(' #')) throw DECLINE;
      value = resolve(plain);
      k = end;
    }
    if (key === undefined) list.push(value);
    else map[key] = value;
    const next = text.charCodeAt(k);
    if (next === close) {
      afterValue(text, k + 1);
      return isList ? list : map;
    }
    if (next !== 0x2c) throw DECLINE;
    k = skipSpaces(text, k + 1);
  }
}

/** The first column from `from` on that is not a space: a line's indentation, from 0. */
function skipSpaces(text: string, from: number): number {
  let k = from;
  while (text.charCodeAt(k) === SPACE) k++;
  return k;
}

/** Where the text from `start` to `end` ends without its trailing spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && text.charCodeAt(k - 1) === SPACE) k--;
  return k;
}
