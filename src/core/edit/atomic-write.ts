// Writing a file so that it is never half-written: the new text goes to a temporary file, is
// flushed to disk, and then takes the file's place in one rename. A crash or a kill before the
// rename leaves the old file whole; after it, the new file is whole.
//
// The temporary file is made where `git add -A` cannot pick it up: in the repository's git folder
// (see scratch.ts), or, outside a repository (or when the git folder is on another file system),
// beside the file as a hidden `.name.<pid>.<random>.tmp`, which `playbook check` reports. Either
// way a write first removes what a killed command left there.
//
// A file that is a symbolic link is written where the link points (`check` reads through links, so
// an edit must too): the rename replaces the real file and the link stays a link. A file with more
// than one hard link is refused: a rename puts a new file under this one name and leaves every
// other name holding the old text, silently splitting what the user made one file.
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EditError } from './errors.ts';
import { isRunning, scratchFolder } from './scratch.ts';

/** The file-system calls an atomic write makes; tests pass one that fails or stops midway. */
export interface WriteFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, target: string): void;
  unlinkSync(path: string): void;
  statSync(path: string): { mode: number; nlink?: number };
  mkdirSync(path: string, options: { recursive: true }): string | undefined;
  rmdirSync(path: string): void;
}

export const realFs: WriteFs = nodeFs;

export interface AtomicWriteOptions {
  fs?: WriteFs;
  /** Create a new file: fail, changing nothing, when `path` already exists. */
  exclusive?: boolean;
  /** How the file is named in a refusal (`content/accounts/acme/index.mdx`); the path by default. */
  label?: string;
}

/** A temporary file's name: the process id tells a later command whether its writer is gone. */
const TEMPORARY = /^\.?.+\.(\d+)\.[a-z0-9]+\.tmp$/;

/** The hidden temporary file beside `path` a write goes through when it cannot use the git folder. */
export function temporaryPathFor(path: string, folder = dirname(path)): string {
  const random = Math.random().toString(36).slice(2, 10);
  return join(folder, `.${basename(path)}.${process.pid}.${random}.tmp`);
}

/** Removes the temporary files in `folder` whose process is gone: what a killed write left. Best effort. */
export function removeLeftovers(folder: string): void {
  let names: string[];
  try {
    names = nodeFs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      nodeFs.unlinkSync(join(folder, name));
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

export function writeFileAtomic(named: string, text: string, options: AtomicWriteOptions = {}): void {
  const path = options.exclusive ? named : realPathOf(named);
  if (!options.exclusive) refuseToReplace(path, options.label ?? path, options.fs ?? realFs);
  const scratch = scratchFolder(path);
  const folder = scratch === undefined ? undefined : join(scratch, 'tmp');
  if (folder !== undefined) {
    try {
      (options.fs ?? realFs).mkdirSync(folder, { recursive: true });
      removeLeftovers(folder);
      return writeVia(path, text, options, folder);
    } catch (error) {
      // The git folder is on another file system (no rename across), or cannot be written.
      if (!['EXDEV', 'EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  removeLeftovers(dirname(path));
  writeVia(path, text, options, dirname(path));
}

/** The file a link names (the path itself when it is no link, or does not exist yet). */
function realPathOf(path: string): string {
  try {
    return nodeFs.realpathSync.native(path);
  } catch {
    return path;
  }
}

function writeVia(path: string, text: string, options: AtomicWriteOptions, folder: string): void {
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
  const temporary = temporaryPathFor(path, folder);
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

/**
 * Throws, before anything is written, when replacing the file would undo what its user set up:
 * a rename needs only the folder to be writable, so it would replace a file its user made
 * read-only (0444: "do not edit") or one they cannot write, and split one with hard links.
 */
function refuseToReplace(path: string, label: string, fs: WriteFs): void {
  let stats: { mode: number; nlink?: number };
  try {
    stats = fs.statSync(path);
  } catch {
    return; // Gone: the write says so (or creates it).
  }
  const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
  if ((stats.mode & 0o222) === 0) {
    throw new EditError(`${label} is read-only (mode ${mode}): make it writable to edit it; nothing was written.`);
  }
  try {
    nodeFs.accessSync(path, nodeFs.constants.W_OK);
  } catch {
    throw new EditError(`${label} is not writable by you (mode ${mode}): make it writable to edit it; nothing was written.`);
  }
  if ((stats.nlink ?? 1) > 1) {
    throw new EditError(`${label} has ${stats.nlink} hard links; an edit writes a new file, which would leave the other names with the old text, so nothing was written. Make it a single file (or a symbolic link) to edit it.`);
  }
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
