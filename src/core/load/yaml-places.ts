// Where each node of a YAML document stands, by path (`['commitments', 3, 'due']`).
//
// Findings point at the exact line, but the `yaml` package's position-keeping parser is about
// ten times slower than reading the values with js-yaml, and a large playbook has findings in
// most files. So the places of block-style YAML, which is what people write, are read by a
// single pass over the lines here. Anything this scanner is not sure of (anchors, tags, flow
// collections over several lines, tabs) it leaves out, and the caller then asks the `yaml`
// package for that one file (see locate.ts). tests/core/yaml-places.test.ts checks that both
// agree on every node of the example playbook and of generated ones.

import { plainKeyEnd } from './block-yaml.ts';

export type YamlPath = readonly (string | number)[];

/** A 1-based line and column inside the YAML text. */
export interface Pos {
  line: number;
  column: number;
}

/** Where a node stands: its key (or its list dash), and its value. */
export interface Place {
  key?: Pos;
  value?: Pos;
}

export type Places = Map<string, Place>;

export function pathKey(path: YamlPath): string {
  return path.join('\u0000');
}

interface Container {
  kind: 'map' | 'seq';
  /** Column of the container's keys (map) or dashes (seq). */
  col: number;
  node: NodeKey;
  index: number;
}

/**
 * A node's key in `Places` (its path joined by pathKey) and its depth. The scanner builds each
 * child's key from its parent's rather than joining a path array per node: at 1,000 accounts it
 * places some 700,000 nodes, and the arrays and joins were most of its time.
 */
interface NodeKey {
  key: string;
  depth: number;
  /**
   * In a scan for some paths only (see `PathTree`): the node's own branch of the tree, or
   * `null` when no wanted path goes through the node, which is then neither keyed nor placed.
   */
  wanted?: PathTree | null;
}

/**
 * The paths a scan is for, as a tree of their segments. A check at 1,000 accounts places some
 * 2,000 findings in 1,500 files of ~170 nodes each: keying and placing every node was most of the
 * scan's 190 ms, and the files' other nodes are never asked for.
 */
export interface PathTree {
  /** By segment as text, as pathKey joins them: a list index 3 and a key `3` are one node there too. */
  children: Map<string, PathTree>;
}

export function pathTreeOf(paths: Iterable<YamlPath>): PathTree {
  const root: PathTree = { children: new Map() };
  addPaths(root, paths);
  return root;
}

/** Adds `paths` to `tree`. */
export function addPaths(tree: PathTree, paths: Iterable<YamlPath>): void {
  for (const path of paths) {
    let node = tree;
    for (const segment of path) {
      let child = node.children.get(String(segment));
      if (child === undefined) node.children.set(String(segment), (child = { children: new Map() }));
      node = child;
    }
  }
}

/** How many paths in `tree` (the root aside) have nothing below them. */
function leafCount(tree: PathTree): number {
  let count = 0;
  for (const child of tree.children.values()) count += child.children.size === 0 ? 1 : leafCount(child);
  return count;
}

/** Whether every segment of `path` is in `tree`, so a scan for the tree placed it (and its parents). */
export function treeHolds(tree: PathTree, path: YamlPath): boolean {
  let node: PathTree | undefined = tree;
  for (const segment of path) {
    node = node.children.get(String(segment));
    if (node === undefined) return false;
  }
  return true;
}

const SKIPPED: NodeKey = { key: '', depth: -1, wanted: null };

/** The key of `parent`'s child `name`: what pathKey gives for the parent's path plus `name`. */
function childOf(parent: NodeKey, name: string | number): NodeKey {
  const tree = parent.wanted;
  if (tree === undefined) return { key: parent.depth === 0 ? String(name) : `${parent.key}\u0000${name}`, depth: parent.depth + 1 };
  const wanted = tree === null ? undefined : tree.children.get(String(name));
  if (wanted === undefined) return SKIPPED;
  return { key: parent.depth === 0 ? String(name) : `${parent.key}\u0000${name}`, depth: parent.depth + 1, wanted };
}

/** A key or list item whose value starts on a later line. */
interface Pending {
  node: NodeKey;
  col: number;
  /** A key may hold a list whose dashes stand at its own column; a list item may not. */
  isKey: boolean;
}

