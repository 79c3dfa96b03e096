// The corpus of broken playbooks (tests/corpus/, and the generated cases of
// tests/corpus/generated.ts): each is checked as CI checks it, in a process of its own, and must
// give exactly its expected findings (rule, file, line, column, a part of the message), its exit
// code, and nothing on standard error but what it expects (never a stack trace).
//
// A case is a folder: `case.json` says what is expected; `content/` holds the files that differ
// from the base playbook (tests/corpus/_base/content), `remove` the base files it deletes, and
// `setup` what git cannot hold (bytes that are not UTF-8, links, empty folders, pipes, files no
// one may read). A case with `git` is checked with `--base main` against a repository whose main
// branch holds the base playbook with `base/`, and whose branch holds each step in a commit.
//
// Every MDX file that `check` finds nothing wrong with is also read as the site reads it (Astro's
// frontmatter, then the MDX compiler): content that passes the check must build.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GENERATED, type CorpusCase, type ExpectedFinding } from '../corpus/generated.ts';

vi.setConfig({ testTimeout: 120_000 });

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../scripts/playbook.ts', import.meta.url));
const BASE = join(CORPUS, '_base/content');
/** As root, files nobody may read are read by root anyway: the CLI then runs as `nobody`. */
const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65_534, gid: 65_534 } : {};

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

