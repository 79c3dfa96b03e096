// Questions about the repository a content folder lives in.
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
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
