// Edits to a YAML text as splices, placed with the `yaml` package's node ranges: append an entry
// to a list, add a field to a map, replace a scalar. Nothing else in the text moves, so comments,
// key order, quoting and spacing stay byte for byte; new text follows the surrounding style
// (indentation, the list's dash and spacing, the file's line breaks).
import { isAlias, isCollection, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { EditError } from './errors.ts';
import { blockFields, blockListEntry, doubleQuoted, flowMap as renderFlowMap, flowValue as renderFlowValue, scalar, type YamlFields, type YamlValue } from './render.ts';
import { atLineStart, columnOf, lineStart, newlineOf, nextLineStart, type Splice } from './text.ts';
import { readYamlNodes } from './yaml-nodes.ts';

type Range = [number, number, number];

export class YamlEditor {
  /** The document's top node (`parseDocument(text).contents`). */
  private readonly contents: unknown;
  readonly nl: string;
  readonly splices: Splice[] = [];
  private seqOffsetCache: number | undefined;
  private indentStepCache: number | undefined;
  private flowPadCache: boolean | undefined;

  readonly text: string;
  /** Where the text comes from, for messages: `content/accounts/northwind/index.mdx`. */
  readonly where: string;

  constructor(text: string, where: string) {
    this.text = text;
    this.where = where;
    this.nl = newlineOf(text);
    // The package's own parser for whatever yaml-nodes.ts leaves to it (it says why it exists).
    this.contents = readYamlNodes(text) ?? parsedContents(text, where);
  }

  /**
   * Refuses splices that would change text an alias repeats: a value anchored `&d` and repeated
   * as `*d` elsewhere would change in both places (a slip of one item moving another's date), and
   * text written at an alias would replace the alias. Called once the edit is built.
   */
  assertNothingShared(): void {
    if (!this.text.includes('*') || !this.text.includes('&') || !isCollection(this.contents)) return;
    // The names some alias repeats, and the text of every anchored node and every alias, by name.
    const repeated = new Set<string>();
    const places: { name: string; start: number; end: number }[] = [];
    visit(this.contents, {
      Alias: (_, node) => {
        repeated.add(node.source);
        const [start, end] = node.range ?? [0, 0];
        places.push({ name: node.source, start, end });
      },
      Node: (_, node) => {
        if (!isAlias(node) && node.anchor !== undefined && node.range) places.push({ name: node.anchor, start: node.range[0], end: node.range[1] });
      },
    });
    for (const splice of this.splices) {
      // An insertion touches a place it lands in or at the end of (an entry appended to an anchored list).
      const shared = places.find((p) => repeated.has(p.name) && (splice.start === splice.end ? p.start <= splice.start && splice.start <= p.end : splice.start < p.end && splice.end > p.start));
      if (shared) {
        throw new EditError(
          `${this.where}: the value this edit changes is shared through the YAML anchor \`&${shared.name}\` (repeated as \`*${shared.name}\`), so the change would reach every place that repeats it; write the value out in full at each place, then run this again. Nothing was written.`,
        );
      }
    }
  }

  /** The document's top-level map. */
  root(): YAMLMap {
    const contents = this.contents;
    if (!isMap(contents)) throw new EditError(`${this.where}: the frontmatter is not a set of \`field: value\` lines; fix it first.`);
    return contents;
  }

  /** The node at `path` (keys and list indexes), as `Document#getIn(path, true)` gives it. */
  getIn(path: readonly unknown[]): unknown {
    if (path.length === 0) return this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, true) : undefined;
  }

  pair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
    return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String((p.key as Scalar).value) === key);
  }

  get(map: YAMLMap, key: string): Node | null | undefined {
    return this.pair(map, key)?.value;
  }

  /** The entries of the list under `key` that are maps, by their `id`. */
  findById(map: YAMLMap, listKey: string, id: string): YAMLMap[] {
    const list = this.get(map, listKey);
    if (!isSeq(list)) return [];
    return list.items.filter((item): item is YAMLMap => isMap(item) && String((this.get(item, 'id') as Scalar | undefined)?.value) === id);
  }

  private notAScalar(node: Node): EditError {
    if (isAlias(node)) {
      return new EditError(`${this.where}: the value to change is \`*${node.source}\`, a repeat of the value anchored \`&${node.source}\`; write the value out in full there, then run this again. Nothing was written.`);
    }
    return new EditError(`${this.where}: expected a single value to replace.`);
  }

  /** Replace a scalar's text, keeping its quotes (`'2026-11-15'` stays single-quoted). */
  replaceScalar(node: Node, text: string): void {
    if (!isScalar(node)) throw this.notAScalar(node);
    const [start, end] = range(node);
    const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
    this.splices.push({ start, end, insert: `${quote}${text}${quote}` });
  }

  /**
   * Replace a scalar with the text `value`, keeping its quotes where they can hold it: `'Bob Smith'`
   * becomes `'Ana O''Neil'`, a plain one stays plain unless YAML needs quotes. `flow`: it stands
   * inside `{...}` or `[...]`.
   */
  replaceString(node: Node, value: string, flow: boolean): void {
    if (!isScalar(node)) throw this.notAScalar(node);
    const [start, end] = range(node);
    const insert =
      node.type === 'QUOTE_SINGLE' && !/[\n\r]/.test(value) ? `'${value.replace(/'/g, "''")}'` : node.type === 'QUOTE_DOUBLE' ? doubleQuoted(value) : scalar(value, flow);
    this.splices.push({ start, end, insert });
  }

  /**
   * Add `fields` to the map under `key` of `map`, where `order` places `key` and `innerOrder` the
   * fields. When there is no such map, or it is empty (`key: {}`, `key:`), it is created: in a block
   * map, `key:` with the fields as block lines under it (a comment after `{}` keeps its place, and
   * comment lines after it stay after the new lines); in a flow map, `key: { ... }`.
   */
  addFieldsUnder(map: YAMLMap, key: string, fields: YamlFields, order: readonly string[], innerOrder: readonly string[]): void {
    const pair = this.pair(map, key);
    if (!pair) {
      this.addField(map, key, fields, order);
      return;
    }
    const value = pair.value;
    const keyNode = pair.key as Node;
    const written = value !== null && range(value)[1] > range(value)[0];
    if (value === null || (isScalar(value) && value.value === null) || (isMap(value) && value.items.length === 0)) {
      if (map.flow) {
        const colon = this.text.indexOf(':', range(keyNode)[1]) + 1;
        const [start, end] = written ? range(value!) : [colon, colon];
        this.splices.push({ start, end, insert: `${written ? '' : ' '}${this.flowMap(fields)}` });
        return;
      }
      if (written) this.removeInlineValue(keyNode, value!);
      const keyColumn = columnOf(this.text, range(keyNode)[0]);
      this.insertLines(nextLineStart(this.text, written ? range(value!)[1] : range(keyNode)[1]), blockFields(fields, keyColumn + this.indentStep(), this.nl, this.indentStep()));
      return;
    }
    if (!isMap(value)) throw new EditError(`${this.where}: \`${key}\` is not a set of \`field: value\` lines; fix it first (\`playbook check\` shows where).`);
    for (const [field, fieldValue] of fields) this.addField(value, field, fieldValue, innerOrder);
  }

  /**
   * Add `key: value` to `map`, where `order` (the schema's field order) places it: after the
   * last field that comes before it, or at the end.
   */
  addField(map: YAMLMap, key: string, value: YamlValue, order: readonly string[]): void {
    if (this.pair(map, key)) throw new Error(`field ${key} already present`);
    if (map.flow) {
      this.addFlowField(map, `${key}: ${this.flowValue(value)}`);
      return;
    }
    const keyColumn = this.keyColumn(map);
    const at = this.insertionPoint(map, key, order);
    this.insertLines(at, blockFields([[key, value]], keyColumn, this.nl, this.indentStep()));
  }

  /** Append `entry` to the list under `key`, creating the list when there is none. */
  appendToList(map: YAMLMap, key: string, entry: YamlFields, order: readonly string[]): void {
    const pair = this.pair(map, key);
    if (!pair) {
      if (map.flow) {
        this.addFlowField(map, `${key}: [${this.flowMap(entry)}]`);
        return;
      }
      const keyColumn = this.keyColumn(map);
      const dash = keyColumn + this.seqOffset();
      const at = this.insertionPoint(map, key, order);
      this.insertLines(at, `${' '.repeat(keyColumn)}${key}:${this.nl}${blockListEntry(entry, dash, dash + 2, this.nl, this.indentStep())}`);
      return;
    }
    const list = pair.value;
    const keyNode = pair.key as Node;
    const keyColumn = columnOf(this.text, range(keyNode)[0]);
    if (list === null || (isScalar(list) && list.value === null)) {
      // `touchpoints:` with nothing after it, or `touchpoints: ~`
      if (list && range(list)[1] > range(list)[0]) this.removeInlineValue(keyNode, list);
      const at = nextLineStart(this.text, list ? range(list)[1] : range(keyNode)[1]);
      this.insertLines(at, blockListEntry(entry, keyColumn + this.seqOffset(), keyColumn + this.seqOffset() + 2, this.nl, this.indentStep()));
      return;
    }
    if (!isSeq(list)) throw new EditError(`${this.where}: \`${key}\` is not a list; fix it first (\`playbook check\` shows where).`);
    entry = inOrderOf(entry, list.items[list.items.length - 1]);
    if (list.flow) {
      if (list.items.length === 0) {
        if (map.flow) {
          const [start, end] = range(list);
          this.splices.push({ start, end, insert: `[${this.flowMap(entry)}]` });
          return;
        }
        // `touchpoints: []` becomes a block list: one entry per line reads better than a long flow line.
        this.removeInlineValue(keyNode, list);
        const at = nextLineStart(this.text, range(list)[1]);
        this.insertLines(at, blockListEntry(entry, keyColumn + this.seqOffset(), keyColumn + this.seqOffset() + 2, this.nl, this.indentStep()));
        return;
      }
      const last = list.items[list.items.length - 1] as Node;
      const lastEnd = range(last)[1];
      const closing = range(list)[1] - 1;
      const lastLine = lineStart(this.text, lastEnd);
      if (lineStart(this.text, closing) > lastLine && lastLine > lineStart(this.text, range(list)[0])) {
        // `[` and `]` on lines of their own, one entry per line: the new entry gets its own line,
        // indented as the last one's, so that a comment after the last entry stays beside it
        // rather than ending up after the new one, as if it described it.
        const indent = /^[ \t]*/.exec(this.text.slice(lastLine))![0];
        const rest = this.text.slice(lastEnd, nextLineStart(this.text, lastEnd));
        if (!/^[ \t]*,/.test(rest)) this.splices.push({ start: lastEnd, end: lastEnd, insert: ',' });
        this.insertLines(nextLineStart(this.text, lastEnd), `${indent}${this.flowMap(entry, last)}${this.nl}`);
        return;
      }
      this.splices.push({ start: lastEnd, end: lastEnd, insert: `, ${this.flowMap(entry, last)}` });
      return;
    }
    const last = list.items[list.items.length - 1] as Node;
    const [itemStart] = range(last);
    const dashPos = this.text.lastIndexOf('-', itemStart - 1);
    const dashColumn = columnOf(this.text, dashPos);
    const at = this.entryEnd(last, dashColumn);
    // Entries set apart by blank lines: the new one too.
    const previous = list.items[list.items.length - 2] as Node | undefined;
    const apart = previous !== undefined && /(^|\n)[ \t]*\r?\n/.test(this.text.slice(this.entryEnd(previous, dashColumn), lineStart(this.text, dashPos)));
    const blank = apart ? this.nl : '';
    if (isMap(last) && last.flow) {
      // `- { date: ..., kind: call }` entries: one more of the same.
      this.insertLines(at, `${blank}${' '.repeat(dashColumn)}- ${this.flowMap(entry, last)}${this.nl}`);
      return;
    }
    const keyCol = lineStart(this.text, dashPos) === lineStart(this.text, itemStart) ? columnOf(this.text, itemStart) : dashColumn + 2;
    this.insertLines(at, blank + blockListEntry(entry, dashColumn, keyCol, this.nl, this.indentStep()));
  }

  /**
   * Where the lines of `item`, an entry of a block list whose dash is at `dashColumn` (or a map whose
   * fields stand right of it), end: after its value and the comment lines indented past that column
   * (a note on it), but before a blank line or a comment further left. The package's range runs on over those to the next node, so an entry
   * appended there landed after a comment that closes the list (`# end of the touchpoints`).
   */
  private entryEnd(item: Node, dashColumn: number): number {
    const [, valueEnd, nodeEnd] = range(item);
    let at = this.lineBoundary(valueEnd);
    while (at < nodeEnd) {
      const next = nextLineStart(this.text, at);
      const comment = /^([ \t]*)#/.exec(this.text.slice(at, next));
      if (!comment || comment[1]!.length <= dashColumn) break;
      at = next;
    }
    return at;
  }

  /**
   * One more entry under `key`: appended to the list there (see appendToList), or, when `key`
   * holds a single map (a side's one signature), that map becomes the list's first entry, in its
   * own style. `{ ... }` becomes `[{ ... }, { ... }]`, its bytes untouched inside the brackets. A
   * block map gets a dash where the file puts its lists' dashes: in a file of indentless lists
   * only the first line changes (its indentation makes room for `- `); otherwise the map's lines
   * move two columns right, as a list entry's fields must stand right of its dash.
   */
  addListEntry(map: YAMLMap, key: string, entry: YamlFields, order: readonly string[]): void {
    const single = this.get(map, key);
    if (!isMap(single) || single.items.length === 0) {
      this.appendToList(map, key, entry, order);
      return;
    }
    const [start, end] = range(single);
    if (single.flow) {
      this.splices.push({ start, end: start, insert: '[' });
      this.splices.push({ start: end, end, insert: `, ${this.flowMap(entry, single)}]` });
      return;
    }
    const parentColumn = columnOf(this.text, range(this.pair(map, key)!.key as Node)[0]);
    const fieldColumn = columnOf(this.text, start);
    let dash = parentColumn + this.seqOffset();
    let shift = 0;
    if (dash + 2 > fieldColumn) {
      dash = fieldColumn;
      shift = 2;
    }
    const first = lineStart(this.text, start);
    this.splices.push({ start: first, end: start, insert: `${' '.repeat(dash)}-${' '.repeat(fieldColumn + shift - dash - 1)}` });
    // The map's own lines, and the comments indented as its fields: not a blank line and a comment
    // about the next side, which the package's range runs on over (the next side's lines moved).
    const stop = this.entryEnd(single, fieldColumn - 1);
    for (let line = nextLineStart(this.text, start); shift > 0 && line < stop; line = nextLineStart(this.text, line)) {
      // Blank lines stay blank rather than gain trailing spaces.
      if (!/^[ \t]*\r?(\n|$)/.test(this.text.slice(line, nextLineStart(this.text, line)))) this.splices.push({ start: line, end: line, insert: ' '.repeat(shift) });
    }
    this.insertLines(stop, blockListEntry(entry, dash, fieldColumn + shift, this.nl, this.indentStep()));
  }

  /** The column of a block map's keys. */
  private keyColumn(map: YAMLMap): number {
    const first = map.items[0];
    if (!first) throw new EditError(`${this.where}: cannot add to an empty map.`);
    return columnOf(this.text, range(first.key as Node)[0]);
  }

  /** Where a new field of a block map goes: after the last field that precedes it in `order`. */
  private insertionPoint(map: YAMLMap, key: string, order: readonly string[]): number {
    const rank = (name: string) => {
      const i = order.indexOf(name);
      return i === -1 ? -1 : i;
    };
    const mine = rank(key);
    const pairs = map.items as Pair<Node, Node | null>[];
    const firstLater = mine === -1 ? -1 : pairs.findIndex((p) => rank(String((p.key as Scalar).value)) > mine);
    if (firstLater === 0) {
      // Before every field: on the line of the first key, when that key starts its line.
      const keyStart = range(pairs[0]!.key as Node)[0];
      const start = lineStart(this.text, keyStart);
      if (this.text.slice(start, keyStart).trim() === '') return start;
    }
    const after = firstLater > 0 ? pairs[firstLater - 1]! : pairs[pairs.length - 1]!;
    const end = after.value ? range(after.value)[2] : range(after.key as Node)[2];
    return this.lineBoundary(end);
  }

  /** `pos` if it starts a line, else the start of the next line (or the end of the text). */
  private lineBoundary(pos: number): number {
    return atLineStart(this.text, pos) ? pos : nextLineStart(this.text, pos);
  }

  /** Insert whole lines at a line boundary (adding a line break first at an unterminated end). */
  private insertLines(at: number, lines: string): void {
    const needsBreak = at === this.text.length && at > 0 && !this.text.endsWith('\n');
    this.splices.push({ start: at, end: at, insert: (needsBreak ? this.nl : '') + lines });
  }

  /** `key: []` -> `key:` (the space and the value go; a comment after them stays). */
  private removeInlineValue(keyNode: Node, value: Node): void {
    const colon = this.text.indexOf(':', range(keyNode)[1]);
    const end = range(value)[1];
    // A comment after the value keeps its column.
    const rest = this.text.slice(end, nextLineStart(this.text, end));
    const insert = /^[ \t]*#/.test(rest) ? ' '.repeat(end - colon - 1) : '';
    this.splices.push({ start: colon + 1, end, insert });
  }

  private addFlowField(map: YAMLMap, field: string): void {
    const [start, end] = range(map);
    const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
    if (!last) {
      this.splices.push({ start, end, insert: `{ ${field} }` });
      return;
    }
    const lastEnd = last.value ? range(last.value)[1] : range(last.key as Node)[1];
    this.splices.push({ start: lastEnd, end: lastEnd, insert: `, ${field}` });
  }

  /**
   * `{ a: 1 }` as the file writes its flow maps: `{ a: 1 }`, or `{a: 1}` when its first one is so;
   * beside a flow map (`near`, the entry before it in a list), as that one is.
   */
  flowMap(fields: YamlFields, near?: Node): string {
    const pad = isMap(near) && near.flow && near.items.length > 0 && near.range ? this.text[near.range[0] + 1] === ' ' : this.flowPad();
    return renderFlowMap(fields, pad);
  }

  private flowValue(value: YamlValue): string {
    return renderFlowValue(value, this.flowPad());
  }

  /** Whether the file's first flow map with fields has a space inside its braces (`{ by: ... }`). */
  private flowPad(): boolean {
    if (this.flowPadCache !== undefined) return this.flowPadCache;
    let found: boolean | undefined;
    if (isCollection(this.contents)) visit(this.contents, {
      Map: (_, node) => {
        if (!node.flow || node.items.length === 0 || !node.range) return undefined;
        found = this.text[node.range[0] + 1] === ' ';
        return visit.BREAK;
      },
    });
    this.flowPadCache = found ?? true;
    return this.flowPadCache;
  }

  /**
   * How far the file indents a map's fields under its key: 2 (`agreement:\n  us:`) or 4
   * (`agreement:\n    us:`, as many editors write), from its first block map under a key, else from its first
   * block list of maps (`commitments:\n    - id:`, or `-   id:` for an indentless one); 2 when it
   * has neither. A map the command writes (`dropped:`, `added:`, a new `handoff:`) follows it.
   */
  private indentStep(): number {
    if (this.indentStepCache !== undefined) return this.indentStepCache;
    let found: number | undefined;
    let fromList: number | undefined;
    somePair(this.contents, (pair) => {
      const value = pair.value;
      const keyColumn = columnOf(this.text, range(pair.key as Node)[0]);
      if (isMap(value) && !value.flow && value.items.length > 0) {
        found = columnOf(this.text, range(value.items[0]!.key as Node)[0]) - keyColumn;
        return true;
      }
      if (fromList === undefined && isSeq(value) && !value.flow && isMap(value.items[0]) && !value.items[0].flow) {
        const first = value.items[0] as YAMLMap;
        const dash = this.text.lastIndexOf('-', range(first)[0] - 1);
        const offset = columnOf(this.text, dash) - keyColumn;
        fromList = offset > 0 ? offset : columnOf(this.text, range(first)[0]) - columnOf(this.text, dash);
      }
      return false;
    });
    const step = found ?? fromList ?? 2;
    this.indentStepCache = step >= 1 && step <= 8 ? step : 2;
    return this.indentStepCache;
  }

  /** How far a block list's dash stands from its key: 2 (`key:\n  - a`) or 0 (`key:\n- a`), as the file does (else its indentStep). */
  private seqOffset(): number {
    if (this.seqOffsetCache !== undefined) return this.seqOffsetCache;
    let found: number | undefined;
    somePair(this.contents, (pair) => {
      const value = pair.value;
      if (!isSeq(value) || value.flow || value.items.length === 0) return false;
      const dash = this.text.lastIndexOf('-', range(value.items[0] as Node)[0] - 1);
      found = Math.max(0, columnOf(this.text, dash) - columnOf(this.text, range(pair.key as Node)[0]));
      return true;
    });
    // No block list to learn from: as far in as the file indents a map's fields.
    this.seqOffsetCache = found ?? this.indentStep();
    return this.seqOffsetCache;
  }
}

