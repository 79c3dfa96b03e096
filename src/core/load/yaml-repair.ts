// One mistake of layout, one finding: a tab or one line indented wrongly makes the YAML library
// report the lines after it too. The first error is explained, the line is put where the lines
// around it say it belongs, and only what is still wrong in the text so repaired is reported. Runs
// only for a file that does not parse (yaml-errors.ts).
import { LineCounter, parseDocument } from 'yaml';
import { fieldOf, listAbove, PREFIX, replaceLine, shapeOf, valueOf, type CodedError, type YamlSyntaxError } from './yaml-lines.ts';

/** Every error a text has, explained, in the order of the text: yaml-errors.ts `allErrors`, handed in so that the two files do not import each other. */
export type ErrorsOf = (text: string, fallback: { line: number; column: number; reason: string }) => CodedError[];

/** How many mistakes of line layout one text is searched for, one after the other (see `settle`). */
export const MAX_REPAIRS = 8;

/**
 * One finding per mistake of layout. A tab or one line indented wrongly makes the library report
 * the lines after it too (each then "indented more than" a line that was right): the first error
 * is explained, the line is put where the lines around it say it belongs, and only what is still
 * wrong in the text so repaired is reported after it. When no such repair makes the text any
 * better, YAML cannot go on from that line: the first error alone is reported.
 */
export function settle(text: string, fallback: { line: number; column: number; reason: string }, repairs: number, allErrors: ErrorsOf): YamlSyntaxError[] {
  const found = allErrors(text, fallback);
  if (found.length === 0) return found;
  const lines = text.split('\n');
  const first = found[0]!;
  const emptied = emptyAboveEntries(lines, first.line, found.length);
  if (emptied) {
    const rest = repairs > 0 ? settle(replaceLine(lines, emptied.line, emptied.repaired), REPAIRED, repairs - 1, allErrors) : [];
    return [emptied.error, ...rest.filter((error) => error.line !== emptied.line)];
  }
  const unspaced = dashWithoutSpace(lines, first.line, found.length);
  if (unspaced) {
    const rest = repairs > 0 ? settle(replaceLine(lines, unspaced.line, unspaced.repaired), REPAIRED, repairs - 1, allErrors) : [];
    return [unspaced.error, ...rest.filter((error) => error.line !== unspaced.line)];
  }
  const misplaced = entryAmongItems(lines);
  if (misplaced && misplaced.line <= first.line) {
    const rest = repairs > 0 ? settle(replaceLine(lines, misplaced.line, misplaced.repaired), REPAIRED, repairs - 1, allErrors) : [];
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
  const rest = repairs > 0 ? settle(replaceLine(lines, line, repair.text), REPAIRED, repairs - 1, allErrors) : [];
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

const withoutCode = ({ line, column, message }: CodedError): YamlSyntaxError => ({ line, column, message });

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
 * `milestones: []` (or `handoff: {}`) with entries written below it: the templates of `playbook
 * new` write the empty value with the entries as comments under it, and uncommenting them without
 * removing the `[]` leaves a field that has a value on its line and more below. Moving the lines,
 * as the other repairs would, cannot help: removing the `[]` can. Only when that leaves fewer errors.
 */
function emptyAboveEntries(lines: readonly string[], upTo: number, now: number): { line: number; error: YamlSyntaxError; repaired: string } | undefined {
  for (let i = 0; i < upTo && i < lines.length; i++) {
    const match = /^(\s*(?:- +)?[^\s#'"{[\]},&*!|>%@`:-][^:#]*?:)( *)(\[\]|\{\})( *(?:#.*)?)$/.exec(lines[i]!);
    if (!match) continue;
    const field = fieldOf(lines[i]!);
    if (!field) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next]!.trim() === '' || lines[next]!.trim().startsWith('#'))) next++;
    if (next >= lines.length || shapeOf(lines[next]!).indent <= shapeOf(lines[i]!).indent) continue;
    // The comment stays where it was: only the empty value goes.
    const repaired = `${match[1]}${match[2]}${' '.repeat(match[3]!.length)}${match[4]}`.replace(/ +$/, '');
    if (errorCount(replaceLine(lines, i + 1, repaired)) >= now) continue;
    const empty = match[3] === '[]' ? 'an empty list' : 'an empty group of fields';
    const message = `\`${field.key}: ${match[3]}\` says ${field.key} is ${empty}, but entries are written below it: remove the \`${match[3]}\`, so that they are its entries`;
    return { line: i + 1, repaired, error: { line: i + 1, column: match[1]!.length + match[2]!.length + 1, message: PREFIX + message } };
  }
  return undefined;
}

/**
 * `-date: 2026-11-02`: an item whose `- ` lacks its space, which YAML reads as a field named
 * `-date`, so that the item's next line is "indented more" than it. Moving the line, as the other
 * repairs would, cannot help: the space can. Only a line at or above the first error, and only
 * when the space leaves fewer errors.
 */
function dashWithoutSpace(lines: readonly string[], upTo: number, now: number): { line: number; error: YamlSyntaxError; repaired: string } | undefined {
  for (let i = 0; i < upTo && i < lines.length; i++) {
    const match = /^( *)-([^\s-].*)$/.exec(lines[i]!);
    const field = match ? fieldOf(match[2]!) : undefined;
    if (!match || !field) continue;
    const repaired = `${match[1]}- ${match[2]}`;
    if (errorCount(replaceLine(lines, i + 1, repaired)) >= now) continue;
    const message = `this item's \`-\` has no space after it, so YAML reads \`-${field.key}\` as the name of a field: write \`- ${match[2]!.trim()}\``;
    return { line: i + 1, repaired, error: { line: i + 1, column: match[1]!.length + 1, message: PREFIX + message } };
  }
  return undefined;
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