class Unsure extends Error {}

/** A double-quoted YAML key's text; YAML escapes that JSON lacks (`\x5f`, `\e`) leave the scanner unsure. */
function doubleQuoted(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    throw new Unsure();
  }
}

/**
 * Where a key as nearly every playbook writes it ends (`owner:`, `follow_up_every:`): a plain key
 * (block-yaml.ts's `plainKeyEnd`), then `:` and a space or the end of the line. The index after
 * the `:`, or -1 for any other line, which PLAIN_KEY and QUOTED_KEY then read (they give the
 * same for these). Without a regular expression: it is tried on every line placed.
 */
function simpleKeyEnd(text: string, pos: number): number {
  const k = plainKeyEnd(text, pos);
  if (k === pos || text.charCodeAt(k) !== 0x3a) return -1;
  return k + 1 === text.length || text.charCodeAt(k + 1) === 32 ? k + 1 : -1;
}

/**
 * Whether a `[` or a `{` stands in the line from `from` (in a quoted text too: it only makes the
 * scanner read the line as before). A flow collection is the one thing in an entry's value that
 * could run on below it at no deeper indentation, so it is read even in an entry nobody wants;
 * an anchor, an alias or a tag there cannot move a node elsewhere, and is skipped with the entry.
 */
function opensFlow(text: string, from: number): boolean {
  return text.indexOf('[', from) !== -1 || text.indexOf('{', from) !== -1;
}

/** A space or a tab: either may separate a `:` or a `-` from the value that follows. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

// Sticky (matched at lastIndex), so that no line is copied to be matched.
const PLAIN_KEY = /((?:[^\s#:'"{}[\],&*!|>%@`-]|-(?=\S))(?:[^:\n]|:(?=[^\s]))*?)[ \t]*:(?=\s|$)/y;
const QUOTED_KEY = /("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=\s|$)/y;

/**
 * Reads the places of every node it is sure of, or `undefined` when it is sure of none. With
 * `wanted`, only the places of those paths (and of the nodes on the way to them), and it stops
 * at the line where the last of them has its key and its value placed: a later line cannot move
 * an earlier node, so what a whole scan gives them is what they have then, and what the scanner
 * is not sure of after that line does not matter to them (tests/core/yaml-places.test.ts checks
 * both against the `yaml` package). At 1,000 accounts the findings' last places are half way
 * down their files, on average.
 */
