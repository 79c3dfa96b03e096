// YAML syntax errors as a person editing the file needs them: where the problem is (the quote that
// opens and never closes, the line that is indented too far), what is wrong and how to fix it,
// in words about fields and values rather than the YAML library's. The `yaml` package finds the
// errors; this file places and words them. It runs only for a file that does not parse.
import { LineCounter, Parser, parseDocument, type YAMLError } from 'yaml';
import { MAX_REPAIRS, settle } from './yaml-repair.ts';
import { fieldOf, firstColumn, keyOf, PREFIX, previousField, valueOf, type CodedError, type YamlSyntaxError } from './yaml-lines.ts';

export type { YamlSyntaxError };

/** The errors of a YAML text that does not parse; `fallback` is the other parser's, for what this one accepts. */
export function explainSyntaxErrors(text: string, fallback: { line: number; column: number; reason: string }): YamlSyntaxError[] {
  // An unclosed quote swallows the rest of the text: every later error is its consequence.
  const quote = unclosedQuote(text);
  if (quote) return [quote];
  return settle(text, fallback, MAX_REPAIRS, allErrors);
}

/** Every error the library finds, explained, one per place, in the order of the text. */
function allErrors(text: string, fallback: { line: number; column: number; reason: string }): CodedError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const found: CodedError[] = [];
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    found.push({ ...explain(error, line, col, lines), code: error.code });
  }
  // The text parses for the `yaml` package: js-yaml's reason, unless this is a repaired text (no fallback then).
  if (found.length === 0) return fallback.reason === '' ? [] : [{ ...explainOther(fallback, lines), code: 'OTHER' }];
  found.sort((a, b) => a.line - b.line || a.column - b.column);
  // One error per place: the library often reports one mistake twice.
  const seen = new Set<string>();
  return found.filter((error) => {
    const key = `${error.line}:${error.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function explain(error: YAMLError, line: number, column: number, lines: readonly string[]): YamlSyntaxError {
  const at = (l: number, c: number, message: string): YamlSyntaxError => ({ line: l, column: c, message: PREFIX + message });
  const text = lines[line - 1] ?? '';
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const deeper = overIndentedAfter(lines, line);
      if (deeper) {
        return at(deeper.line, deeper.column, `\`${deeper.key}:\` is indented more than \`${deeper.above}:\` on the line above it, so it is read as part of that value; write it at the same column as \`${deeper.above}:\` (column ${deeper.aboveColumn})`);
      }
      if (!/:(\s|$)/.test(text.replace(/^\s*-\s+/, '').replace(/#.*$/, ''))) {
        return at(line, firstColumn(text), 'this line is not `field: value`: add the `:` and a space after the field name');
      }
      const value = valueOf(text);
      if (value && /:\s/.test(value.text)) {
        return at(line, value.column, `this value holds \`: \` (a colon and a space), which YAML reads as the start of another field; put the whole value in quotes: \`${text.slice(0, value.column - 1).trimStart()}"${value.text.replace(/"/g, '\\"')}"\``);
      }
      return at(line, column, 'this line is not lined up with the fields around it: each field of one thing starts at the same column, one field per line');
    }
    case 'TAB_AS_INDENT':
      return at(line, column, 'this line is indented with a tab: YAML indentation is spaces only; replace the tab with spaces');
    case 'DUPLICATE_KEY': {
      const key = keyOf(text) ?? 'this field';
      return at(line, column, `\`${key}\` is written twice in the same place; keep one of them (YAML takes one value per field)`);
    }
    case 'MULTIPLE_DOCS':
      return at(line, column, 'a line `---` here starts a second YAML document, and this file holds one; remove the line');
    case 'BAD_SCALAR_START': {
      const start = text[column - 1] ?? '';
      return at(line, column, `a value cannot start with ${start === '`' ? 'a backquote' : `\`${start}\``}; put the value in quotes: \`${text.slice(0, column - 1).trimStart()}"${text.slice(column - 1).trimEnd().replace(/"/g, '\\"')}"\``);
    }
    case 'UNEXPECTED_TOKEN':
      return at(line, column, 'more text follows a value that is complete (a closing quote or bracket, say); put the whole value in quotes, or remove what follows');
    case 'BAD_INDENT': {
      const open = unclosedBracket(lines, line);
      if (open) {
        return at(open.line, open.column, `this \`${open.bracket}\` is never closed; add \`${open.bracket === '[' ? ']' : '}'}\` at the end of the ${open.bracket === '[' ? 'list' : 'group'}, on the same line`);
      }
      const field = fieldOf(text);
      const above = field && previousField(lines, line, field.column);
      if (field && above) {
        return at(line, field.column, `\`${field.key}:\` starts at column ${field.column}, but \`${above.key}:\` above it starts at column ${above.column}: write the fields of one thing at the same column`);
      }
      return at(line, column, 'this line is not indented as the lines around it require; line each field up with the other fields of the same thing');
    }
    case 'MISSING_CHAR':
      if (/without - indicator/.test(error.message)) {
        return at(line, firstColumn(text), "this line is not lined up with the fields of the list item above it: write it at the same column as the item's first field (after the `- `), or start a new item with `- `");
      }
      if (/directives-end|doc-start/.test(error.message)) {
        return at(line, column, 'a line starting with `%` is a YAML directive, not a field; remove it, or put the value in quotes');
      }
      return at(line, column, 'something is missing here: a closing quote or bracket, or a `: ` after a field name');
    case 'BAD_DQ_ESCAPE':
      return at(line, column, 'this `\\` starts an escape that YAML does not know inside "double quotes"; write `\\\\` for a backslash, or use \'single quotes\'');
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
      return at(line, column, 'this `&anchor`, `*alias` or `!tag` is not written as YAML allows; write the value out in full');
    case 'KEY_OVER_1024_CHARS':
      return at(line, column, 'this field name is over 1024 characters long; a field name is one short word, followed by `: ` and the value');
    default:
      return at(line, column, 'this is not valid YAML; check the indentation, the `: ` after each field name, and any quote or bracket that is opened but not closed');
  }
}

