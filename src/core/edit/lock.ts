// The read-modify-write of an editing command, made exclusive. Two commands that edit the same
// file at once would otherwise both read it, both check that it did not change, and both write:
// the second write loses the first edit, and both say they succeeded. So a command holds a lock
// while it reads, builds, checks and writes; a second one waits for it (and then edits the file as
// the first left it) or, after a while, refuses and writes nothing.
//
// A lock is a file created exclusively (O_EXCL), holding the process id and host. A lock left by a
// command that was killed is recognised (its process is gone) and taken over.
import { closeSync, openSync, readFileSync, realpathSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EditError } from './errors.ts';
import { lockFolderRefused, prepareLockFolder } from './lock-folder.ts';
import { isRunning, lockFolder, sharedLockFolder } from './scratch.ts';

export interface LockOptions {
  /** How long to wait for another command to finish, in milliseconds (default 15 s). */
  waitMs?: number;
  /** How the locked thing is named in a refusal: `content/accounts/northwind`. */
  label?: string;
}

/** Locks this process holds, with how many times (a lock is re-entrant within a process). */
const held = new Map<string, number>();

/** A lock older than this is taken over whoever holds it: no edit takes ten minutes. */
const ABANDONED_MS = 10 * 60_000;

/** Runs `work` while holding the lock on `target` (a file or a folder, which need not exist yet). */
export function withLock<T>(target: string, work: () => T, options: LockOptions = {}): T {
  const lock = lockPath(target);
  const count = held.get(lock) ?? 0;
  if (count === 0) acquire(lock, options.waitMs ?? 15_000, options.label ?? target);
  held.set(lock, count + 1);
  try {
    return work();
  } finally {
    const left = held.get(lock)! - 1;
    if (left > 0) held.set(lock, left);
    else {
      held.delete(lock);
      release(lock);
    }
  }
}

/**
 * The lock file of `target`: named after its real path, and in the lock folder of that real path
 * (a link into a repository from outside it, or the other way round, finds the same folder), so
 * that every way of naming it meets.
 */
export function lockPath(target: string): string {
  const real = realTarget(target);
  return join(lockFolder(real), `${digest128(real)}.lock`);
}

/**
 * 32 hex digits that differ for different paths (cyrb128, four 32-bit lanes). Not node:crypto's
 * sha256: loading node:crypto costs about 9 ms of an edit's 170 (hyperfine, `node -e` with and
 * without it), and a lock's name needs spread, not secrecy.
 */
export function digest128(text: string): string {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

function realTarget(target: string): string {
  // The system's realpath: on a file system that ignores case, it also spells the path as stored.
  try {
    return realpathSync.native(target);
  } catch {
    // Not there yet (a file about to be created): its folder's real path and its name.
    try {
      return join(realpathSync.native(dirname(target)), basename(target));
    } catch {
      return target;
    }
  }
}

function acquire(lock: string, waitMs: number, label: string): void {
  const folder = dirname(lock);
  prepareLockFolder(folder, { shared: folder === sharedLockFolder() });
  const started = Date.now();
  let pause = 10;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() }));
      } finally {
        closeSync(fd);
      }
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw lockFolderRefused(folder, code);
      if (code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lock);
    if (holder === 'abandoned') {
      removeLock(lock);
      continue;
    }
    if (Date.now() - started >= waitMs) {
      const who = holder?.pid ? ` (process ${holder.pid})` : '';
      throw new EditError(`another playbook command${who} is editing ${label} and has not finished; nothing was written. Run this command again once it is done.`);
    }
    sleep(pause);
    pause = Math.min(pause * 2, 200);
  }
}

/** Who holds a lock, or 'abandoned' when its process is gone (or it is far too old to be alive). */
function readHolder(lock: string): { pid?: number } | 'abandoned' | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch {
    return undefined; // Released meanwhile: try again.
  }
  let holder: { pid?: number; host?: string; at?: string };
  try {
    holder = JSON.parse(text) as typeof holder;
  } catch {
    // Being written this very moment, or cut short by a kill: judged by its age.
    return ageOf(lock) > 5_000 ? 'abandoned' : undefined;
  }
  const at = Date.parse(holder.at ?? '');
  if (Number.isFinite(at) && Date.now() - at > ABANDONED_MS) return 'abandoned';
  if (holder.host === hostname() && typeof holder.pid === 'number' && !isRunning(holder.pid)) return 'abandoned';
  return holder;
}

function ageOf(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function release(lock: string): void {
  removeLock(lock);
}

function removeLock(lock: string): void {
  try {
    unlinkSync(lock);
  } catch {
    // Already gone.
  }
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Waits without spinning: the commands are synchronous. */
function sleep(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}
