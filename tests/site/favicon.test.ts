// Every page of the main site names its icon inline (a data: URL), so that no page asks the host
// for /favicon.ico (a 404 on every page before), whatever the base path the site is served under.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesIn } from './cached-build.ts';
import { buildSite, type SiteBuild } from './build-site.ts';
import { FIXTURE_BUILD } from './fixture-playbook.ts';

let site: SiteBuild;

beforeAll(async () => {
  site = await buildSite(FIXTURE_BUILD);
  if (site.status !== 0) throw new Error(site.stderr);
}, 300_000);

describe("the site's icon", () => {
  it('is named inline by every page, the letters and the 404 page included', () => {
    const pages = filesIn(site.outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, relative(site.outDir, file)).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
    }
  });
});
