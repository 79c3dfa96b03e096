// A content folder as it was at a commit, read with two git processes whatever its size:
// `git ls-tree` lists it, `git cat-file --batch` reads every file in one pass. The loader reads
// it through the same FileSource interface as the disk, so the base of a pull request is loaded,
// validated and located exactly like the working tree.
import { MAX_FILE_BYTES, TooLargeError, type FileSource } from '../load/file-source.ts';
import { gitText, runGit } from './run.ts';

/** Only these files are read: the loader never opens anything else. */
const CONTENT_FILE = /\.(mdx|md|ya?ml)$/;

export interface TreeSnapshot extends FileSource {
  /** Every file under the folder, by path relative to it. */
  readonly paths: readonly string[];
}

/**
 * The folder `folder` (relative to the repository root, '' for the root) at `commit`. A folder
 * that did not exist then is an empty snapshot: everything in it is new.
 */
export function treeSnapshot(root: string, commit: string, folder: string): TreeSnapshot {
  const prefix = folder === '' ? '' : `${folder}/`;
  const listing = gitText(['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', ...(folder === '' ? [] : [folder])], { cwd: root });
  const blobs = new Map<string, string>(); // path -> object id
  // Symbolic links (mode 120000) are blobs holding the link's target: never read as content.
  const links = new Set<string>();
  // Files above MAX_FILE_BYTES -> their size: never read (`-l` gives each blob's size).
  const tooLarge = new Map<string, number>();
  for (const entry of listing.split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, oid, size] = entry.slice(0, tab).split(/ +/);
    const path = entry.slice(tab + 1);
    if (type !== 'blob' || !path.startsWith(prefix)) continue;
    blobs.set(path.slice(prefix.length), oid!);
    if (mode === '120000') links.add(path.slice(prefix.length));
    if (Number(size) > MAX_FILE_BYTES) tooLarge.set(path.slice(prefix.length), Number(size));
  }

  const folders = new Map<string, Set<string>>([['', new Set()]]);
  for (const path of blobs.keys()) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      let children = folders.get(parent);
      if (!children) folders.set(parent, (children = new Set()));
      children.add(parts[i]!);
    }
  }

  const wanted = [...blobs].filter(([path]) => CONTENT_FILE.test(path) && !links.has(path) && !tooLarge.has(path));
  const texts = readBlobs(root, wanted.map(([, oid]) => oid));
  const files = new Map<string, Uint8Array>();
  wanted.forEach(([path], i) => {
    const text = texts[i];
    if (text !== undefined) files.set(path, text);
  });

  return {
    paths: [...blobs.keys()],
    list: (path) => [...(folders.get(path) ?? [])],
    isDirectory: (path) => folders.has(path),
    kind: (path) => (folders.has(path) ? 'folder' : links.has(path) ? 'other' : blobs.has(path) ? 'file' : 'missing'),
    read: (path) => {
      const size = tooLarge.get(path);
      if (size !== undefined) throw new TooLargeError(size);
      return files.get(path);
    },
  };
}

/** The bytes of each object, in order, from one `git cat-file --batch` (the loader decodes them). */
function readBlobs(root: string, oids: readonly string[]): (Uint8Array | undefined)[] {
  if (oids.length === 0) return [];
  const result = runGit(['cat-file', '--batch'], { cwd: root, input: `${oids.join('\n')}\n` });
  const out = result.stdout;
  const texts: (Uint8Array | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < oids.length; i++) {
    const newline = out.indexOf(0x0a, at);
    if (newline < 0) break;
    const header = out.toString('utf8', at, newline); // "<oid> blob <size>" or "<oid> missing"
    const [, type, size] = header.split(' ');
    if (type === undefined || size === undefined) {
      texts.push(undefined);
      at = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    texts.push(type === 'blob' ? out.subarray(start, end) : undefined);
    at = end + 1; // the newline after the contents
  }
  return texts;
}
