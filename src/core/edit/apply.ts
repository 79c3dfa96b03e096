// One edit as a transaction: judge the changed file with the core's loader and rules before it
// is written (in memory, through the loader's overlay), refuse a change that adds an error, then
// write it atomically and say what changed as a diff.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkPlaybook, judge, openModel, type CheckOptions, type CheckResult } from '../check.ts';
import type { CalendarDate } from '../dates.ts';
import type { Finding } from '../findings.ts';
import type { EditScope } from '../load/scoped-source.ts';
import { writeFileAtomic, type WriteFs } from './atomic-write.ts';
import { unifiedDiff } from './diff.ts';
import { EditError } from './errors.ts';
import { withLock } from './lock.ts';

/** A file's text before (undefined: a new file) and after an edit. */
export interface Change {
  /** Relative to the content folder: `accounts/northwind/index.mdx`. */
  contentPath: string;
  before: string | undefined;
  after: string;
}

export interface EditContext {
  contentDir: string;
  cwd: string;
  now: Date;
  /**
   * The playbook as it is, as of today (from `openPlaybook`): only the scope, when there is one.
   * Its findings are judged when first asked for: an edit needs them only when the changed file
   * has an error (to tell a new one from one that was there), so most edits judge once.
   */
  current: Pick<CheckResult, 'asOf' | 'content' | 'model' | 'findings'>;
  /** What was read: the files the edit can affect (see scoped-source.ts), or everything. */
  scope?: EditScope;
}

export interface CommitOptions {
  /** Print the diff, write nothing. */
  dryRun?: boolean;
  color?: boolean;
  fs?: WriteFs;
}

export interface Committed {
  /** The path as people see it (relative to the working directory). */
  path: string;
  diff: string;
  written: boolean;
}

/**
 * The playbook loaded as of `asOf` (or today in its time zone), judged only if asked: what an
 * edit starts from. With a scope, only the files the edit can affect are read.
 */
export function openPlaybook(contentDir: string, options: Pick<CheckOptions, 'now' | 'asOf' | 'dateInZone' | 'scope'> & { cwd: string }): EditContext {
  const opened = openModel(contentDir, { cwd: options.cwd, now: options.now, asOf: options.asOf, dateInZone: options.dateInZone, scope: options.scope });
  let findings: Finding[] | undefined;
  const current = {
    ...opened,
    get findings() {
      return (findings ??= judge(opened.model));
    },
  };
  return { contentDir, cwd: options.cwd, now: options.now, current, scope: options.scope };
}

/** A content path as findings show it: relative to the working directory, forward slashes. */
export function displayPath(context: Pick<EditContext, 'contentDir' | 'cwd'>, contentPath: string): string {
  return relative(context.cwd, join(context.contentDir, contentPath)).split(sep).join('/');
}

/** The text of a content file as it is on disk now. */
export function readContentFile(context: Pick<EditContext, 'contentDir' | 'cwd'>, contentPath: string): string {
  return readFileSync(join(context.contentDir, contentPath), 'utf8');
}

/**
 * Judge the change, then write it. Throws an `EditError`, writing nothing, when the changed file
 * would have an error it did not have before, or when the file changed on disk meanwhile.
 */
export function commitChange(context: EditContext, change: Change, options: CommitOptions = {}): Committed {
  const path = displayPath(context, change.contentPath);
  const after = checkPlaybook(context.contentDir, {
    cwd: context.cwd,
    now: context.now,
    asOf: context.current.asOf,
    overlay: new Map([[change.contentPath, change.after]]),
    scope: context.scope,
  });
  const errorHere = after.findings.some((f) => f.file === path && f.severity === 'error');
  const added = errorHere ? newErrors(context.current.findings, after.findings, path) : [];
  if (added.length > 0) {
    const list = added.map((f) => `  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
    throw new EditError(`the change would add ${added.length === 1 ? 'an error' : `${added.length} errors`} to ${path}, so nothing was written:`, list);
  }
  const diff = unifiedDiff(path, change.before, change.after, { color: options.color });
  if (options.dryRun) return { path, diff, written: false };

  const target = join(context.contentDir, change.contentPath);
  // The check that the file is as it was read and the write are one step: no other command can
  // write between them (see lock.ts), so an edit reported as written is on disk.
  withLock(target, () => {
    if (change.before !== undefined && !sameBytes(target, change.before)) {
      throw new EditError(`${path} changed while this command ran; nothing was written. Run it again.`);
    }
    try {
      writeFileAtomic(target, change.after, { fs: options.fs, exclusive: change.before === undefined, label: path });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new EditError(`${path} already exists; nothing was written.`);
      if (typeof code === 'string') throw new EditError(`could not write ${path} (${code}); the file is as it was.`);
      throw error;
    }
  }, { label: path });
  return { path, diff, written: true };
}

/** True when the file holds exactly the bytes of `text` (compared as bytes: nothing is decoded). */
function sameBytes(target: string, text: string): boolean {
  try {
    return readFileSync(target).equals(Buffer.from(text, 'utf8'));
  } catch {
    return false;
  }
}

/** Errors about `file` after the change that were not there before (matched by rule, subject and message). */
export function newErrors(before: readonly Finding[], after: readonly Finding[], file: string): Finding[] {
  const key = (f: Finding) => `${f.rule}\u0000${f.subject}\u0000${f.message}`;
  const seen = new Map<string, number>();
  for (const f of before) {
    if (f.file !== file || f.severity !== 'error') continue;
    seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  }
  const added: Finding[] = [];
  for (const f of after) {
    if (f.file !== file || f.severity !== 'error') continue;
    const count = seen.get(key(f)) ?? 0;
    if (count > 0) seen.set(key(f), count - 1);
    else added.push(f);
  }
  return added;
}

/** Today's date for the edit, for "a record cannot be dated after today". */
export function today(context: EditContext): CalendarDate {
  return context.current.asOf;
}