export function scanPlaces(text: string, wanted?: PathTree): Places | undefined {
  try {
    return new Scanner(text, wanted === undefined ? { key: '', depth: 0 } : { key: '', depth: 0, wanted }).run();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

class Scanner {
  private readonly places: Places = new Map();
  private readonly stack: Container[] = [];
  private pending: Pending | undefined;
  private line = 0;
  private text = '';
  /**
   * The column (from 0) of the first entry on the current line that no wanted path goes through,
   * or -1: the lines below it that are indented deeper are its own, and are skipped unread.
   */
  private skippedAt = -1;

  private readonly source: string;
  private readonly root: NodeKey;

  /**
   * In a scan for some paths: how many keys and values of the paths with nothing wanted below
   * them are still to be placed; it stops at 0, or reads every line when there are none.
   * (A count kept as they are placed, not a look at every path after every line: that look was a
   * sixth of placing's time at 1,000 accounts.)
   */
  private unplacedLeafParts: number;
  private readonly stopsEarly: boolean;

  constructor(source: string, root: NodeKey) {
    this.source = source;
    this.root = root;
    this.unplacedLeafParts = root.wanted ? 2 * leafCount(root.wanted) : 0;
    this.stopsEarly = this.unplacedLeafParts > 0;
  }

  run(): Places {
    const source = this.source;
    // Lines deeper than this column continue a scalar (plain, quoted or block) begun above.
    let scalarCol: number | undefined;
    // Line by line with indexOf rather than split: a line is copied out only to be read, and most
    // are skipped by their indentation alone (below an entry nobody wants, or a scalar's).
    for (let start = 0, i = 0; start <= source.length; i++) {
      const newline = source.indexOf('\n', start);
      const next = newline === -1 ? source.length + 1 : newline + 1;
      let end = newline === -1 ? source.length : newline;
      if (end > start && source.charCodeAt(end - 1) === 13) end--;
      let k = start;
      while (k < end && source.charCodeAt(k) === 32) k++;
      const pos = k - start;
      const first = k < end ? source.charCodeAt(k) : -1;
      if (first === 9) throw new Unsure();
      const skip = first === -1 || first === 35 || (scalarCol !== undefined && pos + 1 > scalarCol);
      const lineStart = start;
      start = next;
      if (skip) continue;
      scalarCol = undefined;
      const text = source.slice(lineStart, end);
      if (pos === 0 && (text.startsWith('---') || text.startsWith('...') || text.startsWith('%'))) throw new Unsure();
      this.line = i + 1;
      this.text = text;
      scalarCol = this.node(pos);
      if (this.skippedAt !== -1) {
        // Nothing wanted is inside that entry: its deeper lines are skipped as a scalar's are
        // (in a plan, most lines are inside items no finding is about).
        scalarCol = this.skippedAt + 1;
        this.skippedAt = -1;
      }
      if (this.stopsEarly && this.unplacedLeafParts === 0) break;
    }
    return this.places;
  }

  /** Notes an entry at `pos` that no wanted path goes through, when it is the line's first such. */
  private skipping(node: NodeKey, pos: number): void {
    if (node === SKIPPED && this.skippedAt === -1) this.skippedAt = pos;
  }

  private set(node: NodeKey, part: keyof Place, pos: number): void {
    if (node === SKIPPED) return;
    let place = this.places.get(node.key);
    if (place === undefined) this.places.set(node.key, (place = {}));
    if (place[part] === undefined) {
      place[part] = { line: this.line, column: pos + 1 };
      if (node.wanted?.children.size === 0) this.unplacedLeafParts--;
    }
  }

  /** The container a new block entry at `col` belongs to, opening it if needed. */
  private containerFor(kind: 'map' | 'seq', col: number): Container {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1]!;
      // A list may stand at the same indentation as the key that holds it; the next key ends it.
      if (top.col > col || (top.col === col && top.kind === 'seq' && kind === 'map' && this.pending === undefined)) {
        this.stack.pop();
      } else break;
    }
    const pending = this.pending;
    this.pending = undefined;
    const top = this.stack[this.stack.length - 1];
    if (pending && (col > pending.col || (kind === 'seq' && pending.isKey && col === pending.col))) {
      const container: Container = { kind, col, node: pending.node, index: 0 };
      this.set(pending.node, 'value', col - 1);
      this.stack.push(container);
      return container;
    }
    if (top && top.col === col && top.kind === kind) return top;
    if (!top && !pending) {
      const container: Container = { kind, col, node: this.root, index: 0 };
      this.set(this.root, 'value', col - 1);
      this.stack.push(container);
      return container;
    }
    throw new Unsure();
  }

  /** Reads the block entry (key or dash) at `pos`; returns the column below which a scalar may continue. */
  private node(pos: number): number | undefined {
    const text = this.text;
    if (text[pos] === '-' && (pos + 1 === text.length || text[pos + 1] === ' ')) {
      const seq = this.containerFor('seq', pos + 1);
      const node = childOf(seq.node, seq.index++);
      this.skipping(node, pos);
      this.set(node, 'key', pos);
      let rest = pos + 1;
      while (isBlank(text.charCodeAt(rest))) rest++;
      this.pending = { node, col: pos + 1, isKey: false };
      if (rest === text.length || text[rest] === '#') return undefined;
      // What follows the dash of an item nobody wants is the item's own and places nothing wanted;
      // only a flow collection could run on past this line, and then it is read as before.
      if (node === SKIPPED && !opensFlow(text, rest)) return undefined;
      return this.node(rest);
    }
    let name: string | undefined;
    let keyEnd = simpleKeyEnd(text, pos);
    if (keyEnd !== -1) {
      name = text.slice(pos, keyEnd - 1);
    } else {
      PLAIN_KEY.lastIndex = pos;
      QUOTED_KEY.lastIndex = pos;
      const match = PLAIN_KEY.exec(text) ?? QUOTED_KEY.exec(text);
      if (match) {
        const raw = match[1]!;
        name = raw.startsWith('"') ? doubleQuoted(raw) : raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
        keyEnd = pos + match[0].length;
      }
    }
    if (name !== undefined) {
      const map = this.containerFor('map', pos + 1);
      const node = childOf(map.node, name);
      this.skipping(node, pos);
      this.set(node, 'key', pos);
      let rest = keyEnd;
      while (isBlank(text.charCodeAt(rest))) rest++;
      if (rest === text.length || text[rest] === '#') {
        this.pending = { node, col: pos + 1, isKey: true };
        return undefined;
      }
      if (node !== SKIPPED || opensFlow(text, rest)) this.scalarOrFlow(node, rest);
      return pos + 1;
    }
    // A scalar or flow collection standing alone: only as the value of a list item.
    const pending = this.pending;
    if (!pending) throw new Unsure();
    this.pending = undefined;
    this.scalarOrFlow(pending.node, pos);
    return pending.col;
  }

  private scalarOrFlow(node: NodeKey, pos: number): void {
    const c = this.text[pos];
    if (c === '&' || c === '*' || c === '!' || c === '?') throw new Unsure();
    this.set(node, 'value', pos);
    if (c === '{' || c === '[') new FlowReader(this, this.text).read(node, pos);
  }

  /** Used by FlowReader. */
  mark(node: NodeKey, part: keyof Place, pos: number): void {
    this.set(node, part, pos);
  }
}

