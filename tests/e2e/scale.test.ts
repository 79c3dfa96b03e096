// The site of a 1,000-account playbook in Chromium: no HTML page over 300 KB, and none of the main
// or largest pages takes over 0.8 s to load (scripts/measure-pages.ts, median of five loads).
// Slow (a minute or two of build), so it runs only when asked: PLAYBOOK_SCALE_TEST=1.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { buildSite, ROOT, type SiteBuild } from '../site/build-site.ts';
import { HAS_BROWSER } from './browser.ts';

const ASKED = process.env.PLAYBOOK_SCALE_TEST === '1';
const AS_OF = '2026-11-22';

describe.skipIf(!HAS_BROWSER || !ASKED)('the site of 1,000 accounts', () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await buildSite({ name: 'scale-1000', files: Object.fromEntries(generatePlaybook({ accounts: 1000, asOf: AS_OF })), asOf: AS_OF, git: 'outside' });
    if (site.status !== 0) throw new Error(site.stderr);
  }, 900_000);

  it('has no page over 300 KB and none over 0.8 s to load', () => {
    const run = spawnSync(process.execPath, ['scripts/measure-pages.ts', site.outDir, '--top', '10', '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { over300kb: number; loads: { path: string; ms: number }[] };
    expect(report.over300kb).toBe(0);
    for (const load of report.loads) expect(load.ms, load.path).toBeLessThanOrEqual(800);
  }, 300_000);
});
