// The corpus's base playbook (tests/corpus/_base) has bodies that are real MDX: elements with
// attributes and `{expressions}`. `check` finds nothing wrong with it, so the site must build
// it, and show what the expressions compute. (An earlier base used `<Timeline />`, which nothing
// defines: check passed it and the build crashed, which is what check now reports first.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type SiteBuild } from './build-site.ts';

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ name: 'corpus-base', contentDir: join(ROOT, 'tests/corpus/_base/content'), asOf: '2026-11-22', git: 'outside' });
}, 300_000);

describe('a playbook with MDX bodies that check passes', () => {
  it('builds', () => {
    expect(site.stderr).not.toMatch(/Error|\n\s+at /);
    expect(site.status).toBe(0);
  });

  it('renders the bodies, expressions computed', () => {
    const plan = readFileSync(join(site.outDir, 'accounts/northwind/rollout/index.html'), 'utf8');
    expect(plan).toMatch(/<figure class="timeline" data-items="2" title="a \{b\} c">Two phases, 4 weeks each<\/figure>/);
    const account = readFileSync(join(site.outDir, 'accounts/northwind/index.html'), 'utf8');
    expect(account).toContain('<span class="note">Budget talks start in January.</span>');
    const guide = readFileSync(join(site.outDir, 'guides/handing-over/index.html'), 'utf8');
    expect(guide).toContain('This guide: Handing a deal to delivery.');
  });
});