/** What js-yaml refused and the `yaml` package accepted. */
function explainOther(fallback: { line: number; column: number; reason: string }, lines: readonly string[]): YamlSyntaxError {
  const alias = /unidentified alias "(.+)"/.exec(fallback.reason);
  if (alias) {
    return { line: fallback.line, column: Math.max(1, (lines[fallback.line - 1] ?? '').indexOf(`*${alias[1]}`) + 1), message: `${PREFIX}\`*${alias[1]}\` refers to an anchor \`&${alias[1]}\` that is not written before it; write the value out in full` };
  }
  // A tag (`!!timestamp`, `!!binary`, `!mine`): valid YAML, but a playbook's values are plain.
  if (/^unknown tag /.test(fallback.reason)) {
    const text = lines[fallback.line - 1] ?? '';
    const tag = /(?:^|[\s:[{,-])(!\S*)/.exec(text);
    const column = tag ? text.indexOf(tag[1]!) + 1 : fallback.column;
    return { line: fallback.line, column, message: `the tag \`${tag?.[1] ?? '!'}\` is not taken in a playbook, whose values are plain; remove it and write the value as it is (a date as YYYY-MM-DD)` };
  }
  return { line: fallback.line, column: fallback.column, message: `${PREFIX}this is not valid YAML; check the indentation, the \`: \` after each field name, and any quote or bracket that is opened but not closed` };
}

/** The first quoted value whose closing quote never comes, from the `yaml` package's own reading of the text. */
function unclosedQuote(text: string): YamlSyntaxError | undefined {
  let first: { offset: number; quote: string } | undefined;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const token = node as { type?: string; offset?: number; source?: string };
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.source === 'string' && typeof token.offset === 'number') {
      const closed = token.type === 'double-quoted-scalar' ? /^"(?:[^"\\]|\\[\s\S])*"$/.test(token.source) : /^'(?:[^']|'')*'$/.test(token.source);
      if (!closed && (first === undefined || token.offset < first.offset)) first = { offset: token.offset, quote: token.source[0]! };
    }
    for (const value of Object.values(token)) if (value !== null && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', first.offset);
  const lineText = text.slice(lineStart, end === -1 ? text.length : end).replace(/\r$/, '').trimEnd();
  // Inside a list or group written on one line, the quote closes before the brackets that end it.
  const [, value, closing] = /^(.*?)(\s*[\]}][\s\]}]*)?$/.exec(lineText)!;
  return {
    line,
    column: first.offset - lineStart + 1,
    message: `${PREFIX}this ${first.quote} is never closed, so everything after it is read as part of this value; close the quote at the end of the value: \`${value}${first.quote}${closing ?? ''}\``,
  };
}

interface OverIndented {
  line: number;
  column: number;
  key: string;
  above: string;
  aboveColumn: number;
}

/** A `field:` line just after `line` indented deeper than the field with a value on the line before it. */
function overIndentedAfter(lines: readonly string[], line: number): OverIndented | undefined {
  let previous: { key: string; column: number; hasValue: boolean } | undefined;
  for (let i = Math.max(0, line - 1); i < Math.min(lines.length, line + 3); i++) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const entry = fieldOf(text);
    if (entry && previous && previous.hasValue && entry.column > previous.column) {
      return { line: i + 1, column: entry.column, key: entry.key, above: previous.key, aboveColumn: previous.column };
    }
    previous = entry ? { key: entry.key, column: entry.column, hasValue: entry.hasValue } : undefined;
  }
  return undefined;
}

/** The last `[` or `{` on or before `line` that its line does not close (quotes aside). */
function unclosedBracket(lines: readonly string[], line: number): { line: number; column: number; bracket: string } | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= Math.max(0, line - 6); i--) {
    const text = lines[i]!;
    const open: number[] = [];
    let quote: string | undefined;
    for (let c = 0; c < text.length; c++) {
      const ch = text[c]!;
      if (quote) {
        if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === '#' && (c === 0 || /\s/.test(text[c - 1]!))) break;
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '[' || ch === '{') open.push(c);
      else if ((ch === ']' || ch === '}') && open.length > 0) open.pop();
    }
    if (open.length > 0) return { line: i + 1, column: open[0]! + 1, bracket: text[open[0]!]! };
  }
  return undefined;
}
