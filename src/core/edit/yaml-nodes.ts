// The node tree the `yaml` package's `parseDocument` gives for the block-style YAML that
// frontmatter is nearly always written in, built line by line without the package's lexer,
// parser and composer: the same node classes, values and ranges (yaml-edit.ts places its splices
// by those ranges).
//
// Written here because a measurement says so: an edit (`playbook log` at 1,000 accounts, ~75 ms
// as a whole process) spent ~5 ms in the package parsing one 1.7 KB frontmatter, on code that runs
// once a process and so never warms up (docs/benchmarks.md, tenth round).
//
// It declines (returns undefined) whatever it is not sure of, and the editor then parses with the
// package as before: comments, tabs, CR line ends and other unusual characters, anchors,
// aliases, tags, block scalars, scalars or flow collections over several lines, keys other than
// plain words, duplicate keys, a `:` inside a flow collection's plain scalar, a document that is
// not a map at column 0. Plain scalars are resolved by the package's own core-schema tags. What
// it does not carry is what the editor does not read: `spaceBefore` (a blank line before a node).
// tests/authoring/yaml-nodes.test.ts holds its trees to the package's on generated and mutated
// frontmatter.
import { isScalar, Pair, Scalar, Schema, YAMLMap, YAMLSeq, type Node, type ScalarTag } from 'yaml';
import { hasUnsureCharacters } from '../load/block-yaml.ts';

/** Thrown (never further than `readYamlNodes`) for a text to leave to the package. */
const DECLINE = new Error('declined');

/**
 * The tags `parseDocument` tries on a plain scalar (YAML 1.2, core schema: null, booleans,
 * numbers), in its order; a scalar none of them matches is a string. Made on first use.
 */
let plainTags: ScalarTag[] | undefined;
/** The options `parseDocument` hands a tag's `resolve` by default. */
const RESOLVE_OPTIONS = { intAsBigInt: false };

/**
 * A key this reader takes: a plain word followed by `:` and a space or the line's end (and shorter
 * than the 1,024 characters the package allows an implicit key).
 */
const KEY = /[A-Za-z_][A-Za-z0-9_-]{0,1000}:(?=[ \n]|$)/y;
/**
 * A plain scalar's first character when it is one of YAML's indicators (`-?:` before a space, a
 * line break or a flow indicator).
 */
