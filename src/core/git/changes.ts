// What changed between a commit and the working tree: every file added, modified, deleted or
// renamed, with git's own rename detection. Uncommitted and untracked files count, so a change
// is judged the same before and after it is committed: the working tree is staged into a
// scratch index (the repository's own index is never touched) and diffed against the commit.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { GitError, gitMaybe, gitText, runGit } from './run.ts';

export interface TreeChanges {
  /** Repository paths (from the root, forward slashes) that differ from the commit: their path now, and the old path of a deleted file. */
  changed: Set<string>;
  /** Old path -> new path, for each file git sees as renamed (or moved). */
  renames: Map<string, string>;
}

/**
 * `paths` (from the root) limits what of the working tree is staged: the content folder and the
 * CODEOWNERS files, say, so that a large untracked folder elsewhere costs nothing. Elsewhere the
 * change is what is committed and staged.
 */
export function changesSince(root: string, commit: string, paths: readonly string[] = ['.']): TreeChanges {
  const scratch = mkdtempSync(join(tmpdir(), 'followthrough-index-'));
  const index = join(scratch, 'index');
  try {
    const own = gitMaybe(['rev-parse', '--git-path', 'index'], { cwd: root })?.trim();
    const ownPath = own && (isAbsolute(own) ? own : join(root, own));
    const env = { GIT_INDEX_FILE: index };
    if (ownPath && existsSync(ownPath)) copyFileSync(ownPath, index);
    else if (gitMaybe(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root }) !== undefined) gitText(['read-tree', 'HEAD'], { cwd: root, env });
    // A path that matches nothing on disk or in the index would make `git add` fail.
    const present = paths.filter((path) => path === '.' || existsSync(join(root, path)) || gitMaybe(['ls-files', '--', path], { cwd: root, env })?.trim());
    if (present.length > 0) gitText(['add', '--all', '--', ...present], { cwd: root, env });
    const out = runGit(['diff', '--cached', '--name-status', '-z', '-M', commit, '--'], { cwd: root, env });
    if (out.status !== 0) throw new GitError(`git diff against ${commit} failed: ${out.stderr.trim()}`, ['diff'], out.status, out.stderr);
    return parseNameStatus(out.stdout.toString('utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `git diff --name-status -z` output: `M\0path\0`, `R100\0old\0new\0`... */
export function parseNameStatus(out: string): TreeChanges {
  const tokens = out.split('\0');
  const changed = new Set<string>();
  const renames = new Map<string, string>();
  for (let i = 0; i < tokens.length; ) {
    const status = tokens[i++];
    if (!status) continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = tokens[i++]!;
      const to = tokens[i++]!;
      changed.add(to);
      if (status.startsWith('R')) {
        renames.set(from, to);
        changed.add(from);
      }
    } else {
      changed.add(tokens[i++]!);
    }
  }
  return { changed, renames };
}
