// Finds the line and column of a YAML node by its path, for findings that point at the exact
// place. The fast scanner answers for block-style YAML; the `yaml` package, slower but complete,
// answers whatever the scanner was not sure of. Both run only for files that have a finding.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { addPaths, pathKey, pathTreeOf, scanPlaces, treeHolds, type PathTree, type Place, type Places, type Pos, type YamlPath } from './yaml-places.ts';

/** Which part of a node a finding points at. */
export type Anchor = 'key' | 'value';

export class YamlLocator {
  private scanned: Places | undefined | null = null;
  /** The paths the scan was for, when it was not for every node (see `expect`). */
  private scannedFor: PathTree | undefined;
  private parsed: Places | undefined;

  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * The place of `path`: its key or its value. A path that does not exist (a missing field)
   * points at the closest node that does, so a finding always has a place.
   */
  locate(path: YamlPath, anchor: Anchor = 'value'): Pos {
    for (let length = path.length; length >= 0; length--) {
      const prefix = path.slice(0, length);
      const place = this.place(prefix);
      if (!place) continue;
      // A missing field points at the map that should hold it.
      const wanted: Anchor = length === path.length ? anchor : 'value';
      const pos = wanted === 'key' ? (place.key ?? place.value) : (place.value ?? place.key);
      if (pos) return pos;
    }
    return { line: 1, column: 1 };
  }

  /**
   * Says which paths will be asked for before any is: the first scan then places only those.
   * A path `place` is asked for that no `expect` named has the whole text scanned again.
   */
  expect(paths: readonly YamlPath[]): void {
    if (this.scanned === null) {
      this.scannedFor = pathTreeOf(paths);
      this.scanned = scanPlaces(this.text, this.scannedFor);
      return;
    }
    // Told of more paths after a scan for some (the site judges the playbook again for later
    // days): one more scan for every path told so far. At 1,000 accounts the site's later-day
    // judging took as long this way as with whole scans from the start (median ~760 ms of 4
    // cold runs each), and ~150 ms less than scanning a file whole when it is asked again.
    const told = this.scannedFor;
    if (told === undefined || paths.every((path) => treeHolds(told, path))) return;
    addPaths(told, paths);
    this.scanned = scanPlaces(this.text, told);
  }

  private place(path: YamlPath): Place | undefined {
    if (this.scanned === null || (this.scannedFor !== undefined && !treeHolds(this.scannedFor, path))) {
      this.scanned = scanPlaces(this.text);
      this.scannedFor = undefined;
    }
    const key = pathKey(path);
    const fast = this.scanned?.get(key);
    if (fast && fast.value) return fast;
    this.parsed ??= parsedPlaces(this.text);
    return this.parsed.get(key) ?? fast;
  }
}

/** Every node's place, from the `yaml` package's own parse. */
export function parsedPlaces(text: string): Places {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const places: Places = new Map();
  const at = (offset: number): Pos => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const visit = (node: Node | null | undefined, path: YamlPath, key: Pos | undefined): void => {
    const place: Place = { key };
    if (node?.range) place.value = at(node.range[0]);
    places.set(pathKey(path), place);
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode)) continue;
        const keyPos = keyNode.range ? at(keyNode.range[0]) : undefined;
        visit(pair.value as Node | null, [...path, String(keyNode.value)], keyPos);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemNode = item as Node | null;
        visit(itemNode, [...path, index], itemNode?.range ? at(itemNode.range[0]) : undefined);
      });
    }
  };
  visit(doc.contents as Node | null, [], undefined);
  return places;
}
