// The base of a change: the content as it was at a git ref (a pull request's base branch), loaded
// by the same loader as the working tree, with the renames and the changed files between the two.
// The base-comparison rules (silent-slip, vanished-commitment, history-rewritten, unagreed-addition,
// backdated-touchpoint) judge the working tree against it.
import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Content } from '../content.ts';
import { loadPlaybook } from '../load/load-playbook.ts';
import { changesSince } from './changes.ts';
import { CODEOWNERS_LOCATIONS } from './codeowners.ts';
import { isShallow, mergeBase, pathInRepository, remoteNames, repositoryRoot, resolveCommit } from './repo.ts';
import { gitMaybe, runGit } from './run.ts';
import { treeSnapshot } from './tree-source.ts';

/** The base cannot be read: a usage problem with a message saying how to fix it (exit 2). */
export class BaseRefError extends Error {}

export interface BaseChange {
  /** The ref as given: `origin/main`. */
  ref: string;
  /** The commit compared with: the merge base of the ref and HEAD, or the ref itself. */
  commit: string;
  /** False when this clone cannot see where HEAD left the ref, so the ref's own tip is used. */
  mergeBase: boolean;
  /** The content at that commit; its files' paths are shown where they were. */
  base: Content;
  /** Content path at the base -> content path now, for every file git saw renamed. */
  renames: ReadonlyMap<string, string>;
  /** Paths as findings show them (relative to the working directory) of every file changed since the base. */
  changedFiles: ReadonlySet<string>;
  /** The repository's root folder. */
  root: string;
  /** The content folder was not at the base, and git saw nothing moved into it. */
  folderMissing: boolean;
  /** The content folder as given, relative to the working directory. */
  folder: string;
}

export interface BaseOptions {
  /** The ref to compare with. */
  ref: string;
  /** The working directory: paths in findings are relative to it. */
  cwd: string;
}

/** Loads the content folder as it was at `options.ref`; throws BaseRefError with a fix when it cannot. */
export function loadBase(contentDir: string, options: BaseOptions): BaseChange {
  const { ref, cwd } = options;
  const absolute = resolve(cwd, contentDir);
  const root = repositoryRoot(absolute);
  if (root === undefined) {
    const said = runGit(['rev-parse', '--show-toplevel'], { cwd: absolute }).stderr.trim().split('\n')[0] ?? '';
    const why = said && !/not a git repository/i.test(said) ? ` (git says: ${said})` : '';
    throw new BaseRefError(`--base ${ref} compares the playbook with its git history, but ${contentDir} is not inside a git repository${why}.`);
  }
  const refCommit = resolveCommit(root, ref);
  if (refCommit === undefined) throw new BaseRefError(missingRefMessage(root, ref));
  const head = resolveCommit(root, 'HEAD');
  // Compare with where this branch left the base, as a pull request's diff does: changes made on
  // the base branch since then are not this change's doing. GitHub checks out a merge commit,
  // whose merge base with the base branch is the base branch itself.
  const shared = head === undefined ? undefined : mergeBase(root, refCommit, head);
  // In a shallow clone, no merge base only means that the history between is missing: comparing
  // with the ref's tip instead would blame this change for what happened on the ref since.
  if (shared === undefined && head !== undefined && isShallow(root)) throw new BaseRefError(shallowMessage(root, ref));
  const commit = shared ?? refCommit;

  const folder = pathInRepository(root, absolute);
  let changes = changesSince(root, commit, [folder === '' ? '.' : folder, ...CODEOWNERS_LOCATIONS]);
  const prefix = folder === '' ? '' : `${folder}/`;
  let snapshot = treeSnapshot(root, commit, folder);
  // The content folder was not there at the base: moved in this change (`git mv content
  // playbook`), it is read where it was; new, there is nothing to compare with, and the
  // comparison says so (rules/not-compared.ts) rather than judging a whole playbook as added.
  let thenFolder = folder;
  let folderMissing = false;
  if (snapshot.paths.length === 0) {
    let movedFrom = folderMovedFrom(changes.renames, prefix);
    if (movedFrom === undefined) {
      // Moved with a plain `mv` and not staged yet: the old folder's deletions lie outside the
      // paths staged above, so git saw only new files. Staged whole, the working tree shows the
      // move as the commit of it will.
      changes = changesSince(root, commit, ['.']);
      movedFrom = folderMovedFrom(changes.renames, prefix);
    }
    if (movedFrom === undefined) folderMissing = true;
    else {
      thenFolder = movedFrom;
      snapshot = treeSnapshot(root, commit, movedFrom);
    }
  }
  const thenPrefix = thenFolder === '' ? '' : `${thenFolder}/`;
  // Loaded as the folder it was, so that its files carry the paths they had at the base.
  const base = loadPlaybook(thenFolder === folder ? absolute : join(root, thenFolder), { cwd, source: snapshot });
  const renames = new Map<string, string>();
  for (const [from, to] of changes.renames) {
    if (from.startsWith(thenPrefix) && to.startsWith(prefix)) renames.set(from.slice(thenPrefix.length), to.slice(prefix.length));
  }
  if (thenFolder !== folder) {
    // The folder moved: every file left its old path, so git may take a file now for the move of
    // another one (an account merged into one that stayed). A file whose place in the folder is
    // the same as at the base is that file, as git would say of a folder that did not move.
    const then = new Set(snapshot.paths);
    const movedAway = new Set(renames.keys());
    for (const [from, to] of renames) if (from !== to && then.has(to) && !movedAway.has(to)) renames.delete(from);
  }
  const changedFiles = new Set<string>();
  // As findings show paths: files of the content folder through the folder as given (which may
  // be reached through a symbolic link), other files from the repository's real root.
  const realCwd = realpathSync(cwd);
  for (const path of changes.changed) {
    const shown = path.startsWith(prefix) ? relative(cwd, join(absolute, path.slice(prefix.length))) : relative(realCwd, join(root, path));
    changedFiles.add(shown.split(sep).join('/'));
  }

  const shownFolder = relative(cwd, absolute).split(sep).join('/') || '.';
  return { ref, commit, mergeBase: shared !== undefined, base, renames, changedFiles, root, folderMissing, folder: shownFolder };
}

