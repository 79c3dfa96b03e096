// Two editing commands on one file at once: each one's read-modify-write holds a lock, so the
// second waits and edits what the first wrote, and every edit reported as written is on disk.
// A command that cannot get the lock in time refuses and writes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { commitChange, openPlaybook } from '../../src/core/edit/apply.ts';
import { EditError } from '../../src/core/edit/errors.ts';
import { digest128, lockPath, withLock } from '../../src/core/edit/lock.ts';
import { AS_OF, FILES, makeFixture, NOW, type Fixture } from './fixture.ts';

vi.setConfig({ testTimeout: 120_000 });

const ENTRY = fileURLToPath(new URL('../../scripts/playbook.ts', import.meta.url));
const ACCOUNT = 'accounts/northwind/index.mdx';
const PLAN = 'accounts/northwind/rollout.mdx';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

function playbook(argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PLAYBOOK_AS_OF: AS_OF, NO_COLOR: '1' };
    delete env.PLAYBOOK_CONTENT_DIR;
    const child = spawn(process.execPath, [ENTRY, ...argv], { cwd: fixture.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const errorsOf = () => checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root }).findings.filter((f) => f.severity === 'error');

describe('commands editing one file at the same time', () => {
  it('six `log`s on one account: all six touchpoints are written, each once', async () => {
    const notes = Array.from({ length: 6 }, (_, i) => `Concurrent call ${i}`);
    const results = await Promise.all(notes.map((note) => playbook(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', note])));
    for (const result of results) expect([result.code, result.stderr]).toEqual([0, expect.stringMatching(/^Logged a call/)]);
    const text = fixture.read(ACCOUNT);
    for (const note of notes) expect(text.split(`note: ${note}\n`)).toHaveLength(2);
    expect(errorsOf()).toEqual([]);
  });

  it('different commands on one plan at once: every edit that says it was written is on disk', async () => {
    const results = await Promise.all([
      playbook(['done', 'northwind/rollout#pilot', '--date', '2026-11-19']),
      playbook(['slip', 'northwind/rollout#train-staff', '--to', '2026-12-18', '--told', 'Bob Smith', '--reason', 'Trainer ill']),
      playbook(['drop', 'northwind/rollout#site-8', '--reason', 'Site closed', '--told', 'Bob Smith']),
      playbook(['handoff', 'northwind/rollout', 'partner-onboarded', '--date', '2026-08-26', '--force']),
    ]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const text = fixture.read(PLAN);
    expect(text).toContain('    due: 2026-10-15          # the pilot\n    done: 2026-11-19\n');
    expect(text).toContain('reason: Trainer ill');
    expect(text).toContain('dropped: { date: 2026-11-20, reason: Site closed, told: Bob Smith }');
    expect(text).toContain('partner-onboarded: 2026-08-26');
    expect(errorsOf()).toEqual([]);
  });
});

describe('the lock', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => {
    holder?.kill();
    holder = undefined;
  });

  /** Writes the lock of `target` as a process `pid` on this host would. */
  const hold = (target: string, pid: number, at = new Date()) => {
    const lock = lockPath(target);
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid, host: hostname(), at: at.toISOString() }));
    return lock;
  };

  it('held by a running command: the edit waits, then refuses and writes nothing', () => {
    holder = spawn('sleep', ['60']);
    const target = join(fixture.content, ACCOUNT);
    const lock = hold(target, holder.pid!);
    const context = openPlaybook(fixture.content, { cwd: fixture.root, now: NOW, asOf: AS_OF });
    const before = FILES[ACCOUNT]!;
    const hash = fixture.hash();
    const started = Date.now();
    expect(() => withLock(target, () => commitChange(context, { contentPath: ACCOUNT, before, after: `${before}\n` }), { waitMs: 300, label: 'content/accounts/northwind/index.mdx' })).toThrow(
      new EditError(`another playbook command (process ${holder.pid}) is editing content/accounts/northwind/index.mdx and has not finished; nothing was written. Run this command again once it is done.`),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fixture.hash()).toBe(hash);
    expect(existsSync(lock)).toBe(true);
  });

  it('is named after the real path: every way of naming a folder meets in one lock, and different folders never share one', () => {
    const folder = join(fixture.content, 'accounts/northwind');
    expect(lockPath(join(fixture.content, 'accounts', '.', 'northwind'))).toBe(lockPath(folder));
    expect(lockPath(folder)).toMatch(/[/\\][0-9a-f]{32}\.lock$/);
    // 20,000 paths that differ by one character, in every place: 20,000 names.
    const names = new Set<string>();
    for (let i = 0; i < 20_000; i++) names.add(digest128(`/srv/playbook/content/accounts/account-${i}`));
    for (let i = 0; i < 40; i++) names.add(digest128(`/srv/playbook/content/accounts/account-0`.replace(/./g, (c, at) => (at === i ? '_' : c))));
    expect(names.size).toBe(20_040);
  });

  it('outside git, is in one folder whatever $TMPDIR each command was run with', () => {
    const target = join(fixture.content, ACCOUNT);
    const before = process.env.TMPDIR;
    try {
      process.env.TMPDIR = join(fixture.root, 'tmp-a');
      const first = lockPath(target);
      process.env.TMPDIR = join(fixture.root, 'tmp-b');
      expect(lockPath(target)).toBe(first);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  it('in a repository, is the same through a link to the content folder from outside it', () => {
    // Made a work tree before anything asks where its git folder is (scratch.ts remembers).
    mkdirSync(join(fixture.root, '.git'));
    const target = join(fixture.content, ACCOUNT);
    const outside = mkdtempSync(join(tmpdir(), 'playbook-link-'));
    try {
      symlinkSync(fixture.content, join(outside, 'content'));
      expect(lockPath(join(outside, 'content', ACCOUNT))).toBe(lockPath(target));
      expect(dirname(lockPath(target))).toBe(join(realpathSync(fixture.root), '.git', 'playbook', 'locks'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('left by a command that was killed: taken over, and released after the edit', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    const lock = hold(join(fixture.content, 'accounts/northwind'), dead.pid!);
    const result = await playbook(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call']);
    expect(result.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('the check and the write are one step: a write that lands between two edits makes the second refuse', () => {
    const first = openPlaybook(fixture.content, { cwd: fixture.root, now: NOW, asOf: AS_OF });
    const second = openPlaybook(fixture.content, { cwd: fixture.root, now: NOW, asOf: AS_OF });
    const before = FILES[ACCOUNT]!;
    commitChange(first, { contentPath: ACCOUNT, before, after: before.replace('Who they are', 'Who they really are') });
    expect(() => commitChange(second, { contentPath: ACCOUNT, before, after: before.replace('Who they are', 'Who they were') })).toThrow(/changed while this command ran; nothing was written/);
    expect(fixture.read(ACCOUNT)).toBe(before.replace('Who they are', 'Who they really are'));
  });
});
