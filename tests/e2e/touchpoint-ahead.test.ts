// A touchpoint written for a day after the build (tests/site/reading-surprises.test.ts: a review
// with Northwind on 2026-11-25, three days after the build) counts from its day on: read in
// Chromium on 2026-11-26, the dashboard, the reports and the account's page show what a build made
// for 2026-11-26 shows (the stale follow-up and the overdue review gone, the future-date error gone,
// the last contact 2026-11-25), as docs/site.md says.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { READING_BUILD } from '../site/reading-playbook.ts';
import { HAS_BROWSER, launch, seen } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DAY = '2026-11-26';


describe.skipIf(!HAS_BROWSER)('a touchpoint written ahead, read on a later day', () => {
  let built: StaticServer;
  let later: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const site = await buildSite(READING_BUILD);
    const other = await buildSite({ ...READING_BUILD, name: `reading-surprises-${DAY}`, asOf: DAY });
    if (site.status !== 0 || other.status !== 0) throw new Error(site.stderr + other.stderr);
    built = await serveStatic(site.outDir);
    later = await serveStatic(other.outDir);
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
    await later?.close();
  });

  async function read(server: StaticServer, path: string): Promise<string[]> {
    await page.goto(`${server.url}${path}?today=${DAY}`);
    return seen(page);
  }

  it.each(['/', '/reports/', '/accounts/', '/accounts/northwind/'])('%s shows what a build for that day shows', async (path) => {
    expect(await read(built, path)).toEqual(await read(later, path));
  }, 120_000);
});