/**
 * The folder the content folder (`prefix`, '' for the root) was moved from, as git's renames show
 * it: the folder most of the files renamed into it came from, if any was.
 */
function folderMovedFrom(renames: ReadonlyMap<string, string>, prefix: string): string | undefined {
  const counts = new Map<string, number>();
  for (const [from, to] of renames) {
    if (!to.startsWith(prefix)) continue;
    const rest = to.slice(prefix.length);
    if (from === rest || !from.endsWith(`/${rest}`)) continue;
    const folder = from.slice(0, from.length - rest.length - 1);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [folder, count] of counts) if (best === undefined || count > counts.get(best)!) best = folder;
  return best;
}

/** What to say when the ref is not in this clone, with the command that fetches it. */
export function missingRefMessage(root: string, ref: string): string {
  // What no fetch can fix: a ref written wrong, or a repository with nothing in it yet.
  const trimmed = ref.trim();
  if (trimmed !== ref && trimmed !== '') {
    return `The base ref ${JSON.stringify(ref)} has spaces around it: pass --base ${trimmed}${resolveCommit(root, trimmed) === undefined ? ' (once it is in this clone)' : ''}.`;
  }
  if (ref.includes('..')) {
    const [from] = ref.split(/\.\.\.?/);
    return `The base ref ${ref} is a range of commits; --base takes the one ref the change is compared with, the pull request's base branch${from ? `: --base ${from}` : ''}.`;
  }
  if (gitMaybe(['check-ref-format', '--allow-onelevel', ref], { cwd: root }) === undefined) {
    return `The base ref ${JSON.stringify(ref)} is not a valid git ref name: pass a branch, tag or commit, such as origin/main.`;
  }
  if (resolveCommit(root, 'HEAD') === undefined && !(gitMaybe(['for-each-ref', '--count=1'], { cwd: root }) ?? '').trim()) {
    return `This repository has no commits yet, so there is no ${ref} to compare with: commit the playbook first (then every later change can be checked against it), or run check without --base.`;
  }
  if (remoteNames(root).length === 0) {
    return [
      `The base ref ${ref} is not a branch, tag or commit in this repository, and the repository has no remote to fetch it from.`,
      'Name a branch, tag or commit that is here (`git branch -a` lists the branches), or add the remote that has it (`git remote add origin URL`) and fetch it.',
    ].join('\n');
  }
  const shallow = isShallow(root);
  const { remote, branch, fromRemote, fetch } = fetchCommand(root, ref, shallow);
  const lines = [
    shallow
      ? `The base ref ${ref} is not in this clone: it is a shallow clone, which holds only the latest commits of one branch.`
      : `The base ref ${ref} is not a branch, tag or commit in this repository.`,
    `Fetch it with \`${fetch}\`${remote ? '' : ` and pass --base ${fromRemote}/${branch}`}${shallow ? ': --unshallow also fetches the history of this branch, without which the point where it left the base cannot be found' : ''}.`,
    'In GitHub Actions, check out with actions/checkout and `fetch-depth: 0` so that the base branch and its history are there.',
  ];
  if (!shallow && !remote) lines.splice(1, 0, 'If it is a branch of the remote, name it as the remote has it (`git branch -r` lists them).');
  return lines.join('\n');
}

/** What to say when the ref is there but a shallow clone cannot see where this branch left it. */
function shallowMessage(root: string, ref: string): string {
  const { fetch } = fetchCommand(root, ref, true);
  return [
    `This clone is shallow: it does not hold the history between ${ref} and this branch, so it cannot tell what this change did from what happened on ${ref} since.`,
    `Fetch that history with \`${fetch}\`, then run the check again.`,
    'In GitHub Actions, check out with actions/checkout and `fetch-depth: 0` so that the base branch and its history are there.',
  ].join('\n');
}

/**
 * The one command that makes a correct comparison possible: it fetches the base branch and, in a
 * shallow clone, the whole history (a merge base needs both sides' history; fetching the branch
 * alone leaves this branch's history cut off).
 */
function fetchCommand(root: string, ref: string, shallow: boolean) {
  const remotes = remoteNames(root);
  const slash = ref.indexOf('/');
  const remote = slash > 0 && remotes.includes(ref.slice(0, slash)) ? ref.slice(0, slash) : undefined;
  const branch = remote ? ref.slice(slash + 1) : ref;
  const fromRemote = remote ?? remotes[0] ?? 'origin';
  const fetch = `git fetch --no-tags${shallow ? ' --unshallow' : ''} ${fromRemote} +refs/heads/${branch}:refs/remotes/${fromRemote}/${branch}`;
  return { remote, branch, fromRemote, fetch };
}
