// Clicking a finding about a touchpoint or a handoff checklist item, in Chromium, lands on that
// row (the row is the page's :target, and on screen), not at the top of the account's or plan's
// page (tests/site/finding-rows.test.ts checks every such link of the built pages). Read on the
// build's day (`?today=`), when the touchpoint is still ahead and the future-date error holds.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { FINDING_ROWS_BUILD } from '../site/finding-rows-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

describe.skipIf(!HAS_BROWSER)('a finding about a row, clicked', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const site = await buildSite(FINDING_ROWS_BUILD);
    if (site.status !== 0) throw new Error(site.stderr);
    server = await serveStatic(site.outDir);
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function landsOn(link: string, id: string, text: string) {
    await page.locator(link).click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    expect(await page.locator(':target').innerText()).toContain(text);
    await expect.poll(() => page.locator(':target').isVisible()).toBe(true);
    // On screen, not only in the page: its row is scrolled to.
    const box = await page.locator(':target').boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 900).toBe(true);
  }

  it('lands on the touchpoint from the reports page and from the account page', async () => {
    await page.goto(`${server.url}/reports/?today=${FINDING_ROWS_BUILD.asOf}`);
    await landsOn('li[data-rule="future-date"]:not([hidden]) .finding__about a', 'touchpoint-2026-11-30-kim-lee-meeting', 'Site walk planned for next week');
    expect(new URL(page.url()).pathname).toBe('/accounts/birch/');
    await landsOn('li[data-rule="owner-absent"]:not([hidden]) a.finding__row', 'touchpoint-2026-09-01-jane-doe-call', 'Jane checked in after the handoff');
  }, 60_000);

  it('lands on the checklist item from the reports page', async () => {
    await page.goto(`${server.url}/reports/?today=${FINDING_ROWS_BUILD.asOf}`);
    await landsOn('li[data-rule="handoff-incomplete"] .finding__about a', 'handoff-delivery-briefed', 'Delivery team briefed');
  }, 60_000);
});
