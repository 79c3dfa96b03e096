// Where the loader reads a content folder from: the disk (the default), or anything else that
// can list a folder and read a file, such as the tree of a git commit (src/core/git/tree-source.ts).
// Paths are relative to the content folder, with forward slashes; '' is the folder itself.
//
// A source answers what stands at a path and hands over a file's bytes as they are, or its text
// when that is sure to be all of them: deciding whether bytes are text (valid UTF-8) is the
// loader's job, so that a file in another encoding is reported rather than silently decoded with
// replacement characters.
import { accessSync, closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, sep } from 'node:path';

/**
 * What stands at a path: a regular file, a folder, something else (a device, a pipe, a socket),
 * nothing, a link that leads nowhere, a link back to a folder that holds it (following it would
 * never end), or an entry that cannot even be looked at.
 */
export type EntryKind = 'file' | 'folder' | 'other' | 'missing' | 'broken-link' | 'loop' | 'unreadable';

/** A folder or file that is there but cannot be read; `code` is the system's (EACCES...). */
export class UnreadableError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.code = code;
  }
}

export interface FileSource {
  /** The names in a folder, in any order; [] when it is not a folder. Throws UnreadableError when it is one that cannot be read. */
  list(path: string): string[];
  /** True when the path is a folder. */
  isDirectory(path: string): boolean;
  /**
   * A file's bytes, or its text when that is known to be exactly what they say (valid UTF-8, or a
   * source that only holds text), or `undefined` when there is no file there. Throws
   * UnreadableError when it is there but cannot be read.
   */
  read(path: string): Uint8Array | string | undefined;
  /** What stands at the path; a source without it has only files and folders. */
  kind?(path: string): EntryKind;
  /**
   * Reads these files now, all together, for `read` to hand over later (once each): a source that
   * can read faster in bulk says so. Files it cannot read this way are read by `read` as usual.
   */
  readAhead?(paths: readonly string[]): void;
}

/**
 * The most a content file may hold: 8 MB. A busy account with years of touchpoints is tens of KB,
 * and a plan of 20,000 items some 3 MB, so no real playbook comes near it; a file above it is
 * something else (a dump, a log, a file copied in by mistake, or one made to stop CI), and reading
 * it whole would hold the whole check for it (a 3 GB file took minutes and gigabytes of memory).
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A file of `size` bytes, above MAX_FILE_BYTES: refused without being read whole. */
export class TooLargeError extends UnreadableError {
  constructor(size: number) {
    const bytes = (n: number) => n.toLocaleString('en-US');
    super(
      `is ${bytes(size)} bytes, more than the ${bytes(MAX_FILE_BYTES)} bytes (8 MB) a content file may hold, so nothing in it was checked: an account with years of touchpoints is tens of KB, so this is not a playbook file; move it out of the content folder, or cut it down if it is one`,
      'EFBIG',
    );
  }
}

/** What stands at `path` in any source. */
export function kindOf(source: FileSource, path: string): EntryKind {
  if (source.kind) return source.kind(path);
  return source.isDirectory(path) ? 'folder' : 'file';
}

/**
 * Whether the folder at `full` is a link to the folder that holds it or to one above it: listing
 * it would list the same folders again, without end. (Only entries a listing did not already call
 * a folder get here: links, and folders of a source that lists without types.)
 */
function leadsBack(full: string): boolean {
  try {
    if (!lstatSync(full).isSymbolicLink()) return false;
    const target = realpathSync(full);
    const holder = realpathSync(dirname(full));
    return holder === target || holder.startsWith(target.endsWith(sep) ? target : target + sep);
  } catch {
    return false;
  }
}

/**
 * `join(dir, path)` for a path inside the content folder, by concatenation: `join` normalises the
 * whole path each time, some 10,000 times a check at 1,000 accounts (7 MB of garbage). The system
 * reads `a/./b` or `a//b` as `join` would have written it.
 */
export function pathUnder(dir: string, path: string): string {
  if (path === '') return dir;
  return dir.endsWith('/') || dir.endsWith(sep) ? `${dir}${path}` : `${dir}${sep}${path}`;
}

