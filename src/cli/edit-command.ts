// What the editing commands (new, add, log, done, drop, slip, sign, handoff) share: the flags every one takes, the
// playbook opened as of today, and the change judged, written and shown as a diff.
import { join, relative, resolve, sep } from 'node:path';
import { commitChange, openPlaybook, type EditContext } from '../core/edit/apply.ts';
import type { WriteFs } from '../core/edit/atomic-write.ts';
import { EditError, FlagError } from '../core/edit/errors.ts';
import { withLock } from '../core/edit/lock.ts';
import { printableLine } from '../core/report/printable.ts';
import type { EditScope } from '../core/load/scoped-source.ts';
import type { Edit } from '../core/edit/file-edit.ts';
import { parseItemRef, type ItemRef } from '../core/edit/targets.ts';
import { asOfDate, contentDir, wantsColor, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';
import { zoneDate } from './zone-date.ts';

/** The options every editing command takes, for node:util parseArgs. */
export const COMMON_OPTIONS = {
  content: { type: 'string' },
  'as-of': { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

export interface CommonValues {
  content?: string;
  'as-of'?: string;
  'dry-run'?: boolean;
}

/** For tests: the file system the write goes through. */
export interface EditEnvironment extends CliEnvironment {
  writeFs?: WriteFs;
}

export function openFor(values: CommonValues, io: CliEnvironment, scope?: EditScope): EditContext {
  return openPlaybook(resolve(io.cwd, contentDir(values.content, io.env)), {
    cwd: io.cwd,
    now: io.now(),
    dateInZone: zoneDate,
    asOf: asOfDate(values['as-of'], io.env),
    scope,
  });
}

/**
 * An edit of one account's files: built from those files alone (with people.yaml and
 * playbook.yaml), so that it takes the same time in a playbook of ten accounts or ten thousand.
 * When it is refused there (an unknown account, plan, item or person), it is built once more from
 * the whole playbook, so that the refusal lists what exists and suggests the closest name.
 */
export function editAccount(values: CommonValues, io: EditEnvironment, account: string, build: (context: EditContext) => Edit): number {
  // The whole read-build-write holds the account's lock: a second command editing this account
  // waits, then builds its edit on what the first one wrote (see src/core/edit/lock.ts).
  const dir = resolve(io.cwd, contentDir(values.content, io.env));
  const folder = join(dir, 'accounts', account);
  return withLock(folder, () => {
    let context = openFor(values, io, { account });
    let edit: Edit;
    try {
      edit = build(context);
    } catch (error) {
      // Refused on the account alone (an item or a name it may hold elsewhere): ask the whole
      // playbook. A flag of the wrong form is wrong whatever it holds.
      if (!(error instanceof EditError) || error instanceof FlagError) throw error;
      context = openFor(values, io);
      edit = build(context);
    }
    return finish(context, edit, values, io);
  }, { label: relative(io.cwd, folder).split(sep).join('/') || folder });
}

/** Judge and write the edit; the diff goes to standard output, the summary to standard error. */
export function finish(context: EditContext, edit: Edit, values: CommonValues, io: EditEnvironment): number {
  const committed = commitChange(context, edit.change, { dryRun: values['dry-run'], color: wantsColor(io), fs: io.writeFs });
  io.stdout.write(committed.diff);
  // The summary names what content holds (an account's name, an item's `what`): one line, inert.
  const summary = printableLine(edit.summary);
  io.stderr.write(committed.written ? `${summary}\n` : `${summary} (dry run: nothing was written)\n`);
  return 0;
}

export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) throw new UsageError(`${flag} is required.`);
  return value;
}

export function onePositional(positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`name the ${what}.`);
  if (positionals.length > 1) throw new UsageError(`expected one ${what}, got ${positionals.map((p) => JSON.stringify(p)).join(' ')} (quote a value that has spaces).`);
  return positionals[0]!;
}

export function itemRef(text: string): ItemRef {
  const ref = parseItemRef(text);
  if (!ref) throw new UsageError(`${JSON.stringify(text)} is not an item: write <account>/<plan>#<item>, such as northwind/scanner-rollout#install-scanners.`);
  return ref;
}

/** Exactly one positional per name in `whats`, in order. */
export function positionalsOf(positionals: string[], whats: readonly string[]): string[] {
  if (positionals.length < whats.length) throw new UsageError(`name the ${whats[positionals.length]}.`);
  if (positionals.length > whats.length) {
    throw new UsageError(`expected ${whats.join(' and ')}, got ${positionals.map((p) => JSON.stringify(p)).join(' ')} (quote a value that has spaces).`);
  }
  return positionals;
}

/** `<account>/<plan>`, as a plan id. */
export function planId(text: string): string {
  const trimmed = text.trim();
  if (!/^[^/#\s]+\/[^/#\s]+$/.test(trimmed)) throw new UsageError(`${JSON.stringify(text)} is not a plan: write <account>/<plan>, such as northwind/scanner-rollout.`);
  return trimmed;
}
