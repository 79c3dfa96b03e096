// YAML syntax errors as a person editing the file needs them: where the problem is (the quote that
// opens and never closes, the line that is indented too far), what is wrong and how to fix it,
// in words about fields and values rather than the YAML library's. The `yaml` package finds the
// errors; this file places and words them. It runs only for a file that does not parse.
import { LineCounter, Parser, parseDocument, type YAMLError } from 'yaml';

export interface YamlSyntaxError {
  /** 1-based, inside the YAML text. */
  line: number;
  column: number;
  message: string;
}

const PREFIX = 'the YAML does not parse: ';

/** How many mistakes of line layout one text is searched for, one after the other (see `settle`). */
const MAX_REPAIRS = 8;

/** The errors of a YAML text that does not parse; `fallback` is the other parser's, for what this one accepts. */
export function explainSyntaxErrors(text: string, fallback: { line: number; column: number; reason: string }): YamlSyntaxError[] {
  // An unclosed quote swallows the rest of the text: every later error is its consequence.
  const quote = unclosedQuote(text);
  if (quote) return [quote];
  return settle(text, fallback, MAX_REPAIRS);
}

/**
 * One finding per mistake of layout. A tab or one line indented wrongly makes the library report
 * the lines after it too (each then "indented more than" a line that was right): the first error
 * is explained, the line is put where the lines around it say it belongs, and only what is still
 * wrong in the text so repaired is reported after it. When no such repair makes the text any
 * better, YAML cannot go on from that line: the first error alone is reported.
 */
function settle(text: string, fallback: { line: number; column: number; reason: string }, repairs: number): YamlSyntaxError[] {
  const found = allErrors(text, fallback);
  if (found.length === 0) return found;
  const lines = text.split('\n');
  const first = found[0]!;
  const misplaced = entryAmongItems(lines);
  if (misplaced && misplaced.line <= first.line) {
    const rest = repairs > 0 ? settle(replaceLine(lines, misplaced.line, misplaced.repaired), REPAIRED, repairs - 1) : [];
    return [misplaced.error, ...rest.filter((error) => error.line !== misplaced.line)];
  }
  if (!LAYOUT_ERROR.test(first.code)) return found.map(withoutCode);
  const own = bestRepair(lines, first.line, found.length);
  // The fields of an item all misaligned with its first (`    - id: pilot` over `    title:`): the `- ` line is what moved.
  const item = first.code === 'TAB_AS_INDENT' ? undefined : itemLineAbove(lines, first.line);
  const itemRepair = item === undefined ? undefined : bestRepair(lines, item, found.length);
  const useItem = itemRepair !== undefined && itemRepair.item && !itemRepair.removed && itemRepair.errors < (own?.errors ?? found.length);
  const repair = useItem ? itemRepair : own;
  if (!repair) return [withoutCode(first)];
  const line = useItem ? item! : first.line;
  const explained = useItem ? itemMessage(lines, line, repair) : repairedMessage(first, repair, lines);
  const rest = repairs > 0 ? settle(replaceLine(lines, line, repair.text), REPAIRED, repairs - 1) : [];
  return [explained, ...rest.filter((error) => error.line !== line)];
}

/** The line number of the content line right above `line` when it is an item's first line (`- key: value`). */
function itemLineAbove(lines: readonly string[], line: number): number | undefined {
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const shape = shapeOf(text);
    return shape.dash && !/\t/.test(text.slice(0, shape.indent)) ? i + 1 : undefined;
  }
  return undefined;
}

/** An item's `- ` line that is out of line: with the other items' `- `, or, for a list's only item, with the item's own fields. */
function itemMessage(lines: readonly string[], line: number, repair: Repair): YamlSyntaxError {
  const shape = shapeOf(lines[line - 1]!);
  const list = listAbove(lines, line, repair.column - 1);
  const ofList = list ? ` of \`${list}\`` : '';
  const others = lines.some((text, i) => i !== line - 1 && shapeOf(text).dash && shapeOf(text).indent === repair.column - 1 && listAbove(lines, i + 1, repair.column - 1) === list);
  const key = fieldOf(shape.body)?.key ?? 'its first field';
  const message = others
    ? `this item's \`- \` is at column ${shape.indent + 1}, but the other items${ofList} have theirs at column ${repair.column}: write the \`- \` of each item of one list at the same column`
    : `\`${key}:\` after this \`- \` starts at column ${shape.bodyColumn}, but the item's other fields start at column ${repair.column + 2}: write the \`- \` at column ${repair.column}, so that \`${key}:\` stands above them`;
  return { line, column: shape.indent + 1, message: PREFIX + message };
}

