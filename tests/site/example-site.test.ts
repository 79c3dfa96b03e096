// The example playbook (content/), the one the README's quick start checks, built as a team would
// see it: people read names, not ids, wherever the content writes an id (an internal item's slip
// may say it was told to one of our people), and a company's name keeps its capitals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, textOf, type SiteBuild } from './build-site.ts';

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ name: 'example', contentDir: join(ROOT, 'content'), asOf: '2026-11-22', git: 'outside' });
}, 300_000);

const html = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

describe('the example playbook as a site', () => {
  it('builds', () => {
    expect(site.stderr).not.toMatch(/Error|\n\s+at /);
    expect(site.status).toBe(0);
  });

  it('says who was told by name, also where the content writes a person id', () => {
    // managed-service.mdx: an internal commitment's slip, `told: liam-oconnor`.
    const told = [...html('accounts/harbourline-logistics/managed-service').matchAll(/data-label="Who was told">([^<]*)</g)].map((m) => textOf(m[1]!));
    expect(told).toContain("Liam O'Connor");
    expect(told).not.toContain('liam-oconnor');
  });

  it("keeps the company's capitals in the letter's additions", () => {
    expect(textOf(html('accounts/harbourline-logistics/phase-2-cross-dock/agreement'))).toContain('(Northpeak Field Services will)');
  });
});
