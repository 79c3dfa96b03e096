// A large site's search index is written in shards, each by a Pagefind process of its own, so that
// Pagefind's memory stays bounded (src/integration/search-index.ts); the search page merges them.
// Here the rich playbook is built with shards of two pages, so that its pages are spread over many
// shards, and read in Chromium: every page is indexed once, and search and its filters see them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { RICH_AS_OF as AS_OF, RICH_BUILD } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The pages of the built site that belong in search, by URL. */
function searchablePages(outDir: string, dir = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(outDir, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== 'pagefind') found.push(...searchablePages(outDir, path));
    else if (entry.name === 'index.html' && readFileSync(join(outDir, path), 'utf8').includes('data-pagefind-body')) found.push(`/${dir}/`.replace('//', '/'));
  }
  return found;
}

/** The pages a shard holds, read from its fragments (each a gzipped `pagefind_dcd` + JSON). */
function shardPages(shard: string): { url: string; content: string }[] {
  return readdirSync(join(shard, 'fragment')).map((name) => {
    const bytes = readFileSync(join(shard, 'fragment', name));
    const text = gunzipSync(bytes).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

const shardUrls = (shard: string) => shardPages(shard).map((page) => page.url);

describe.skipIf(!HAS_BROWSER)('search over an index written in shards', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let check: CheckResult;

  beforeAll(async () => {
    const site = await buildSite({ ...RICH_BUILD, name: 'rich-shards', env: { PLAYBOOK_SEARCH_SHARD_PAGES: '2' } });
    if (site.status !== 0) throw new Error(`the rich site did not build:\n${site.stderr}`);
    outDir = site.outDir;
    check = checkPlaybook(site.contentDir, { asOf: AS_OF, now: new Date(), cwd: ROOT });
    server = await serveStatic(outDir);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('indexes every searchable page exactly once, two pages a shard', () => {
    const bundle = join(outDir, 'pagefind');
    const shards = JSON.parse(readFileSync(join(bundle, 'shards.json'), 'utf8')) as string[];
    const pages = searchablePages(outDir).sort();
    expect(shards).toEqual(Array.from({ length: Math.ceil(pages.length / 2) - 1 }, (_, i) => `shards/${i + 2}/`));
    const indexed = [bundle, ...shards.map((shard) => join(bundle, shard))].map((dir) => {
      expect(existsSync(join(dir, 'pagefind-entry.json')), dir).toBe(true);
      return shardUrls(dir);
    });
    for (const urls of indexed) expect(urls.length).toBeGreaterThan(0);
    expect(indexed.flat().sort()).toEqual(pages);
  });

  it("indexes nothing said relative to the build's day, which an excerpt would show unchanged later", () => {
    const bundle = join(outDir, 'pagefind');
    const shards = JSON.parse(readFileSync(join(bundle, 'shards.json'), 'utf8')) as string[];
    const contents = [bundle, ...shards.map((shard) => join(bundle, shard))].flatMap(shardPages).map((page) => `${page.url} ${page.content}`);
    expect(contents.join('\n')).toContain('/accounts/northwind/rollout/');
    expect(contents.filter((content) => /\b\d+ days? (?:late|ago)\b|\bin \d+ days?\b/.test(content))).toEqual([]);
  });

  /** Searches for `words` and waits until the results list `path`. */
  async function expectFound(page: Page, words: string, path: string): Promise<void> {
    await page.getByLabel('Search accounts, plans, people and guides').fill(words);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toContain(`for “${words}”`);
    const links = () => page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).pathname));
    await expect.poll(links, { timeout: 15_000, message: words }).toContain(path);
  }

  it('finds each account and each plan, whichever shard holds it, and offers every account as a filter', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    for (const view of check.model.accounts) {
      await expectFound(page, view.account.data.name, `/accounts/${view.account.id}/`);
    }
    for (const view of check.model.plans) {
      await expectFound(page, view.plan.data.title, `/accounts/${view.plan.id}/`);
    }
    const facet = page.locator('.facet').filter({ has: page.locator('legend', { hasText: /^Account$/ }) });
    const accounts = await facet.locator('label').evaluateAll((labels) => labels.map((label) => label.firstChild?.textContent?.trim()));
    expect(accounts.sort()).toEqual(check.model.accounts.map((view) => view.account.data.name).sort());
    await page.close();
  }, 120_000);

  /** Searches for `words` until the status line counts `count` results, then the results' paths (listed once they are fetched). */
  async function found(page: Page, words: string, count: number): Promise<string[]> {
    await page.getByLabel('Search accounts, plans, people and guides').fill(words);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe(`${count} ${count === 1 ? 'result' : 'results'} for “${words}”.`);
    const paths = () => page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).pathname));
    await expect.poll(async () => (await paths()).length, { timeout: 15_000 }).toBe(count);
    return paths();
  }

  it('finds, for several words, only the pages that hold every word, as one index does', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    // Each shard passes over the words it does not hold (and searches a shorter word for one it
    // lacks), so each word is looked for alone in each shard (src/site/client/search-words.ts).
    expect(await found(page, 'picking stopped', 1)).toEqual(['/accounts/maple-grocers/']);
    // Words that pages hold, but no page all of them.
    await page.getByLabel('Search accounts, plans, people and guides').fill('picking northwind');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('Nothing found for “picking northwind”.');
    // A word no page holds is not passed over: nothing is found, and the page says which.
    await page.getByLabel('Search accounts, plans, people and guides').fill('voice picking demo');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('No page has “voice” or “demo”.');
    await page.getByLabel('Search accounts, plans, people and guides').fill('Freeze the pilot item master');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('No page has “master”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('finds nothing for a word no page holds, though each shard would search a shorter word it holds', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    // "surveyor" is in no page; the shard with "survey" would search that instead.
    await page.getByLabel('Search accounts, plans, people and guides').fill('surveyor');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toBe('No page has “surveyor”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await found(page, 'survey', 1)).toEqual(['/accounts/maple-grocers/wave-3/']);
    await page.close();
  }, 60_000);
});
