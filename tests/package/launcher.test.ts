// The package's `playbook` bin (lib/playbook.cjs, src/cli/launcher.ts): it runs the command from
// lib/cli.cjs and keeps a V8 code cache per command, made after a run. What a user sees must not
// depend on the cache: the same output and exit code with none, with one, with a corrupt one and
// with caching turned off; and a cache in a folder others could write to is never read.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundle } from '../../scripts/bundle.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ROOT = resolve(import.meta.dirname, '../..');
// Inside the repository, so that the bundle finds the installed packages as the packed one does.
const LIB = join(ROOT, 'test-results', 'launcher', 'lib');
const BIN = join(LIB, 'playbook.cjs');
const AS_OF = '2026-11-22';
const temp = mkdtempSync(join(tmpdir(), 'followthrough-launcher-'));

beforeAll(async () => {
  await bundle(LIB);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function playbook(args: string[], env: NodeJS.ProcessEnv = {}, entry = BIN): Ran {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE', 'PLAYBOOK_CONTENT_DIR', 'PLAYBOOK_AS_OF']) delete base[name];
  const result = spawnSync(process.execPath, [entry, ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHECK = ['check', '--content', 'content', '--as-of', AS_OF, '--format', 'json'];
/** The command from the sources, which no cache of ours touches: what every run must print. */
const expected = () => playbook(CHECK, { NODE_DISABLE_COMPILE_CACHE: '1' }, join(ROOT, 'scripts', 'playbook.ts'));

/** The one cache file of `command` under the cache root `root`. */
function cacheOf(root: string, command: string): string {
  const folder = join(root, `followthrough-${process.getuid?.() ?? 'user'}`);
  const names = readdirSync(folder).filter((name) => name.endsWith(`-${command}.v8`) && statSync(join(folder, name)).size > 100);
  expect(names).toHaveLength(1);
  return join(folder, names[0]!);
}

describe('the playbook bin and its code cache', () => {
  let want: Ran;
  beforeAll(() => {
    want = expected();
    expect(want.status).toBe(0);
    expect(JSON.parse(want.stdout).findings.length).toBeGreaterThan(0);
  });

  it('prints what the sources print, writes a cache for the command after the first run, and reads it unchanged after', () => {
    const root = join(temp, 'fresh');
    const first = playbook(CHECK, { NODE_COMPILE_CACHE: root });
    expect(first).toEqual(want);
    const cache = cacheOf(root, 'check');
    const written = statSync(cache);
    expect(written.size).toBeGreaterThan(100_000);
    expect(written.mode & 0o077).toBe(0);

    const second = playbook(CHECK, { NODE_COMPILE_CACHE: root });
    expect(second).toEqual(want);
    // Accepted, so not written again: the same file (a rewrite renames a new one into place).
    expect(statSync(cache).ino).toBe(written.ino);
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
  });

  it('runs a bundle of ASCII alone, which it reads as Latin-1, and prints what is not ASCII as the sources do', () => {
    const bytes = readFileSync(join(LIB, 'cli.cjs'));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
    // The report's own marks (weeks as blocks and dots, a rise as ▲), through the bundle as from the sources.
    const trend = ['report', '--trend', '--content', 'content', '--as-of', AS_OF];
    const bundled = playbook(trend, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(bundled.stdout).toContain('▲ +');
    expect(bundled.stdout).toContain('·');
    expect(bundled).toEqual(playbook(trend, { NODE_DISABLE_COMPILE_CACHE: '1' }, join(ROOT, 'scripts', 'playbook.ts')));
  });

  it('a corrupt cache changes nothing the user sees, and is replaced', () => {
    const root = join(temp, 'corrupt');
    playbook(CHECK, { NODE_COMPILE_CACHE: root });
    const cache = cacheOf(root, 'check');
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(playbook(CHECK, { NODE_COMPILE_CACHE: root })).toEqual(want);
    expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it.skipIf(process.getuid === undefined)('never reads a cache from a folder others can write to', () => {
    const root = join(temp, 'shared');
    playbook(CHECK, { NODE_COMPILE_CACHE: root });
    const cache = cacheOf(root, 'check');
    const folder = join(cache, '..');
    chmodSync(folder, 0o777);
    const planted = statSync(cache).ino;
    expect(playbook(CHECK, { NODE_COMPILE_CACHE: root })).toEqual(want);
    // Not read, so written anew: another file now, in a folder that is the user's alone again.
    expect(statSync(cache).ino).not.toBe(planted);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const rewritten = statSync(cache).ino;
    expect(playbook(CHECK, { NODE_COMPILE_CACHE: root })).toEqual(want);
    expect(statSync(cache).ino).toBe(rewritten);
  });

  it('removes the caches of other bundles once a day old, and keeps younger ones (another project may use them)', () => {
    const root = join(temp, 'pruned');
    const folder = join(root, `followthrough-${process.getuid?.() ?? 'user'}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stale = join(folder, '0123456789abcdef-1-1-v24.0.0-x64-check.v8');
    const young = join(folder, 'fedcba9876543210-1-1-v24.0.0-x64-check.v8');
    writeFileSync(stale, 'old');
    writeFileSync(young, 'new');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    expect(playbook(CHECK, { NODE_COMPILE_CACHE: root })).toEqual(want);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(young)).toBe(true);
    cacheOf(root, 'check');
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 writes no cache', () => {
    const root = join(temp, 'off');
    expect(playbook(CHECK, { NODE_COMPILE_CACHE: root, NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(want);
    expect(existsSync(root)).toBe(false);
  });

  it('each command has its own cache; help, --version and an unknown command share one', () => {
    const root = join(temp, 'commands');
    const env = { NODE_COMPILE_CACHE: root };
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(playbook(['--version'], env)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    cacheOf(root, 'other');
    // A run that is only a usage error, or help, leaves no cache for the command: it would hold
    // little of the command's code, and be kept.
    const unknown = playbook(['chekc'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^playbook: unknown command `chekc` \(did you mean check\?\)/);
    expect(playbook(['log', '--help'], env).stdout).toMatch(/^Usage: playbook log/);
    expect(playbook(['log', '--kind', 'call'], env).status).toBe(2);
    expect(readdirSync(join(root, `followthrough-${process.getuid?.() ?? 'user'}`)).map((name) => /-(\w+)\.v8$/.exec(name)?.[1])).toEqual(['other']);

    // An edit through the bin: the touchpoint is written, and `log` gets a cache of its own.
    const content = join(temp, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const account = readdirSync(join(content, 'accounts')).sort()[0]!;
    const owner = /^owner: *(\S+)/m.exec(readFileSync(join(content, 'accounts', account, 'index.mdx'), 'utf8'))![1]!;
    const logged = playbook(['log', account, '--by', owner, '--kind', 'call', '--note', 'Through the bin', '--content', content, '--as-of', AS_OF], env);
    expect(logged.status, logged.stderr).toBe(0);
    expect(readFileSync(join(content, 'accounts', account, 'index.mdx'), 'utf8')).toContain('Through the bin');
    cacheOf(root, 'log');

    // `build` runs from the ES modules (lib/cli.js, with the integration's chunks), without a cache of ours.
    const usage = playbook(['build', '--help'], env);
    expect(usage).toEqual(playbook(['build', '--help'], {}, join(ROOT, 'scripts', 'playbook.ts')));
    expect(usage.stdout).toMatch(/^Usage: playbook build/);
    expect(readdirSync(join(root, `followthrough-${process.getuid?.() ?? 'user'}`)).map((name) => /-(\w+)\.v8$/.exec(name)?.[1]).sort()).toEqual(['log', 'other']);
  });
});