/** The content folder `dir` on disk. Links are followed; a link that leads nowhere is `broken-link`. */
export function diskSource(dir: string): FileSource {
  // Each path is looked at once per load: the layout and the read ask the same question.
  const kinds = new Map<string, EntryKind>();
  const kind = (path: string): EntryKind => {
    let known = kinds.get(path);
    if (known === undefined) kinds.set(path, (known = lookAt(path)));
    return known;
  };
  const lookAt = (path: string): EntryKind => {
    const full = pathUnder(dir, path);
    let stats;
    try {
      stats = statSync(full);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
        try {
          return lstatSync(full).isSymbolicLink() ? 'broken-link' : 'missing';
        } catch {
          return 'missing';
        }
      }
      return 'unreadable';
    }
    if (stats.isDirectory()) return leadsBack(full) ? 'loop' : 'folder';
    return stats.isFile() ? 'file' : 'other';
  };
  /**
   * What a listing already says of an entry, so that a playbook of thousands of files is not
   * looked at once more per file. Links are still followed by `lookAt`; and the types are taken
   * only from a folder whose entries can be looked at (searchable), where `stat` would say the
   * same: in one that is readable but not searchable every entry is `unreadable`.
   */
  const learn = (path: string, entries: Dirent[]): void => {
    try {
      accessSync(pathUnder(dir, path), constants.X_OK);
    } catch {
      return;
    }
    for (const entry of entries) {
      const known: EntryKind | undefined = entry.isSymbolicLink() ? undefined : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      if (known !== undefined) kinds.set(path === '' ? entry.name : `${path}/${entry.name}`, known);
    }
  };
  /** Texts read ahead, each handed over once by `read`. */
  const ahead = new Map<string, string>();
  return {
    kind,
    readAhead(paths) {
      readInBatches(paths, ahead, (path) => {
        if (kind(path) !== 'file') return undefined;
        try {
          const text = readBounded(pathUnder(dir, path)).toString('utf8');
          // Left to `read`, which hands the loader the bytes to tell.
          return text.includes('\uFFFD') ? undefined : text;
        } catch {
          // Left to `read`, which says why.
          return undefined;
        }
      });
    },
    list(path) {
      try {
        const entries = readdirSync(pathUnder(dir, path), { withFileTypes: true });
        learn(path, entries);
        return entries.map((entry) => entry.name);
      } catch (error) {
        const code = codeOf(error);
        if (code === 'ENOENT' || code === 'ENOTDIR') return [];
        throw new UnreadableError(`cannot be read (${describeCode(code)})`, code);
      }
    },
    isDirectory: (path) => kind(path) === 'folder',
    read(path) {
      const early = ahead.get(path);
      if (early !== undefined) {
        ahead.delete(path);
        return early;
      }
      // Only regular files: opening a pipe or a device would wait forever or read nonsense.
      const what = kind(path);
      if (what === 'missing' || what === 'folder' || what === 'broken-link' || what === 'loop') return undefined;
      if (what === 'other') throw new UnreadableError('is not a regular file', 'EINVAL');
      try {
        // As text when that text has no U+FFFD: every byte that is not UTF-8 decodes to one, so
        // such a text was valid UTF-8 (the bytes' check, then decoding them, took a third more
        // of a check's reading: docs/benchmarks.md, ninth round). A U+FFFD, written as such or
        // made of a bad byte, hands (a copy of) the bytes to the loader to tell.
        const bytes = readBounded(pathUnder(dir, path));
        const text = bytes.toString('utf8');
        return text.includes('\uFFFD') ? Buffer.from(bytes) : text;
      } catch (error) {
        if (error instanceof UnreadableError) throw error;
        const code = codeOf(error);
        if (code === 'ENOENT') return undefined;
        throw new UnreadableError(`cannot be read (${describeCode(code)})`, code);
      }
    },
  };
}

let readBuffer: Buffer | undefined;

/**
 * A file's bytes, read into one buffer kept for every file (valid until the next call), and
 * refused with TooLargeError as soon as more than MAX_FILE_BYTES have come: a huge file is never
 * read whole. No `stat` first for its size: the reads say it, and a `stat` per file is 1% of a
 * check at 1,000 accounts (this bounded read measured a little faster than `readFileSync`, which
 * makes one).
 */
function readBounded(full: string): Buffer {
  readBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
  const fd = openSync(full, 'r');
  try {
    let length = 0;
    for (let read; (read = readSync(fd, readBuffer, length, readBuffer.length - length, null)) > 0; ) {
      length += read;
      // Its size, asked only of a file already known to be too big.
      if (length > MAX_FILE_BYTES) throw new TooLargeError(Math.max(length, fstatSync(fd).size));
    }
    return readBuffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** How much text is joined into one string: well above V8's largest object in the young generation (128 KB). */
const BATCH_CHARACTERS = 256 * 1024;

/**
 * Reads the texts of `paths` into `into`, each a slice of a string that joins a few hundred KB
 * of them. Why: the text of every file is kept to the end of a command (values are slices of it,
 * and findings are placed in it), and a file's text on its own is a small string, which V8 puts in
 * the young generation and copies at each collection until it is old: at 1,000 accounts some 13 MB
 * copied twice. A string above 128 KB is made where it never moves. (docs/benchmarks.md, twelfth
 * round.) `readText` gives a file's text, or undefined to leave the file to the usual read.
 */
function readInBatches(paths: readonly string[], into: Map<string, string>, readText: (path: string) => string | undefined): void {
  let texts: string[] = [];
  let names: string[] = [];
  let size = 0;
  const join = () => {
    const all = texts.join('');
    let at = 0;
    for (let i = 0; i < names.length; i++) {
      const length = texts[i]!.length;
      into.set(names[i]!, all.slice(at, at + length));
      at += length;
    }
    texts = [];
    names = [];
    size = 0;
  };
  for (const path of paths) {
    const text = readText(path);
    if (text === undefined) continue;
    texts.push(text);
    names.push(path);
    size += text.length;
    if (size >= BATCH_CHARACTERS) join();
  }
  if (names.length > 0) join();
}

function codeOf(error: unknown): string {
  return typeof (error as NodeJS.ErrnoException)?.code === 'string' ? (error as NodeJS.ErrnoException).code! : 'EIO';
}

/** The system's error code in words a person can act on. */
export function describeCode(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: check who may read it';
    case 'EISDIR':
      return 'it is a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code;
  }
}
