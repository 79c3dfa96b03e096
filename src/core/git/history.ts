// "Last updated" for every page: the last commit that touched each file of the content folder,
// from a single `git log` over the folder, newest first (the first commit seen for a file is its
// last). Outside a git repository, without git, or in a shallow clone (whose oldest commit looks as
// if it had added every file) it answers with an empty map: the pages then show no date rather
// than a wrong one. The scheduled workflow checks out with `fetch-depth: 0` for this.
import { resolve } from 'node:path';
import { dateInZone, type CalendarDate } from '../dates.ts';
import { isShallow, pathInRepository, repositoryRoot } from './repo.ts';
import { runGit } from './run.ts';

export interface LastCommit {
  sha: string;
  shortSha: string;
  /** The commit time, ISO 8601 with offset: `2026-11-20T16:04:11-05:00`. */
  committedAt: string;
  /** The calendar day of that time in the time zone asked for (the playbook's). */
  date: CalendarDate;
  author: string;
  /** The commit's first line. */
  subject: string;
}

export interface HistoryOptions {
  /** Paths are relative to the content folder; the folder is resolved against this. Default: the working directory. */
  cwd?: string;
  /** IANA time zone for `date`; default UTC. Pass the playbook's `settings.timezone`. */
  timezone?: string;
}

/**
 * Content path (`accounts/northwind/index.mdx`, as in `SourceFile.contentPath`) -> the last
 * commit that touched it. Files never committed are absent.
 */
export function lastCommits(contentDir: string, options: HistoryOptions = {}): Map<string, LastCommit> {
  const commits = new Map<string, LastCommit>();
  const absolute = resolve(options.cwd ?? process.cwd(), contentDir);
  const root = repositoryRoot(absolute);
  if (root === undefined || isShallow(root)) return commits;
  const folder = pathInRepository(root, absolute);
  const prefix = folder === '' ? '' : `${folder}/`;
  let result;
  try {
    result = runGit(['log', '-z', '--name-only', '--no-renames', '--format=%x1e%H%x1f%cI%x1f%an%x1f%s', 'HEAD', '--', folder === '' ? '.' : folder], { cwd: root });
  } catch {
    return commits;
  }
  if (result.status !== 0) return commits; // no commit yet
  let current: LastCommit | undefined;
  for (let token of result.stdout.toString('utf8').split('\0')) {
    if (token.startsWith('\n')) token = token.slice(1);
    if (token === '') continue;
    if (token.startsWith('\x1e')) {
      const [sha = '', committedAt = '', author = '', subject = ''] = token.slice(1).split('\x1f');
      current = { sha, shortSha: sha.slice(0, 7), committedAt, date: dateInZone(new Date(committedAt), options.timezone ?? 'UTC'), author, subject };
      continue;
    }
    if (!current || !token.startsWith(prefix)) continue;
    const path = token.slice(prefix.length);
    if (!commits.has(path)) commits.set(path, current);
  }
  return commits;
}
