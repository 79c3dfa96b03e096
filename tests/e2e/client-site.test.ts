// The client's site in Chromium, served as a static host would serve the output folder (each
// account under its own path, so relative links are put to the test): the plan fits a phone,
// its statuses follow the reader's day, the letter prints as the main site's letter does, and
// search finds the client's own commitments, nothing of another account, and shows every word as
// text. Screenshots go to test-results/screenshots/client-*.png for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { clientView } from '../../src/core/client/client-view.ts';
import { longDate } from '../../src/client-site/format.ts';
import { buildClient } from '../client-site/build-client.ts';
import { AS_OF, CLIENT, FILES, MARKERS, MARKUP_WHAT } from '../client-site/marker-playbook.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { RICH_AS_OF, RICH_BUILD, RICH_FILES } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe.skipIf(!HAS_BROWSER)("the client's site in Chromium", () => {
  let markers: StaticServer;
  let rich: StaticServer;
  let richContent: string;
  let main: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    // The same builds as the other tests' (cached): the marker playbook with every account, the
    // rich playbook's client sites, and its main site for its letters.
    const built = await buildClient({ name: 'markers-all', files: FILES, asOf: AS_OF, client: ['all'] });
    const clients = await buildClient({ name: 'rich-all', files: RICH_FILES, asOf: RICH_AS_OF, client: ['all'] });
    const site = await buildSite(RICH_BUILD);
    for (const [name, result] of [['markers', built], ['rich', clients], ['main site', site]] as const) {
      if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.stderr}`);
    }
    markers = await serveStatic(built.outDir);
    rich = await serveStatic(clients.outDir);
    richContent = site.contentDir;
    main = await serveStatic(site.outDir);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of [markers, rich, main]) await server?.close();
  });

  async function open(path: string, on: BrowserContext = context): Promise<Page> {
    const page = await on.newPage();
    await page.goto(`${markers.url}/${CLIENT}/${path}`);
    return page;
  }

  const badge = (page: Page, id: string) => page.locator(`.item:has(h3#${id}) .badge`);

  it('fits a phone (390 px) without sideways scrolling, on every page', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const [name, path] of [
      ['home', 'index.html'],
      ['plan', 'plans/retrofit/index.html'],
      ['letter', 'plans/retrofit/letter/index.html'],
      ['search', `search/index.html?q=${encodeURIComponent('conveyor sensors')}`],
    ] as const) {
      const page = await open(path, phone);
      if (name === 'search') await expect.poll(() => page.locator('.result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `client-phone-${name}.png`), fullPage: true });
      await page.close();
    }
    await phone.close();
  }, 120_000);

  it('reads as the client’s own plan, and its links work under any path', async () => {
    const home = await open('index.html');
    await home.screenshot({ path: join(SHOTS, 'client-home.png'), fullPage: true });
    await home.getByRole('link', { name: 'Conveyor line retrofit' }).click();
    await expect.poll(() => home.locator('h1').textContent()).toBe('Conveyor line retrofit');
    const headings = await home.locator('main h2').allTextContents();
    expect(headings).toEqual(['Milestones', 'What Harrow Mills will do', 'What Quillfeather Consulting will do', 'Changes agreed along the way']);
    await home.screenshot({ path: join(SHOTS, 'client-plan.png'), fullPage: true });
    await home.getByRole('link', { name: 'Letter of agreement' }).first().click();
    await expect.poll(() => home.locator('.letter h1').textContent()).toBe('Conveyor line retrofit');
    await home.close();
  }, 60_000);

  it("recomputes statuses, counts and the date line for a later reader's day", async () => {
    const built = await open('plans/retrofit/index.html?today=2026-06-15');
    await expect.poll(() => built.locator('#today-note').textContent()).toBe('Statuses are as of today, 15 Jun 2026.');
    expect(await built.locator('.badge[data-changed]').count()).toBe(0);
    expect(await badge(built, 'commitment-access').textContent()).toContain('Due soon');
    await built.close();

    // Two days before the sensors are due (a two-day reminder window): due soon.
    const before = await open('plans/retrofit/index.html?today=2026-06-28');
    await expect.poll(() => badge(before, 'commitment-install').textContent()).toContain('Due soon');
    expect(await badge(before, 'commitment-access').textContent()).toContain('Overdue');
    await before.close();

    const later = await open('plans/retrofit/index.html?today=2026-07-01');
    await expect.poll(() => later.locator('#today-note').textContent()).toBe('Statuses are as of today, 1 Jul 2026 (this page was prepared on 15 Jun 2026).');
    for (const id of ['commitment-access', 'commitment-install']) expect(await badge(later, id).textContent(), id).toContain('Overdue');
    expect(await badge(later, 'commitment-floor-plans').textContent()).toContain('Done');
    expect(await later.locator('.item:has(h3#commitment-install) .relative').textContent()).toBe('(yesterday)');
    expect(await later.locator('[data-count="overdue"]').textContent()).toBe('2');
    await later.close();
  }, 60_000);

  it('reads without JavaScript as of the day it was prepared, and says so', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${markers.url}/${CLIENT}/plans/retrofit/index.html?today=2026-07-01`);
    expect(await page.locator('#today-note').textContent()).toBe('Statuses are as of 15 Jun 2026, the day this page was prepared.');
    expect(await page.locator('.item:has(h3#commitment-access) .badge').textContent()).toContain('Due soon');
    await noScript.close();
  }, 60_000);

  it("prints each letter as the main site's letter of the same plan prints", async () => {
    const check = checkPlaybook(richContent, { asOf: RICH_AS_OF, now: new Date(), cwd: ROOT });
    const shared = check.model.accounts.flatMap((a) => clientView(check.model, a.account.id)!.plans.map((p) => [a.account.id, p.slug] as const));
    expect(shared.length).toBeGreaterThan(3);
    for (const [account, plan] of shared) {
      const ours = await context.newPage();
      await ours.goto(`${rich.url}/${account}/plans/${plan}/letter/index.html`);
      await ours.emulateMedia({ media: 'print' });
      // Nothing but the letter: the way back to the plan is not printed.
      expect(await ours.locator('.letter__back').isVisible()).toBe(false);
      expect(await ours.locator('body > :visible').evaluateAll((nodes) => nodes.map((n) => n.tagName))).toEqual(['MAIN']);
      const sizes = await ours.locator('.letter td').evaluateAll((cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
      expect(Math.min(...sizes), plan).toBeGreaterThanOrEqual(12);
      expect(await ours.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      const theirs = await context.newPage();
      await theirs.goto(`${main.url}/accounts/${account}/${plan}/agreement/`);
      await theirs.emulateMedia({ media: 'print' });
      // The same letter, its dates in the client's words ("20 Feb 2026") where the main site writes 2026-02-20.
      expect(await ours.locator('.letter').innerText()).toBe((await theirs.locator('.letter').innerText()).replace(/\d{4}-\d{2}-\d{2}/g, (day) => longDate(day)));
      for (const format of ['A4', 'Letter'] as const) {
        const client = pageCount(await ours.pdf({ format, printBackground: true }));
        expect(client, `${account}/${plan} on ${format}`).toBe(pageCount(await theirs.pdf({ format, printBackground: true })));
      }
      await ours.close();
      await theirs.close();
    }
  }, 180_000);

  it("finds the client's own commitment by its words, and links to it", async () => {
    const page = await open('search/index.html');
    await page.locator('#search-words').fill('conveyor sensors');
    const links = () => page.locator('#search-results a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    await expect.poll(links, { timeout: 15_000 }).toContain(`${markers.url}/${CLIENT}/plans/retrofit/index.html#commitment-install`);
    expect(await page.locator('#search-status').textContent()).toBe('One plan found for “conveyor sensors”.');
    // The other account's commitment has the same words; it is not in this index.
    expect(await page.locator('#search-results').innerText()).not.toMatch(/zqx/i);
    await page.screenshot({ path: join(SHOTS, 'client-search.png'), fullPage: true });
    await page.locator('#search-results a', { hasText: 'Install the conveyor sensors' }).click();
    await expect.poll(() => page.url()).toBe(`${markers.url}/${CLIENT}/plans/retrofit/index.html#commitment-install`);
    await page.close();
  }, 60_000);

  it("finds nothing of another account's, nor of anything internal", async () => {
    const page = await open('search/index.html');
    for (const words of [MARKERS.otherWhat, MARKERS.otherName, MARKERS.internalWhat, MARKERS.risk, MARKERS.planBody, 'zqx']) {
      await page.locator('#search-words').fill(words);
      // Either no plan holds some of these words, and they are named, or none holds them all.
      const missing = (status: string) => [...status.matchAll(/“([^”]+)”/g)].map((match) => match[1]!);
      await expect
        .poll(async () => {
          const status = (await page.locator('#search-status').textContent()) ?? '';
          return status === `Nothing found for “${words}”.` || (status.startsWith('No plan has ') && missing(status).every((word) => words.split(' ').includes(word)));
        }, { timeout: 15_000 })
        .toBe(true);
      expect(await page.locator('#search-results li').count()).toBe(0);
    }
    await page.close();
  }, 60_000);

  it('shows the words of a result as text, never as markup', async () => {
    const page = await open(`search/index.html?q=${encodeURIComponent('bin labels onerror')}`);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const results = page.locator('#search-results');
    await expect.poll(() => results.innerText(), { timeout: 15_000 }).toContain(MARKUP_WHAT.replace(/^Print the /, '').slice(0, 20));
    expect(await results.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await results.locator('img').count()).toBe(0);
    // Highlights are the only elements made from a result's words.
    const tags = await results.locator('.result__excerpt *').evaluateAll((nodes) => [...new Set(nodes.map((n) => n.tagName))]);
    expect(tags).toEqual(['MARK']);
    expect(dialogs).toBe(0);
    await page.close();
  }, 60_000);
});

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}
