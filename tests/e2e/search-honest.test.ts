// What search tells a reader in Chromium, on the rich playbook's site and its clients' sites: a
// word no page holds finds nothing (Pagefind would otherwise search its longest beginning the
// index holds, "surveyor" as "survey"), with help to go on; without scripts, only the note is
// shown; the address follows the words and the filters, and a reload keeps them; a result found in
// a commitment or a touchpoint links to its row.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../client-site/build-client.ts';
import { buildSite } from '../site/build-site.ts';
import { RICH_AS_OF, RICH_BUILD, RICH_FILES } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

describe.skipIf(!HAS_BROWSER)('what search tells a reader', () => {
  let main: StaticServer;
  let clients: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const site = await buildSite(RICH_BUILD);
    const built = await buildClient({ name: 'rich-all', files: RICH_FILES, asOf: RICH_AS_OF, client: ['all'] });
    for (const [name, result] of [['main site', site], ['clients', built]] as const) {
      if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.stderr}`);
    }
    main = await serveStatic(site.outDir);
    clients = await serveStatic(built.outDir);
    browser = await launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await main?.close();
    await clients?.close();
  });

  const status = (page: Page) => page.locator('#search-status').textContent();
  const titles = (page: Page) => page.locator('.search-result__title').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash));
  const address = (page: Page) => new URL(page.url()).search;
  const planBox = (page: Page) => page.locator('.facet', { hasText: 'Kind' }).getByLabel(/^Plan/);
  const planLabel = (page: Page) => page.locator('.facet', { hasText: 'Kind' }).locator('label', { hasText: /^Plan/ }).innerText();

  it('finds nothing for a word no page holds, where Pagefind would search a shorter one, and says what to try', async () => {
    const page = await browser.newPage();
    await page.goto(`${main.url}/search/?q=surveyor`);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('No page has “surveyor”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    // With another word that pages do hold: still nothing, and the word is named.
    await page.getByLabel('Search accounts, plans, people and guides').fill('Thunder surveyor');
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('No page has “surveyor”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    const help = page.locator('#search-help');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toBe(
      'Check the spelling, try fewer words, or search for a name: an account, a person, a plan. Every page is also listed on Accounts, People and Guides.',
    );
    expect(await help.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).toEqual(['/accounts/', '/people/', '/guides/']);
    // The word itself, and the beginning of a word, still find their pages; no help then.
    for (const words of ['survey', 'Thund']) {
      await page.getByLabel('Search accounts, plans, people and guides').fill(words);
      await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(new RegExp(`^\\d+ results? for “${words}”\\.$`));
      expect(await help.isVisible()).toBe(false);
      const marks = await page.locator('.search-result mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toContain(words.toLowerCase());
    }
    await page.close();
  }, 60_000);

  it("finds nothing on a client's site for a word none of their plans holds, and says what to try", async () => {
    const page = await browser.newPage();
    await page.goto(`${clients.url}/maple-grocers/search/index.html?q=surveyor`);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('No plan has “surveyor”.');
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.locator('#search-help').innerText()).toBe(
      'Check the spelling, try fewer words, or search for a name: a person, a milestone, a plan. Every plan is listed on your plans.',
    );
    await page.locator('#search-words').fill('survey');
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/^(One plan|\d+ plans) found for “survey”\.$/);
    expect(await page.locator('#search-help').isVisible()).toBe(false);
    await page.close();
  }, 60_000);

  it('shows only the note without scripts: no form or filters that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${main.url}/search/`);
    expect(await page.locator('main :visible').evaluateAll((nodes) => nodes.filter((node) => ['INPUT', 'BUTTON', 'SUMMARY'].includes(node.tagName)).length)).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript. Every page is also reachable from Accounts, People and Guides.');
    await page.goto(`${clients.url}/maple-grocers/search/index.html`);
    expect(await page.locator('main :visible').evaluateAll((nodes) => nodes.filter((node) => ['INPUT', 'BUTTON'].includes(node.tagName)).length)).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript. Every plan is listed on your plans.');
    await context.close();
    // With scripts, the form is there.
    const scripted = await browser.newPage();
    await scripted.goto(`${main.url}/search/`);
    await expect.poll(() => scripted.getByLabel('Search accounts, plans, people and guides').isVisible(), { timeout: 15_000 }).toBe(true);
    await scripted.goto(`${clients.url}/maple-grocers/search/index.html`);
    await expect.poll(() => scripted.locator('#search-words').isVisible(), { timeout: 15_000 }).toBe(true);
    await scripted.close();
  }, 60_000);

  it('keeps the words and the filters in the address, forgets them once cleared, and restores them on a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${main.url}/search/`);
    await page.getByLabel('Search accounts, plans, people and guides').fill('survey');
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/results? for “survey”/);
    await planBox(page).check();
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/for “survey” with the filters chosen\.$/);
    expect(await address(page)).toBe('?q=survey&kind=Plan');
    const planCount = await planLabel(page);
    expect(planCount).toBe('Plan (1)');
    await page.reload();
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/for “survey” with the filters chosen\.$/);
    expect(await page.getByLabel('Search accounts, plans, people and guides').inputValue()).toBe('survey');
    expect(await planBox(page).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.search-result__facts').allInnerTexts(), { timeout: 15_000 }).toEqual(['Plan · Maple Ridge Grocers Co-operative · Agreed']);
    // Cleared: the filter stays, the words leave the address, and the counts are the filter's own.
    await planBox(page).uncheck();
    await page.getByLabel('Search accounts, plans, people and guides').fill('');
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe('Type a word, or choose a filter.');
    expect(await address(page)).toBe('');
    const cleared = await planLabel(page);
    expect(cleared).not.toBe(planCount);
    await page.close();
  }, 60_000);

  it('links a result found in a commitment to that commitment', async () => {
    const page = await browser.newPage();
    await page.goto(`${main.url}/search/?q=${encodeURIComponent('Thunder Bay')}`);
    await expect.poll(() => titles(page), { timeout: 15_000 }).toContain('/accounts/maple-grocers/wave-3/#commitment-survey-thunder-bay');
    await page.locator('.search-result__title[href$="#commitment-survey-thunder-bay"]').click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('commitment-survey-thunder-bay');
    await page.close();
  }, 60_000);

  it('links a result found in a touchpoint to that touchpoint’s row on the account’s page', async () => {
    const page = await browser.newPage();
    await page.goto(`${main.url}/search/?q=${encodeURIComponent('catch-weight')}`);
    const anchor = 'touchpoint-2026-11-20-omar-haddad-meeting';
    await expect.poll(() => titles(page), { timeout: 15_000 }).toContain(`/accounts/maple-grocers/#${anchor}`);
    await page.locator(`.search-result__title[href$="#${anchor}"]`).click();
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    expect(await page.locator(':target').innerText()).toContain('The catch-weight fix, before Tom calls Heather.');
    expect(await page.locator(':target').isVisible()).toBe(true);
    // A match in an account's name stays at the top of its page.
    await page.goto(`${main.url}/search/?q=${encodeURIComponent('Maple Ridge Grocers')}`);
    await expect.poll(() => titles(page), { timeout: 15_000 }).toContain('/accounts/maple-grocers/');
    await page.close();
  }, 60_000);
});