const folders = readdirSync(CORPUS).filter((name) => !name.startsWith('_') && existsSync(join(CORPUS, name, 'case.json')));
const cases: CorpusCase[] = [
  ...folders.map((name) => ({ name, folder: join(CORPUS, name), ...(JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as Omit<CorpusCase, 'name'>) })),
  ...GENERATED,
];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe.concurrent('the corpus of broken playbooks', () => {
  it('holds a case for every class of the issue', () => {
    const classes = new Set(cases.map((c) => c.name.slice(0, 2)));
    expect([...classes].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, corpusCase) => {
    const root = prepare(corpusCase);
    const args = ['check', '--format', 'json', '--as-of', corpusCase.asOf ?? '2026-11-22', ...(corpusCase.git ? ['--base', 'main'] : []), ...(corpusCase.args ?? [])];
    const started = performance.now();
    const result = await run(args, root, corpusCase.setup?.some((step) => step.unreadable) ? AS_NOBODY : {});
    const seconds = (performance.now() - started) / 1000;

    expect(result.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
    if (corpusCase.stderr !== undefined) expect(result.stderr).toContain(corpusCase.stderr);
    else expect(result.stderr).toBe('');
    expect(result.status).toBe(corpusCase.exit);
    if (corpusCase.maxSeconds !== undefined) expect(seconds).toBeLessThan(corpusCase.maxSeconds);
    const findings: Finding[] = result.stdout ? (JSON.parse(result.stdout) as { findings: Finding[] }).findings : [];
    // CORPUS_PRINT=1 shows what each case reports, to write or review its expectations.
    if (process.env.CORPUS_PRINT) console.log([`${corpusCase.name} (exit ${result.status}) ${result.stderr}`, ...findings.map((f) => `  ${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)].join('\n'));
    expect(matchAll(findings, corpusCase.findings, corpusCase.exact !== false)).toEqual({ missing: [], unexpected: [] });
    await expectBuildable(join(root, 'content'), findings);
  });
});

/** The case's playbook in a fresh folder (a git repository for a `git` case); returns the working directory. */
function prepare(corpusCase: CorpusCase): string {
  const root = mkdtempSync(join(tmpdir(), `corpus-${corpusCase.name}-`));
  made.push(root);
  chmodSync(root, 0o755);
  const content = join(root, 'content');
  cpSync(BASE, content, { recursive: true });
  const overlay = (folder: string | undefined, remove: readonly string[] = []) => {
    for (const path of remove) rmSync(join(content, path), { recursive: true, force: true });
    if (folder && existsSync(folder)) cpSync(folder, content, { recursive: true });
  };
  if (corpusCase.git) {
    git(root, 'init', '-q', '-b', 'main');
    overlay(corpusCase.folder && join(corpusCase.folder, 'base'), corpusCase.git.baseRemove);
    commit(root, 'The base', '2026-10-01T12:00:00Z');
    git(root, 'checkout', '-q', '-b', 'change');
    corpusCase.git.steps.forEach((step, i) => {
      overlay(corpusCase.folder && join(corpusCase.folder, step.folder), step.remove);
      for (const [from, to] of Object.entries(step.move ?? {})) git(root, 'mv', `content/${from}`, `content/${to}`);
      for (const [path, text] of Object.entries(step.files ?? {})) write(join(content, path), text);
      commit(root, `Step ${i + 1}`, `2026-11-2${i}T12:00:00Z`);
    });
  } else {
    overlay(corpusCase.folder && join(corpusCase.folder, 'content'), corpusCase.remove);
  }
  for (const [path, text] of Object.entries(corpusCase.files ?? {})) write(join(content, path), text);
  for (const step of corpusCase.setup ?? []) {
    const target = join(content, step.path);
    if (step.bytes !== undefined) write(target, Buffer.from(step.bytes, 'latin1'));
    if (step.utf16 !== undefined) write(target, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(step.utf16, 'utf16le')]));
    if (step.symlink !== undefined) {
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(step.symlink, target);
    }
    if (step.folder) mkdirSync(target, { recursive: true });
    if (step.fifo) spawnSync('mkfifo', [target]);
    if (step.unreadable) chmodSync(target, 0o000);
  }
  for (const path of walk(root)) if (!(corpusCase.setup ?? []).some((s) => s.unreadable && join(content, s.path) === path)) chmodIfMine(path);
  return root;
}

/** Everything else readable by the `nobody` an unreadable case runs as. */
function chmodIfMine(path: string): void {
  try {
    const stats = statSync(path);
    chmodSync(path, stats.isDirectory() ? 0o755 : 0o644);
  } catch {
    // A link that leads nowhere, or a file meant to be unreadable.
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === '.git') continue;
    const path = join(dir, name);
    out.push(path);
    try {
      // lstat: a link is not followed (one may lead back up, c3-looping-link).
      if (lstatSync(path).isDirectory()) out.push(...walk(path));
    } catch {
      // Not followed.
    }
  }
  return out;
}

function write(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

function git(root: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: gitEnv() });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

function commit(root: string, message: string, date: string): void {
  git(root, 'add', '-A');
  spawnSync('git', ['commit', '-q', '-m', message], { cwd: root, env: { ...gitEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' };
}

function run(args: string[], cwd: string, user: { uid?: number; gid?: number }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(PLAYBOOK_|FORCE_COLOR|NO_COLOR|GIT_)/.test(key)) env[key] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...args], { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Each expected finding matched by one actual finding; with `exact`, nothing else found either. */
function matchAll(actual: readonly Finding[], expected: readonly ExpectedFinding[], exact: boolean) {
  const left = [...actual];
  const missing: ExpectedFinding[] = [];
  for (const want of expected) {
    const i = left.findIndex(
      (f) => f.rule === want.rule && f.file === `content/${want.file}` && f.line === want.line && (want.column === undefined || f.column === want.column) && f.message.includes(want.message),
    );
    if (i < 0) missing.push(want);
    else left.splice(i, 1);
  }
  const unexpected = exact ? left.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`) : [];
  return { missing, unexpected };
}

/** Astro's frontmatter reader and the MDX compiler, for the files the check found nothing wrong with. */
async function expectBuildable(content: string, findings: readonly Finding[]): Promise<void> {
  const { parseFrontmatter } = await import('@astrojs/internal-helpers/frontmatter');
  const { mdxToJs } = await import('satteri');
  const flagged = new Set(findings.filter((f) => f.rule === 'schema').map((f) => f.file));
  for (const path of walk(content)) {
    if (!path.endsWith('.mdx') || flagged.has(`content/${relative(content, path)}`)) continue;
    let code: string;
    try {
      if (!statSync(path).isFile()) continue;
      code = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
    expect(parsed.rawFrontmatter, `${path}: the site finds its frontmatter`).not.toBe('');
    await mdxToJs(parsed.content, { fileURL: pathToFileURL(path), jsxImportSource: 'astro', elementAttributeNameCase: 'html', data: { astro: { frontmatter: parsed.frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } } });
  }
}
