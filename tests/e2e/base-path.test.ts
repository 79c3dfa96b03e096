// A site published under a base path, as GitHub Pages serves a project site (`PLAYBOOK_BASE`,
// from the Pages configuration): the rich playbook built for /acme-playbook and served there,
// read in Chromium. A search result's link is the page's own address under the base, once. (The
// build runs with vitest's environment, `BASE_URL=/` in it, which used to take the base's place.)
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../site/build-site.ts';
import { RICH_BUILD } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const BASE = '/acme-playbook';

describe.skipIf(!HAS_BROWSER)('a site under a base path', () => {
  let server: StaticServer;
  let browser: Browser;
  let root: string;

  beforeAll(async () => {
    const site = await buildSite({ ...RICH_BUILD, name: 'rich-base', env: { PLAYBOOK_BASE: BASE } });
    if (site.status !== 0) throw new Error(`the rich site did not build:\n${site.stderr}`);
    // Served as the host serves it: the site's folder at the base path.
    root = mkdtempSync(join(tmpdir(), 'playbook-base-'));
    symlinkSync(site.outDir, join(root, BASE.slice(1)));
    server = await serveStatic(root);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('links each search result to its page under the base, once', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}/search/`);
    await page.getByLabel('Search accounts, plans, people and guides').fill('picking stopped');
    const links = () => page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).pathname));
    await expect.poll(links, { timeout: 15_000 }).toEqual([`${BASE}/accounts/maple-grocers/`]);
    const response = await page.goto(`${server.url}${BASE}/accounts/maple-grocers/`);
    expect(response?.status()).toBe(200);
    await page.close();
  }, 60_000);
});