const INDICATOR = /[,[\]{}#&*!|>'"%@`]|[-?:](?=[ \n,[\]{}]|$)/y;
const SPACE = 32;

/** The root map of `text` as `parseDocument(text).contents`, or undefined to leave it to the package. */
export function readYamlNodes(text: string): YAMLMap | undefined {
  if (text.includes(' #') || text.includes('\n#') || text.startsWith('#') || hasUnsureCharacters(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    // A RangeError: the stack ran out on a document nested thousands deep.
    if (error === DECLINE || error instanceof RangeError) return undefined;
    throw error;
  }
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its `\n`, or the text's length on a last line without one. */
  end: number;
  indent: number;
}

class Reader {
  private readonly text: string;
  private readonly lines: Line[] = [];
  private at = 0;

  constructor(text: string) {
    this.text = text;
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      let indent = 0;
      while (text.charCodeAt(start + indent) === SPACE) indent++;
      // Blank lines separate entries and mean nothing else here.
      if (start + indent < end) this.lines.push({ start, end, indent });
      start = end + 1;
    }
  }

  document(): YAMLMap {
    const first = this.lines[0];
    if (first === undefined || first.indent !== 0) throw DECLINE;
    const map = this.blockMap(0, first.start);
    if (this.at < this.lines.length) throw DECLINE;
    return map;
  }

  /** The map whose keys stand at column `indent`; its first key is at `first`, on the current line. */
  private blockMap(indent: number, first: number): YAMLMap {
    const map = new YAMLMap();
    const keys = new Set<string>();
    let end = first;
    for (let keyAt = first; ; ) {
      const line = this.lines[this.at]!;
      KEY.lastIndex = keyAt;
      if (!KEY.test(this.text)) throw DECLINE;
      const colon = KEY.lastIndex - 1;
      const key = this.plain(keyAt, colon, colon);
      if (typeof key.value !== 'string' || keys.has(key.value)) throw DECLINE;
      keys.add(key.value);
      let valueAt = colon + 1;
      while (valueAt < line.end && this.text.charCodeAt(valueAt) === SPACE) valueAt++;
      let value: Node;
      this.at++;
      if (valueAt < line.end) {
        value = this.inline(valueAt, line);
        this.noContinuation(indent);
      } else {
        const next = this.lines[this.at];
        if (next !== undefined && next.indent > indent) value = this.block(next);
        else if (next !== undefined && next.indent === indent && this.isDash(next)) value = this.blockSeq(indent);
        else value = this.scalar(null, '', 'PLAIN', valueAt, valueAt, valueAt);
      }
      map.items.push(new Pair(key, value));
      end = value.range![2];
      const next = this.lines[this.at];
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent || this.isDash(next)) {
        // A dash at the keys' column ends this map for the list that holds it, if any.
        if (next.indent === indent) break;
        throw DECLINE;
      }
      keyAt = next.start + indent;
    }
    map.range = [first, end, end];
    return map;
  }

  /** The list whose dashes stand at column `indent`, from the current line. */
  private blockSeq(indent: number): YAMLSeq {
    const seq = new YAMLSeq();
    const first = this.lines[this.at]!.start + indent;
    let end = first;
    for (;;) {
      const line = this.lines[this.at]!;
      let itemAt = line.start + indent + 1;
      while (itemAt < line.end && this.text.charCodeAt(itemAt) === SPACE) itemAt++;
      // `-` alone (its entry on the lines below) or `- - a`: left to the package.
      if (itemAt === line.end || this.isDashAt(itemAt, line.end)) throw DECLINE;
      let item: Node;
      KEY.lastIndex = itemAt;
      if (KEY.test(this.text)) {
        item = this.blockMap(itemAt - line.start, itemAt);
      } else {
        this.at++;
        item = this.inline(itemAt, line);
        this.noContinuation(indent);
      }
      seq.items.push(item);
      end = item.range![2];
      const next = this.lines[this.at];
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent) throw DECLINE;
      if (!this.isDash(next)) break;
    }
    seq.range = [first, end, end];
    return seq;
  }

  /** A map or a list on the lines below its key, starting at `line`. */
  private block(line: Line): YAMLMap | YAMLSeq {
    return this.isDash(line) ? this.blockSeq(line.indent) : this.blockMap(line.indent, line.start + line.indent);
  }

  /** After a value on its key's line, a more indented line would continue it: left to the package. */
  private noContinuation(indent: number): void {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) throw DECLINE;
  }

  private isDash(line: Line): boolean {
    return this.isDashAt(line.start + line.indent, line.end);
  }

  private isDashAt(at: number, lineEnd: number): boolean {
    return this.text[at] === '-' && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** A value written on the rest of `line` from `at`; its node ends with the line's break. */
  private inline(at: number, line: Line): Node {
    const nodeEnd = line.end < this.text.length ? line.end + 1 : line.end;
    const ch = this.text[at];
    let node: Node;
    let valueEnd: number;
    if (ch === '[' || ch === '{' || ch === '"' || ch === "'") {
      node = this.flowNode(at, line.end);
      valueEnd = node.range![1];
      if (node.range![2] !== line.end) throw DECLINE;
    } else {
      valueEnd = line.end;
      while (this.text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      const text = this.text.slice(at, valueEnd);
      if (text.includes(': ') || text.endsWith(':')) throw DECLINE;
      node = this.plain(at, valueEnd, valueEnd);
    }
    node.range = [at, valueEnd, nodeEnd];
    return node;
  }

  /**
   * A value inside a flow collection (or a quoted scalar or flow collection on a block line) from
   * `at`, no further than `limit`; its node ends after the spaces that follow it.
   */
  private flowNode(at: number, limit: number): Node {
    const ch = this.text[at];
    let node: Node;
    let valueEnd: number;
    if (ch === '"') {
      let close = at + 1;
      while (close < limit && this.text[close] !== '"') close += this.text[close] === '\\' ? 2 : 1;
      if (close >= limit) throw DECLINE;
      valueEnd = close + 1;
      let value: unknown;
      try {
        // JSON's escapes mean the same in YAML; any other escape is left to the package.
        value = JSON.parse(this.text.slice(at, valueEnd));
      } catch {
        throw DECLINE;
      }
      node = this.scalar(value, value as string, 'QUOTE_DOUBLE', at, valueEnd, valueEnd);
    } else if (ch === "'") {
      let close = at + 1;
      for (; close < limit; close++) {
        if (this.text[close] !== "'") continue;
        if (this.text[close + 1] !== "'") break;
        close++;
      }
      if (close >= limit) throw DECLINE;
      valueEnd = close + 1;
      const value = this.text.slice(at + 1, close).replaceAll("''", "'");
      node = this.scalar(value, value, 'QUOTE_SINGLE', at, valueEnd, valueEnd);
    } else if (ch === '[' || ch === '{') {
      const close = ch === '[' ? ']' : '}';
      const collection = ch === '[' ? new YAMLSeq() : new YAMLMap();
      collection.flow = true;
      let p = this.skipSpaces(at + 1, limit);
      if (this.text[p] !== close) {
        for (;;) {
          if (collection instanceof YAMLMap) {
            KEY.lastIndex = p;
            if (!KEY.test(this.text) || KEY.lastIndex > limit) throw DECLINE;
            const colon = KEY.lastIndex - 1;
            const key = this.plain(p, colon, colon);
            if (typeof key.value !== 'string' || collection.has(key.value)) throw DECLINE;
            const value = this.flowNode(this.skipSpaces(colon + 1, limit), limit);
            collection.items.push(new Pair(key, value));
            p = value.range![2];
          } else {
            const item = this.flowNode(p, limit);
            collection.items.push(item);
            p = item.range![2];
          }
          if (this.text[p] === close) break;
          if (this.text[p] !== ',') throw DECLINE;
          p = this.skipSpaces(p + 1, limit);
          // `[a, ]`, `[a,, b]`: left to the package.
          if (this.text[p] === close || this.text[p] === ',') throw DECLINE;
        }
      }
      valueEnd = p + 1;
      node = collection;
    } else {
      let end = at;
      while (end < limit && !',[]{}'.includes(this.text[end]!)) end++;
      valueEnd = end;
      while (valueEnd > at && this.text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      if (valueEnd === at || this.text.slice(at, valueEnd).includes(':')) throw DECLINE;
      node = this.plain(at, valueEnd, valueEnd);
    }
    const nodeEnd = this.skipSpaces(valueEnd, limit);
    node.range = [at, valueEnd, nodeEnd];
    return node;
  }

  private skipSpaces(at: number, limit: number): number {
    while (at < limit && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** A plain scalar from `at` to `end`, resolved as the package does (`composeScalar`). */
  private plain(at: number, end: number, nodeEnd: number): Scalar {
    INDICATOR.lastIndex = at;
    if (INDICATOR.test(this.text)) throw DECLINE;
    const source = this.text.slice(at, end);
    plainTags ??= new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag => tag.default === true && !tag.collection && 'test' in tag && tag.test !== undefined);
    const tag = plainTags.find((candidate) => candidate.test!.test(source));
    if (tag === undefined) return this.scalar(source, source, 'PLAIN', at, end, nodeEnd);
    const resolved: unknown = tag.resolve(source, () => {
      throw DECLINE;
    }, RESOLVE_OPTIONS);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [at, end, nodeEnd];
    scalar.source = source;
    scalar.type = 'PLAIN';
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  private scalar(value: unknown, source: string, type: Scalar.Type, at: number, end: number, nodeEnd: number): Scalar {
    const scalar = new Scalar(value);
    scalar.range = [at, end, nodeEnd];
    scalar.source = source;
    scalar.type = type;
    return scalar;
  }
}
