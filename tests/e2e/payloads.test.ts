// Script payloads in every field of a playbook (tests/site/payload-playbook.ts), read in Chromium:
// on no page does any of them run (no `window.__pwned`, no dialog), search and its filters
// included; every link goes to http(s), mailto or this site (or is the site's inline icon); and each name is shown as written.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { PAYLOAD_BUILD } from '../site/payload-playbook.ts';
import { FAVICON } from '../../src/site/favicon.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Every HTML page of a built site, as site paths. */
export function sitePages(outDir: string, dir = outDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : sitePages(outDir, path);
    if (name !== 'index.html') return [];
    const route = relative(outDir, dir).split('\\').join('/');
    return [route ? `/${route}/` : '/'];
  });
}

describe.skipIf(!HAS_BROWSER)('a playbook with script in every field, in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let pages: string[];
  const ran: string[] = [];

  beforeAll(async () => {
    const site = await buildSite(PAYLOAD_BUILD);
    if (site.status !== 0) throw new Error(`the payload site did not build:\n${site.stderr}`);
    pages = sitePages(site.outDir);
    server = await serveStatic(site.outDir);
    browser = await launch();
    context = await browser.newContext();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      ran.push(`${path}: a dialog (${dialog.message()})`);
      void dialog.dismiss();
    });
    // A later reader too, so that the script's re-judging runs over every field.
    await page.goto(`${server.url}${path}${path.includes("?") ? "&" : "?"}today=2026-12-10`);
    return page;
  }

  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  it('runs none of them on any page, and links only to http(s), mailto and the site', async () => {
    expect(pages.length).toBeGreaterThan(15);
    for (const path of pages) {
      const page = await open(path);
      await page.waitForLoadState('load');
      expect(await pwned(page), path).toBeUndefined();
      const links = await page.evaluate(() => [...document.querySelectorAll('[href], [src], [action], [formaction]')].flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null)));
      // The site's own icon is the one data: URL, written by the site, never by content.
      for (const link of links.filter((l) => l !== FAVICON)) expect(link, `${path}: ${link}`).toMatch(/^(https?:\/\/|mailto:|\/|#|x$)/);
      // No element carries an event handler attribute.
      expect(await page.evaluate(() => [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))), path).toBe(false);
      await page.close();
    }
    expect(ran).toEqual([]);
  }, 240_000);

  it('shows names as written, not as markup', async () => {
    const page = await open('/people/');
    expect(await page.locator('main').innerText()).toContain('Jane </title><script>alert(1)</script>');
    await page.close();
    const plan = await open('/accounts/payload/rollout/');
    expect(await plan.locator('main').innerText()).toContain('Client commitment <script>window.__pwned=1</script>');
    // The Markdown link to javascript: keeps its words and loses its address.
    expect(await plan.locator('.prose a', { hasText: 'click me' }).count()).toBe(1);
    expect(await plan.locator('.prose a', { hasText: 'click me' }).getAttribute('href')).toBeNull();
    await plan.close();
  });

  it('runs none of them in search, its results or its filters', async () => {
    for (const query of ['script', 'onerror', 'javascript', 'Account']) {
      const page = await open(`/search/?q=${query}`);
      await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ results?/);
      await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // Every filter value on, then off: each is a name from the playbook.
      const boxes = await page.locator('.facet input[type=checkbox]').all();
      expect(boxes.length).toBeGreaterThan(5);
      for (const box of boxes) {
        await box.check();
        await box.uncheck();
      }
      expect(await page.locator('.facet label').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Account <script>window.__pwned=1</script>')]));
      expect(await pwned(page), query).toBeUndefined();
      await page.close();
    }
    expect(ran).toEqual([]);
  }, 120_000);
});