/** The fallback of a repaired text: js-yaml never read it, so it has no reason of its own. */
const REPAIRED = { line: 0, column: 0, reason: '' };

/** The library's codes for errors of a line's place (its indentation, its `- `), which a repair of that line may end. */
const LAYOUT_ERROR = /^(TAB_AS_INDENT|BAD_INDENT|MISSING_CHAR|BLOCK_AS_IMPLICIT_KEY|MULTILINE_IMPLICIT_KEY|DUPLICATE_KEY|UNEXPECTED_TOKEN|BAD_SCALAR_START|UNKNOWN)$/;

interface CodedError extends YamlSyntaxError {
  code: string;
}

const withoutCode = ({ line, column, message }: CodedError): YamlSyntaxError => ({ line, column, message });

function replaceLine(lines: readonly string[], line: number, text: string): string {
  return lines.map((original, i) => (i === line - 1 ? text : original)).join('\n');
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

/** How many errors the library finds in a text (a repaired one), without explaining them. */
function errorCount(text: string): number {
  const lineCounter = new LineCounter();
  const places = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }).errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return `${line}:${col}`;
  });
  return new Set(places).size;
}

interface Repair {
  /** The line as it should be written. */
  text: string;
  /** The column its first field (or its `- `) is moved to, 1-based. */
  column: number;
  /** A `- ` was added: the line starts a new item of a list. */
  dash: boolean;
  /** The line was, and stays, an item's first line (`- key: value`). */
  item: boolean;
  /** No place for the line made the text better: it is left out, and its error explained as it was. */
  removed?: boolean;
  errors: number;
}

/** A line as the editor reads it: its indentation (tabs included), its `- ` if any, and the rest. */
function shapeOf(text: string): { indent: number; dash: boolean; body: string; bodyColumn: number } {
  const lead = /^[ \t]*/.exec(text)![0].length;
  const dash = /^-( |$)/.test(text.slice(lead));
  const after = dash ? lead + 1 + /^ */.exec(text.slice(lead + 1))![0].length : lead;
  return { indent: lead, dash, body: text.slice(after), bodyColumn: after + 1 };
}

/**
 * The way to rewrite line `line` that leaves the fewest errors in the text, when it leaves fewer
 * than `now`: at the column of a field or a `- ` written near it, or, when its field is the one
 * each item of the list above starts with, as a new item of that list (its `- ` forgotten).
 */
function bestRepair(lines: readonly string[], line: number, now: number): Repair | undefined {
  const written = lines[line - 1];
  if (written === undefined || written.trim() === '' || written.trim().startsWith('#')) return undefined;
  const shape = shapeOf(written);
  const columns = new Set<number>();
  const dashes = new Set<number>();
  const firstKeys = new Map<number, string>();
  for (let i = Math.max(0, line - 10); i < Math.min(lines.length, line + 4); i++) {
    if (i === line - 1) continue;
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#') || /\t/.test(/^[ \t]*/.exec(text)![0])) continue;
    const near = shapeOf(text);
    columns.add(near.indent);
    if (near.dash) {
      dashes.add(near.indent);
      columns.add(near.bodyColumn - 1);
      const key = fieldOf(near.body)?.key;
      if (key !== undefined && i < line - 1) firstKeys.set(near.indent, key);
    }
  }
  const key = fieldOf(shape.body)?.key;
  const candidates: Omit<Repair, 'errors'>[] = [];
  const body = shape.dash ? `- ${shape.body}` : shape.body;
  // An item's `- ` line may belong where its first field stands above the fields below it.
  if (shape.dash) {
    const below = lines.slice(line).find((text) => text.trim() !== '' && !text.trim().startsWith('#'));
    const fields = below === undefined ? -1 : shapeOf(below).indent - 2;
    if (fields >= 0) columns.add(fields);
  }
  for (const column of columns) candidates.push({ text: ' '.repeat(column) + body, column: column + 1, dash: false, item: shape.dash });
  if (!shape.dash && key !== undefined) {
    for (const column of dashes) {
      if (firstKeys.get(column) === key) candidates.push({ text: `${' '.repeat(column)}- ${shape.body}`, column: column + 1, dash: true, item: true });
    }
  }
  // The line above's field: where a line that was moved most likely belongs.
  let above = -1;
  for (let i = line - 2; i >= 0 && above === -1; i--) {
    const text = lines[i]!;
    if (text.trim() !== '' && !text.trim().startsWith('#')) above = shapeOf(text).bodyColumn;
  }
  // Last, the line left out: a mistake that is not one of layout (a field written twice) ends there.
  candidates.push({ text: '', column: shape.indent + 1, dash: false, item: false, removed: true });
  let best: Repair | undefined;
  for (const candidate of candidates) {
    if (candidate.text === written) continue;
    const errors = errorCount(replaceLine(lines, line, candidate.text));
    const repair = { ...candidate, errors };
    if (errors >= now) continue;
    if (!best || better(repair, best, shape.indent + 1, above)) best = repair;
  }
  return best;
}

