// A page read on a later day (`?today=`) keeps that day on the links a reader follows to the
// site's own pages, in Chromium: clicked, followed from the keyboard, opened in a new tab; a
// finding's link lands on its row for the same day. Links that leave the site (the edit link),
// feeds and calendars, and every link of a page read without `?today=`, stay as they were. The
// client's site does the same with its relative links. (It dropped the day: the next page was
// read for the build's day, or the reader's clock.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../client-site/build-client.ts';
import { buildSite } from '../site/build-site.ts';
import { FIXTURE_BUILD } from '../site/fixture-playbook.ts';
import { RICH_AS_OF, RICH_FILES } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const DAY = '2026-12-10';

describe.skipIf(!HAS_BROWSER)('links on a page read on a later day', () => {
  let main: StaticServer;
  let client: StaticServer;
  let account: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    const site = await buildSite(FIXTURE_BUILD);
    const clients = await buildClient({ name: 'rich-all', files: RICH_FILES, asOf: RICH_AS_OF, client: ['all'] });
    for (const [name, result] of [['main site', site], ['client sites', clients]] as const) {
      if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.stderr}`);
    }
    main = await serveStatic(site.outDir);
    client = await serveStatic(clients.outDir);
    // The first client with a plan to share.
    account = readdirSync(clients.outDir).sort().find((name) => existsSync(join(clients.outDir, name, 'plans')))!;
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of [main, client]) await server?.close();
  });

  const at = (page: Page) => {
    const url = new URL(page.url());
    return `${url.pathname}${url.search}${url.hash}`;
  };
  const readFor = (page: Page) => page.evaluate(() => document.documentElement.dataset.today);

  it("follows a finding from the reports to its row, and the site's navigation, for the same day", async () => {
    const page = await context.newPage();
    await page.goto(`${main.url}/reports/?today=${DAY}`);
    await page.locator('#rule-overdue .finding__about a', { hasText: 'Order the handheld scanners' }).click();
    await page.waitForURL(/rollout/);
    expect(at(page)).toBe(`/accounts/northwind/rollout/?today=${DAY}#commitment-order-hardware`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('commitment-order-hardware');
    expect(await readFor(page)).toBe(DAY);
    expect(await page.locator('#as-of-note').innerText()).toContain(`Today is ${DAY}`);
    // A finding beside the plan links to the row on this page: the address, and the day, stay.
    await page.locator('#findings-list .finding__about a', { hasText: 'Order the handheld scanners' }).click();
    expect(at(page)).toBe(`/accounts/northwind/rollout/?today=${DAY}#commitment-order-hardware`);
    // From the keyboard.
    await page.locator('.site-nav a', { hasText: 'People' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people\//);
    expect(at(page)).toBe(`/people/?today=${DAY}`);
    expect(await readFor(page)).toBe(DAY);
    await page.close();
  }, 120_000);

  it('opens a link in a new tab for the same day', async () => {
    const page = await context.newPage();
    await page.goto(`${main.url}/?today=${DAY}`);
    const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('.site-nav a', { hasText: 'Accounts' }).click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    expect(at(tab)).toBe(`/accounts/?today=${DAY}`);
    expect(await readFor(tab)).toBe(DAY);
    // And the address the browser shows for a link pointed at is the one with the day.
    await page.locator('.site-nav a', { hasText: 'Reports' }).hover();
    expect(await page.locator('.site-nav a', { hasText: 'Reports' }).getAttribute('href')).toBe(`/reports/?today=${DAY}`);
    await tab.close();
    await page.close();
  }, 120_000);

  it("leaves alone what is not a page of the site, and every link of a page read without ?today=", async () => {
    const page = await context.newPage();
    await page.goto(`${main.url}/accounts/northwind/rollout/?today=${DAY}`);
    const links = 'a.edit-link, .page-source__edit, .site-footer a';
    const hrefs = () => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((a) => a.getAttribute('href')), links);
    const before = await hrefs();
    expect(before.some((href) => href!.startsWith('https://git.example/'))).toBe(true);
    // Pointed at, focused, about to be opened from the menu: some are in findings of later days, hidden.
    await page.evaluate((selector) => {
      for (const a of document.querySelectorAll(selector)) for (const type of ['mouseover', 'focusin', 'contextmenu']) a.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }, links);
    expect(await hrefs()).toEqual(before);
    expect(before).toContain('/commitments.json');

    await page.goto(`${main.url}/reports/`);
    await page.locator('.site-nav a', { hasText: 'People' }).click();
    await page.waitForURL(/\/people\//);
    expect(at(page)).toBe('/people/');
    await page.close();
  }, 120_000);

  it("keeps the day on the client's site, from its plans to a plan and back", async () => {
    const page = await context.newPage();
    await page.goto(`${client.url}/${account}/index.html?today=${DAY}`);
    await page.locator('a[href^="plans/"]').first().click();
    await page.waitForURL(/\/plans\//);
    expect(at(page)).toMatch(new RegExp(`^/${account}/plans/[a-z0-9-]+/index\\.html\\?today=${DAY}$`));
    expect(await readFor(page)).toBe(DAY);
    await page.locator(`a[href="../../index.html"]`).first().click();
    await page.waitForURL(new RegExp(`/${account}/index\\.html`));
    expect(at(page)).toBe(`/${account}/index.html?today=${DAY}`);
    await page.close();
  }, 120_000);
});
