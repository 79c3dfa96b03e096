// The site written outside its project (`playbook build --out /elsewhere`, PLAYBOOK_OUT_DIR): Astro
// renders the pages from chunks it writes under the output folder, which must still find their
// packages (an audit saw "Cannot find package 'piccolore'" there; not seen again, so held here).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-site.ts';

const outside = mkdtempSync(join(tmpdir(), 'followthrough-out-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('a site built outside its project', () => {
  it('is written whole, with its search index', () => {
    const outDir = join(outside, 'site');
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PLAYBOOK_OUT_DIR: outDir, PLAYBOOK_AS_OF: '2026-11-22', PLAYBOOK_CACHE_DIR: join(outside, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`build: site and search index written to ${outDir} in `);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'accounts', 'kestrel-transit', 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  }, 180_000);
});
