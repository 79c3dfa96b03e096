// The site written outside its project (`playbook build --out /elsewhere`, PLAYBOOK_OUT_DIR):
// Astro renders the pages from chunks it writes under the output folder when it takes that folder
// for one inside the project, and then they must still find their packages. Astro tells by a
// string test, so a folder beside the project named like it (`<project>-out`) is taken for one
// inside it: that build stopped with "Cannot find package 'piccolore'" (src/integration/out-dir.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { misreadAsInside, outDirProblem } from '../../src/integration/out-dir.ts';
import { ROOT } from './build-site.ts';

const elsewhere = mkdtempSync(join(tmpdir(), 'followthrough-out-'));
// Beside the repository, its name beginning with the repository's.
const beside = mkdtempSync(join(dirname(ROOT), `${basename(ROOT)}-out-`));
afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(beside, { recursive: true, force: true });
});

function build(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PLAYBOOK_AS_OF: '2026-11-22', PLAYBOOK_CACHE_DIR: join(elsewhere, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

function expectWholeSite(outDir: string): void {
  expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  expect(existsSync(join(outDir, 'accounts', 'kestrel-transit', 'index.html'))).toBe(true);
  expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
}

describe('a site built outside its project', () => {
  it('tells the folders Astro misreads from the others', () => {
    expect(misreadAsInside('/work/site-out/dist', '/work/site')).toBe(true);
    expect(misreadAsInside('/work/site/dist', '/work/site')).toBe(false);
    expect(misreadAsInside('/tmp/dist', '/work/site')).toBe(false);
    expect(misreadAsInside('/work/site', '/work/site')).toBe(false);
  });

  it('is written whole, with its search index, anywhere else', () => {
    const outDir = join(elsewhere, 'site');
    const result = build(['scripts/build.ts'], { PLAYBOOK_OUT_DIR: outDir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`build: site and search index written to ${outDir} in `);
    expectWholeSite(outDir);
  }, 180_000);

  it('is written whole beside the project, in a folder named like it, and nothing is left behind', () => {
    const outDir = join(beside, 'site');
    const result = build(['scripts/playbook.ts', 'build', '--out', outDir], {});
    expect(result.stderr).not.toContain('piccolore');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`build: site and search index written to ${outDir} in `);
    expectWholeSite(outDir);
    expect(existsSync(join(outDir, '.prerender'))).toBe(false);
    expect(existsSync(join(ROOT, 'node_modules', '.cache', 'followthrough', 'site'))).toBe(false);
  }, 180_000);

  it("and a client's view there too", () => {
    const outDir = join(beside, 'client');
    const result = build(['scripts/playbook.ts', 'build', '--client', 'kestrel-transit', '--out', outDir], {});
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(outDir)).toEqual(['kestrel-transit']);
    expect(existsSync(join(outDir, 'kestrel-transit', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'kestrel-transit', 'pagefind', 'pagefind.js'))).toBe(true);
  }, 180_000);
});

describe('an output folder that holds what a build would delete', () => {
  const places = { cwd: '/work/site', contentDir: '/work/site/content' };

  it('is refused when it holds the project, the content, a git repository or files no build wrote', () => {
    expect(outDirProblem('/work/site', places)).toBe('it holds the project (/work/site)');
    expect(outDirProblem('/work', places)).toBe('it holds the project (/work/site)');
    expect(outDirProblem('/work/site/content', { cwd: '/elsewhere', contentDir: '/work/site/content' })).toBe('it holds the content folder (/work/site/content)');
    const repo = join(elsewhere, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(repo, 'index.html'), '');
    expect(outDirProblem(repo, places)).toBe('it is a git repository');
    const notes = join(elsewhere, 'notes');
    mkdirSync(notes);
    for (const name of ['b.txt', 'a.txt', 'c.txt', 'd.txt']) writeFileSync(join(notes, name), '');
    expect(outDirProblem(notes, places)).toBe('it holds files that no build wrote (a.txt, b.txt, c.txt, ...)');
  });

  it('is accepted when it is not there, empty, or an earlier build wrote it', () => {
    expect(outDirProblem(join(elsewhere, 'not-there'), places)).toBeUndefined();
    const built = join(elsewhere, 'built');
    mkdirSync(join(built, '_astro'), { recursive: true });
    writeFileSync(join(built, 'index.html'), '');
    expect(outDirProblem(built, places)).toBeUndefined();
    // A build that stopped half-way leaves Astro's render chunks: the next build may go on.
    const halfWay = join(elsewhere, 'half-way');
    mkdirSync(join(halfWay, '.prerender', 'chunks'), { recursive: true });
    expect(outDirProblem(halfWay, places)).toBeUndefined();
  });

  it('stops `playbook build --out`, exit 2, and leaves the folder as it was', () => {
    const notes = join(beside, 'notes');
    mkdirSync(notes);
    writeFileSync(join(notes, 'thesis.txt'), 'years of work');
    const result = build(['scripts/playbook.ts', 'build', '--out', notes], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`The site is not written to ${notes}: a build empties its output folder first, and it holds files that no build wrote (thesis.txt). Choose an empty folder, or one an earlier build wrote.`);
    expect(result.stderr).not.toContain('An unhandled error occurred');
    expect(readFileSync(join(notes, 'thesis.txt'), 'utf8')).toBe('years of work');
    const content = build(['scripts/playbook.ts', 'build', '--client', 'kestrel-transit', '--out', join(ROOT, 'content', 'accounts')], {});
    expect(content.status).toBe(2);
    expect(content.stderr).toContain('it is not a client site an earlier build wrote');
    expect(existsSync(join(ROOT, 'content', 'accounts', 'kestrel-transit', 'index.mdx'))).toBe(true);
  }, 180_000);
});