/** Visits the pairs of every map in `node`, depth first in document order, until `visit` returns true. */
function somePair(node: unknown, visit: (pair: Pair<Node, Node | null>) => boolean): boolean {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) if (visit(pair) || somePair(pair.value, visit)) return true;
  } else if (isSeq(node)) {
    for (const item of node.items) if (somePair(item, visit)) return true;
  }
  return false;
}

/**
 * `entry`'s fields in the order the list's last entry writes them (`kind` first, if it puts it
 * first), so that an entry appended to a hand-ordered list reads like its neighbours; a field the
 * last entry lacks stays after the field it follows in `entry`.
 */
function inOrderOf(entry: YamlFields, last: unknown): YamlFields {
  if (!isMap(last)) return entry;
  const keys = (last.items as Pair<Node, Node | null>[]).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const rank = (name: string) => keys.indexOf(name);
  const out = entry.filter(([name]) => rank(name) !== -1).sort((a, b) => rank(a[0]) - rank(b[0]));
  entry.forEach((field, i) => {
    if (rank(field[0]) !== -1) return;
    const before = entry.slice(0, i).reverse().find(([name]) => out.some(([placed]) => placed === name));
    out.splice(before ? out.findIndex(([placed]) => placed === before[0]) + 1 : 0, 0, field);
  });
  return out;
}

function parsedContents(text: string, where: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new EditError(`${where}: the YAML does not parse (${doc.errors[0]!.message.split('\n')[0]}); fix it first (\`playbook check\` shows where), then run this command again.`);
  }
  return doc.contents;
}

function range(node: Node | YAMLSeq | YAMLMap): Range {
  const r = node.range;
  if (!r) throw new Error('a YAML node without a range');
  return r as Range;
}
