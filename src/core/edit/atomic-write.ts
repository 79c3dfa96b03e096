// Writing a file so that it is never half-written: the new text goes to a temporary file beside
// it, is flushed to disk, and then takes the file's place in one rename. A crash or a kill before
// the rename leaves the old file whole (and at worst a hidden `.name.*.tmp` file, which the
// loader skips); after it, the new file is whole.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls an atomic write makes; tests pass one that fails or stops midway. */
export interface WriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, target: string): void;
  unlinkSync(path: string): void;
  statSync(path: string): { mode: number };
  mkdirSync(path: string, options: { recursive: true }): string | undefined;
  rmdirSync(path: string): void;
}

export const realFs: WriteFs = nodeFs;

export interface AtomicWriteOptions {
  fs?: WriteFs;
  /** Create a new file: fail, changing nothing, when `path` already exists. */
  exclusive?: boolean;
}

/** The hidden temporary file a write to `path` goes through. */
export function temporaryPathFor(path: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`);
}

export function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions = {}): void {
  const fs = options.fs ?? realFs;
  const bytes = Buffer.from(text, 'utf8');
  let mode = 0o644;
  /** The first folder this write created, removed again if the write fails. */
  let createdFolder: string | undefined;
  if (options.exclusive) {
    createdFolder = fs.mkdirSync(dirname(path), { recursive: true });
  } else {
    try {
      mode = fs.statSync(path).mode & 0o7777;
    } catch {
      // A new file: the default mode.
    }
  }
  const temporary = temporaryPathFor(path);
  let placed = false;
  let done = false;
  try {
    const fd = fs.openSync(temporary, 'wx', mode);
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.exclusive) {
      // link() fails when the target exists, where rename() would replace it.
      fs.linkSync(temporary, path);
    } else {
      fs.renameSync(temporary, path);
      placed = true;
    }
    done = true;
  } finally {
    if (!placed) {
      try {
        fs.unlinkSync(temporary);
      } catch {
        // Already gone.
      }
    }
    if (!done && createdFolder !== undefined) removeFolders(fs, createdFolder, dirname(path));
  }
  syncFolder(fs, dirname(path));
}

/** Remove the (empty) folders from `innermost` up to `first`, the ones a failed write created. */
function removeFolders(fs: WriteFs, first: string, innermost: string): void {
  let folder = innermost;
  for (;;) {
    try {
      fs.rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === first || dirname(folder) === folder) return;
    folder = dirname(folder);
  }
}

/** Make the rename itself durable (best effort: not every platform can open a folder). */
function syncFolder(fs: WriteFs, folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here; the rename is still atomic.
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Nothing to do.
      }
    }
  }
}
