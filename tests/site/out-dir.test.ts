// The site written outside its project (`playbook build --out /elsewhere`, PLAYBOOK_OUT_DIR):
// Astro renders the pages from chunks it writes under the output folder when it takes that folder
// for one inside the project, and then they must still find their packages. Astro tells by a
// string test, so a folder beside the project named like it (`<project>-out`) is taken for one
// inside it: that build stopped with "Cannot find package 'piccolore'" (src/integration/out-dir.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { misreadAsInside } from '../../src/integration/out-dir.ts';
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
