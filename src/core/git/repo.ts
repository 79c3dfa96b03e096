// Questions about the repository a content folder lives in.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gitMaybe, runGit } from './run.ts';

/** The top folder of the git work tree holding `dir`, or `undefined` when it is not in one (or git is missing). */
export function repositoryRoot(dir: string): string | undefined {
  try {
    const out = gitMaybe(['rev-parse', '--show-toplevel'], { cwd: dir });
    return out?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The top folder of the work tree holding `dir`, found as git finds it: the nearest folder, from
 * `dir` up, that holds a `.git` (a folder, or a file in a linked work tree or submodule). Without
 * running git, for what needs no more than that (CODEOWNERS): `check` at 1,000 accounts spent
 * about 7 ms spawning `git rev-parse` at its end (forking a process of some 280 MB).
 */
export function workTreeRoot(dir: string): string | undefined {
  let folder: string;
  try {
    folder = realpathSync(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    if (existsSync(join(folder, '.git'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** `dir` relative to the repository root, with forward slashes: '' for the root itself. */
export function pathInRepository(root: string, dir: string): string {
  const rel = relative(realpathSync(root), realpathSync(dir));
  return rel.split(sep).join('/');
}

/** True in a shallow clone (one fetched with --depth, as actions/checkout does by default). */
export function isShallow(root: string): boolean {
  return gitMaybe(['rev-parse', '--is-shallow-repository'], { cwd: root })?.trim() === 'true';
}

/** The commit a ref names (a branch, tag, remote branch, sha, `HEAD~2`...), or `undefined`. */
export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith('-')) return undefined;
  return gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root })?.trim() || undefined;
}

/** The best common ancestor of two commits, or `undefined` when this clone cannot see one. */
export function mergeBase(root: string, a: string, b: string): string | undefined {
  return gitMaybe(['merge-base', a, b], { cwd: root })?.trim() || undefined;
}

/** The names of the configured remotes (`origin`...). */
export function remoteNames(root: string): string[] {
  const result = runGit(['remote'], { cwd: root });
  return result.status === 0 ? result.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}
