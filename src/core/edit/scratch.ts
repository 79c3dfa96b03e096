// Where an editing command keeps its own short-lived files (the temporary file of an atomic
// write, the lock of a read-modify-write): never where `git add -A` would pick them up. Inside a
// git work tree that is the repository's git folder (`.git/playbook/`), which git never adds;
// outside one there is nothing to commit them, so the temporary file stays beside the file it
// replaces (a rename must stay on one file system) and locks go to the system's temporary folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const gitDirs = new Map<string, string | undefined>();

/** The git folder of the work tree holding `folder`, found by walking up (no git process), or undefined. */
export function gitDirOf(folder: string): string | undefined {
  const start = resolve(folder);
  if (gitDirs.has(start)) return gitDirs.get(start);
  let found: string | undefined;
  for (let current = start; ; current = dirname(current)) {
    const dotGit = join(current, '.git');
    if (existsSync(dotGit)) {
      found = resolveDotGit(dotGit, current);
      break;
    }
    if (dirname(current) === current) break;
  }
  gitDirs.set(start, found);
  return found;
}

/** `.git` is the git folder itself, or (in a linked work tree or a submodule) a file `gitdir: <path>`. */
function resolveDotGit(dotGit: string, workTree: string): string | undefined {
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
    if (!match) return undefined;
    const path = isAbsolute(match[1]!) ? match[1]! : resolve(workTree, match[1]!);
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The folder for an editing command's own files about `target`, in its repository's git folder; undefined outside git. */
export function scratchFolder(target: string): string | undefined {
  const gitDir = gitDirOf(dirname(target));
  return gitDir === undefined ? undefined : join(gitDir, 'playbook');
}

/**
 * Where the locks about `target` live: one folder whatever the command was told, so that two
 * commands editing one file meet at one lock (lock.ts passes the target's real path). Outside git
 * that is the system's /tmp, not `$TMPDIR`: two commands run with different `$TMPDIR`s must not
 * each take a lock of their own.
 */
export function lockFolder(target: string): string {
  const scratch = scratchFolder(target);
  return scratch === undefined ? sharedLockFolder() : join(scratch, 'locks');
}

/** The lock folder outside git: in /tmp, which every user shares (lock-folder.ts checks whose it is). */
export function sharedLockFolder(): string {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join(systemTemp(), `playbook-locks-${uid}`);
}

function systemTemp(): string {
  return process.platform !== 'win32' && existsSync('/tmp') ? '/tmp' : tmpdir();
}

/** True when a process with this id is running on this machine. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
