// `npm run build` refuses a playbook with structural errors, naming every bad file exactly as
// `playbook check` prints its findings, before Astro builds anything; and a content folder that
// is not there, with exit code 2 as the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { formatText } from '../../src/core/report/text.ts';
import { STRUCTURAL_RULES } from '../../src/core/rules/catalog.ts';
import { buildSite, ROOT, type SiteBuild } from './build-site.ts';
import { BROKEN_FILES, FIXTURE_AS_OF } from './fixture-playbook.ts';

let site: SiteBuild;
let missing: SiteBuild;

beforeAll(async () => {
  site = await buildSite({ name: 'broken', files: BROKEN_FILES, asOf: FIXTURE_AS_OF });
  missing = await buildSite({ name: 'missing', contentDir: join(ROOT, 'test-results', 'no-such-playbook'), asOf: FIXTURE_AS_OF });
}, 300_000);

describe('the build gate', () => {
  it('fails and lists every structural finding as the CLI prints them', () => {
    expect(site.status).toBe(1);
    const check = checkPlaybook(site.contentDir, { asOf: FIXTURE_AS_OF, now: new Date(), cwd: ROOT });
    const structural = check.findings.filter((f) => STRUCTURAL_RULES.includes(f.rule));
    expect(new Set(structural.map((f) => f.rule))).toEqual(new Set(['schema', 'unknown-reference', 'duplicate-id', 'dependency-cycle']));
    expect(site.stderr).toContain(formatText(structural, { color: false, asOf: FIXTURE_AS_OF }));
    for (const file of ['accounts/alpha/index.mdx', 'accounts/beta/index.mdx', 'accounts/beta/plan.mdx']) {
      expect(site.stderr).toContain(`content/${file}:`);
    }
  });

  it('says why the build stopped, without a stack trace', () => {
    expect(site.stderr).toContain('The playbook cannot be built: 4 findings of schema, unknown-reference, duplicate-id, dependency-cycle must be fixed first.');
    expect(site.stderr).not.toMatch(/^\s+at /m);
    // The refusal is its own message: Astro's "An unhandled error occurred" is not said before it.
    expect(site.stderr).not.toContain('An unhandled error occurred');
  });

  it('stops before Astro builds anything', () => {
    expect(existsSync(join(site.outDir, 'index.html'))).toBe(false);
  });

  it('exits with 2 when the content folder is not there', () => {
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-playbook does not exist or is not a folder');
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });
});