/**
 * Fewer errors first; then the smaller change: the same line moved rather than a `- ` added,
 * under the field above it, and moved the least.
 */
function better(a: Repair, b: Repair, writtenColumn: number, above: number): boolean {
  if (a.removed !== b.removed) return !a.removed;
  if (a.errors !== b.errors) return a.errors < b.errors;
  if (a.dash !== b.dash) return !a.dash;
  if ((a.column === above) !== (b.column === above)) return a.column === above;
  return Math.abs(a.column - writtenColumn) < Math.abs(b.column - writtenColumn);
}

/**
 * The first error's message, made to agree with the repair that was found for its line: a field
 * written where a new item was meant lacks its `- `, an item's `- ` out of line with the others is
 * said to be, and a general message gives way to one that names the column the line belongs at.
 */
function repairedMessage(first: CodedError, repair: Repair, lines: readonly string[]): YamlSyntaxError {
  if (repair.removed) return withoutCode(first);
  const written = lines[first.line - 1]!;
  const shape = shapeOf(written);
  const at = (column: number, message: string): YamlSyntaxError => ({ line: first.line, column, message: PREFIX + message });
  const list = listAbove(lines, first.line, repair.column - 1);
  const ofList = list ? ` of \`${list}\`` : '';
  if (repair.dash) {
    return at(shape.bodyColumn, `this line seems to start a new item${ofList} but lacks its \`- \`, so its fields are read as the item above's; write it \`${repair.text.trimStart()}\` (the \`- \` at column ${repair.column}), with the item's other fields under \`${fieldOf(shape.body)?.key ?? 'it'}:\``);
  }
  if (first.code === 'TAB_AS_INDENT') return withoutCode(first);
  if (repair.item) return itemMessage(lines, first.line, repair);
  // A message that says where the line belongs is kept; a general one ("not lined up with the fields around it") is made precise.
  if (/column \d+|after the `- `/.test(first.message)) return withoutCode(first);
  const key = fieldOf(shape.body)?.key;
  return at(shape.indent + 1, `${key === undefined ? 'this line' : `\`${key}:\``} starts at column ${shape.indent + 1}, but the fields around it start at column ${repair.column}: write it at column ${repair.column}`);
}

/**
 * A `key: value` line among the items of a list (`contacts:` then `  - name: Bob Smith` and
 * `  Ana Ruiz:`): an item written as a map's entry, or an item whose `- ` was forgotten when its
 * first field is the one the other items start with. `repaired`: the line as a list item.
 */
function entryAmongItems(lines: readonly string[]): { line: number; error: YamlSyntaxError; repaired: string } | undefined {
  const content = (i: number): boolean => lines[i] !== undefined && lines[i]!.trim() !== '' && !lines[i]!.trim().startsWith('#');
  for (let i = 0; i < lines.length; i++) {
    if (!content(i)) continue;
    const shape = shapeOf(lines[i]!);
    if (shape.dash || /\t/.test(lines[i]!.slice(0, shape.indent))) continue;
    const field = fieldOf(lines[i]!);
    if (!field) continue;
    const d = shape.indent;
    // Its siblings: the lines at its column, up to the field above them (the list's), at a lower one.
    let parent = -1;
    const before: boolean[] = [];
    for (let j = i - 1; j >= 0; j--) {
      if (!content(j)) continue;
      const near = shapeOf(lines[j]!);
      if (near.indent < d) {
        parent = j;
        break;
      }
      if (near.indent === d) before.push(near.dash);
    }
    if (parent === -1 || shapeOf(lines[parent]!).indent >= d) continue;
    const items: string[] = [];
    // The fields the items hold below their first: a line of one of them here is misaligned, not an entry of its own.
    const itemFields = new Set<string>();
    let nextIsDeeper = false;
    let seenNext = false;
    for (let j = i + 1; j < lines.length; j++) {
      if (!content(j)) continue;
      const near = shapeOf(lines[j]!);
      if (!seenNext) {
        seenNext = true;
        nextIsDeeper = near.indent > d;
      }
      if (near.indent < d) break;
      if (near.indent === d && near.dash) items.push(fieldOf(near.body)?.key ?? '');
      else if (near.indent > d) itemFields.add(fieldOf(lines[j]!)?.key ?? '');
    }
    const dashesBefore = before.length > 0 && before.every(Boolean);
    const dashesAfter = items.length > 0 && before.length === 0 && (field.hasValue || nextIsDeeper);
    if (!dashesBefore && !dashesAfter) continue;
    const firstKeys = new Set(items);
    for (let j = i - 1; j > parent; j--) {
      const near = shapeOf(lines[j]!);
      if (content(j) && near.indent === d && near.dash) firstKeys.add(fieldOf(near.body)?.key ?? '');
      else if (content(j) && near.indent > d) itemFields.add(fieldOf(lines[j]!)?.key ?? '');
    }
    if (!firstKeys.has(field.key) && itemFields.has(field.key)) continue;
    const list = fieldOf(lines[parent]!.replace(/^(\s*)- /, '$1  '))?.key ?? 'this list';
    const repaired = `${' '.repeat(d)}- ${shape.body}`;
    const at = (message: string): YamlSyntaxError => ({ line: i + 1, column: d + 1, message: PREFIX + message });
    if (firstKeys.has(field.key)) {
      return { line: i + 1, repaired, error: at(`this line seems to start a new item of \`${list}\` but lacks its \`- \`, so its fields are read as the item above's; write it \`${repaired.trimStart()}\` (the \`- \` at column ${d + 1}), with the item's other fields under \`${field.key}:\``) };
    }
    const value = valueOf(lines[i]!)?.text ?? '';
    // `kind: call` is a field of an item written at the wrong column; an entry is a name (`Ana Ruiz:`) or holds fields.
    if (/^[a-z_]+$/.test(field.key) && !value.startsWith('{') && !nextIsDeeper) continue;
    const first = [...firstKeys].find((key) => key !== '') ?? 'name';
    const example = value.startsWith('{') ? `- ${value}` : `- ${first}: ${field.key}`;
    return {
      line: i + 1,
      repaired,
      error: at(`\`${field.key}:\` is written as a field of \`${list}\`, which is a list: write each of its entries as an item starting with \`- \`, such as \`${example}\`${value.startsWith('{') ? '' : `, with its other fields under \`${first}:\``}`),
    };
  }
  return undefined;
}

/** The field whose value is the list or map a line at `column` stands in (`commitments` for an item's line). */
function listAbove(lines: readonly string[], line: number, column: number): string | undefined {
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const shape = shapeOf(text);
    if (shape.indent < column) return fieldOf(shape.dash ? shape.body : text)?.key;
  }
  return undefined;
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

/** A line `  - key: value` or `  key:` as its key, the key's column and whether a value follows on the line. */
function fieldOf(text: string): { key: string; column: number; hasValue: boolean } | undefined {
  const match = /^(\s*(?:-\s+)?)([^\s#'"{[\]},&*!|>%@`:-][^:#]*?|'[^']*'|"[^"]*")\s*:(?=\s|$)(.*)$/.exec(text);
  if (!match) return undefined;
  const rest = match[3]!.replace(/\s#.*$/, '').trim();
  return { key: match[2]!.trim(), column: match[1]!.length + 1, hasValue: rest !== '' && !/^[|>]/.test(rest) };
}

/** The nearest field line above `line` that starts at another column than `column`, within a few lines. */
function previousField(lines: readonly string[], line: number, column: number): { key: string; column: number } | undefined {
  for (let i = line - 2; i >= Math.max(0, line - 6); i--) {
    const field = fieldOf(lines[i]!);
    if (field) return field.column !== column && field.column > 1 ? field : undefined;
  }
  return undefined;
}

function keyOf(text: string): string | undefined {
  return fieldOf(text)?.key;
}

/** The inline value of a `key: value` line and its column. */
function valueOf(text: string): { text: string; column: number } | undefined {
  const match = /^(\s*(?:-\s+)?[^:#]+?:[ \t]+)(\S.*?)\s*$/.exec(text);
  return match ? { text: match[2]!, column: match[1]!.length + 1 } : undefined;
}

function firstColumn(text: string): number {
  return text.length - text.trimStart().length + 1;
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