/** The places inside a flow collection written on one line: `{ by: Bob, date: 2026-08-20 }`, `[a, b]`. */
class FlowReader {
  private readonly scanner: Scanner;
  private readonly text: string;

  constructor(scanner: Scanner, text: string) {
    this.scanner = scanner;
    this.text = text;
  }

  read(path: NodeKey, pos: number): number {
    const open = this.text[pos];
    const close = open === '{' ? '}' : ']';
    let i = this.skip(pos + 1);
    let index = 0;
    while (i < this.text.length && this.text[i] !== close) {
      if (open === '{') {
        const keyStart = i;
        const keyEnd = this.scalarEnd(i, true);
        const name = this.unquote(this.text.slice(keyStart, keyEnd).trim());
        const itemPath = childOf(path, name);
        this.scanner.mark(itemPath, 'key', keyStart);
        i = this.skip(keyEnd);
        if (this.text[i] !== ':') throw new Unsure();
        i = this.skip(i + 1);
        if (this.text[i] === ',' || this.text[i] === '}') throw new Unsure();
        i = this.value(itemPath, i);
      } else {
        const itemPath = childOf(path, index++);
        this.scanner.mark(itemPath, 'key', i);
        i = this.value(itemPath, i);
      }
      i = this.skip(i);
      if (this.text[i] === ',') i = this.skip(i + 1);
      else if (this.text[i] !== close) throw new Unsure();
    }
    if (i >= this.text.length) throw new Unsure();
    return i + 1;
  }

  private value(path: NodeKey, i: number): number {
    const c = this.text[i];
    if (c === '&' || c === '*' || c === '!' || c === '?') throw new Unsure();
    this.scanner.mark(path, 'value', i);
    if (c === '{' || c === '[') return this.read(path, i);
    return this.scalarEnd(i, false);
  }

  /** End of a scalar inside a flow collection (exclusive). */
  private scalarEnd(i: number, isKey: boolean): number {
    const c = this.text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < this.text.length) {
        if (c === '"' && this.text[j] === '\\') j += 2;
        else if (this.text[j] === c) {
          if (c === "'" && this.text[j + 1] === "'") j += 2;
          else return j + 1;
        } else j++;
      }
      throw new Unsure();
    }
    let j = i;
    while (j < this.text.length) {
      const ch = this.text[j]!;
      if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{') break;
      if (ch === ':' && (isKey || /[\s,\]}]/.test(this.text[j + 1] ?? ' '))) break;
      if (ch === '#' && this.text[j - 1] === ' ') throw new Unsure();
      j++;
    }
    return j;
  }

  private unquote(raw: string): string {
    if (raw.startsWith('"')) return doubleQuoted(raw);
    if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
    return raw;
  }

  private skip(i: number): number {
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    return i;
  }
}
