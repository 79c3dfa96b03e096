// The built site of the rich playbook (tests/site/rich-playbook.ts) in a real browser (Chromium through playwright-core), served over HTTP
// on 127.0.0.1: the dashboard agrees with the CLI, search finds a plan by a commitment's words and
// its filters narrow the results, the plan timeline shows its slips, the letter of agreement prints
// on one page, and the "changed since the build" script reacts to a later reader's date.
// Screenshots of the main pages are saved in test-results/screenshots/ for a person to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { RICH_AS_OF as AS_OF, RICH_BUILD } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe.skipIf(!HAS_BROWSER)('a rich playbook’s site in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let check: CheckResult;
  let contentDir: string;

  beforeAll(async () => {
    const site = await buildSite(RICH_BUILD);
    if (site.status !== 0) throw new Error(`the rich site did not build:\n${site.stderr}`);
    contentDir = site.contentDir;
    check = checkPlaybook(contentDir, { asOf: AS_OF, now: new Date(), cwd: ROOT });
    server = await serveStatic(site.outDir);
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, init?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await context.newPage();
    await init?.(page);
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('shows the same counts on the dashboard as the CLI, on the build day and on a later one', async () => {
    for (const day of [AS_OF, '2026-12-10']) {
      const cli = spawnSync(process.execPath, ['scripts/playbook.ts', 'check', '--content', contentDir, '--as-of', day, '--format', 'json', '--fail-on', 'never'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      const findings = (JSON.parse(cli.stdout) as { findings: { rule: string }[] }).findings;
      const page = await open(`/?today=${day}`);
      const cards = await page.locator('.card[data-rule]').evaluateAll((elements) =>
        elements.map((element) => ({ rule: element.getAttribute('data-rule')!, shown: Number(element.querySelector('.card__count')!.textContent) })),
      );
      expect(cards.map((card) => card.rule)).toEqual(['overdue', 'milestone-overdue', 'due-soon', 'stale-follow-up', 'owner-absent', 'governance-overdue', 'incident-unexplained']);
      for (const card of cards) expect(card.shown, `${card.rule} on ${day}`).toBe(findings.filter((f) => f.rule === card.rule).length);
      if (day === AS_OF) await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });
      await page.close();
    }
  }, 60_000);

  it("finds a plan by a commitment's words, and a filter narrows the results", async () => {
    // The most distinctive commitment: the one described in the most words.
    const commitment = [...check.model.commitments].sort((a, b) => b.data.what.split(' ').length - a.data.what.split(' ').length)[0]!;
    const page = await open('/search/');
    const input = page.getByLabel('Search accounts, plans, people and guides');
    await input.fill(commitment.data.what);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ results? for/);
    const links = () => page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).pathname));
    await expect.poll(links, { timeout: 15_000 }).toContain(`/accounts/${commitment.plan.id}/`);
    // Each result says what it is, its account and its status, and links to the commitment found.
    const plan = commitment.plan;
    const facts = page.locator('.search-result', { has: page.locator(`a[href="/accounts/${plan.id}/#commitment-${commitment.id}"]`) }).locator('.search-result__facts');
    expect(await facts.textContent()).toBe(`Plan · ${plan.account!.data.name} · ${plan.data.status[0]!.toUpperCase()}${plan.data.status.slice(1)}`);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });

    // A broad search, then only plans: kind, account, owner, plan status and account stage are filters of their own.
    await input.fill('the');
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ results? for “the”/);
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(1);
    expect(await page.locator('.facet legend').allInnerTexts()).toEqual(['Kind', 'Account', 'Owner', 'Plan status', 'Account stage']);
    await page.locator('.facet', { hasText: 'Kind' }).getByLabel(/^Plan/).check();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeLessThan(all);
    await expect.poll(async () => (await page.locator('.search-result__facts').allInnerTexts()).every((text) => text.startsWith('Plan · ')), { timeout: 10_000 }).toBe(true);
    const kinds = await page.locator('.search-result__title').evaluateAll((elements) => elements.map((element) => (element as HTMLAnchorElement).pathname));
    for (const path of kinds) expect(path).toMatch(/^\/accounts\/[^/]+\/[^/]+\/$/);
    await page.close();
  }, 60_000);

  it('draws the plan timeline with every slip, today and the break-in period', async () => {
    const view = [...check.model.plans].sort((a, b) => slipsOf(b) - slipsOf(a))[0]!;
    const page = await open(`/accounts/${view.plan.id}/`);
    const timeline = page.locator('svg.timeline__svg--wide[role="img"]');
    await expect.poll(() => timeline.isVisible()).toBe(true);
    // Every slip of the window drawn around today, commitments' and milestones': a commitment's is
    // drawn once, in its owner's lane drawing, which each frame shows (PlanTimeline.astro).
    const slips = page.locator('figure.timeline .tl-defs g.tl-slip, svg.timeline__svg--wide g.tl-slip');
    expect(await slips.count()).toBe(Number(await timeline.getAttribute('data-slips')));
    expect(await slips.count()).toBeGreaterThan(0);
    // Shown: the lane drawing holding a slip is shown at its place in the wide frame.
    const shown = await timeline.locator('use[href*="-owner-"]').evaluateAll((uses) => uses.filter((use) => use.getBoundingClientRect().width > 0).length);
    expect(shown).toBeGreaterThan(0);
    expect(await timeline.locator('.tl-line--today').isVisible()).toBe(true);
    expect(await timeline.locator('title').first().textContent()).toContain(view.plan.data.title);
    await page.screenshot({ path: join(SHOTS, 'plan.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('re-judges every timeline marker on a later day as the table beside it, from its due date alone', async () => {
    const view = [...check.model.plans].sort((a, b) => openOf(b) - openOf(a))[0]!;
    const page = await open(`/accounts/${view.plan.id}/?today=2026-12-10`);
    // Each marker carries only what differs from marker to marker (a plan of 20,000 items draws
    // 20,000, once for both frames): its due date, and whether it is at risk; its kind is its
    // class, and its plan promises unless it says `0`.
    const attributes = await page.locator('figure.timeline g[data-due]').evaluateAll((markers) => [...new Set(markers.flatMap((g) => g.getAttributeNames()))].sort());
    expect(attributes).toEqual(['class', 'data-due', 'data-risk']);
    const pairs = await page.evaluate(() => {
      const rows = new Map([...document.querySelectorAll('tr[id^="commitment-"]')].map((row) => [row.querySelector('td')!.textContent!.trim(), row.querySelector('.badge')!.getAttribute('data-status')]));
      return [...document.querySelectorAll('figure.timeline g.tl-commitment')].map((g) => [g.querySelector('title')!.textContent!.split('.')[0], g.getAttribute('class'), `tl-commitment tl-status--${rows.get(g.querySelector('title')!.textContent!.split('.')[0]!)}`]);
    });
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter(([, marker, row]) => marker !== row)).toEqual([]);
    // And the later day is not the build's: some marker changed.
    expect(await page.locator('figure.timeline g.tl-commitment.tl-status--overdue').count()).toBeGreaterThan(view.commitments.filter((c) => c.status === 'overdue').length);
    await page.close();
  }, 60_000);

  it('prints every letter of agreement at a readable size, on as many pages as it needs', async () => {
    for (const view of check.model.plans) {
      const page = await open(`/accounts/${view.plan.id}/agreement/`);
      await page.emulateMedia({ media: 'print' });
      // Never shrunk to fit: table text stays at 9 pt (12 px) or more, and nothing is wider than the page.
      const sizes = await page.locator('.letter td').evaluateAll((cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
      expect(Math.min(...sizes), view.plan.id).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), view.plan.id).toBe(true);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pageCount(pdf), `${view.plan.id} on ${format}`).toBeGreaterThanOrEqual(1);
      }
      if (view === check.model.plans[0]) {
        await page.emulateMedia({ media: 'screen' });
        await page.screenshot({ path: join(SHOTS, 'agreement.png'), fullPage: true });
      }
      await page.close();
    }
  }, 120_000);

  it('says what changed since the build for a later reader', async () => {
    const later = await open('/?today=2026-12-15');
    const note = later.locator('#as-of-note');
    await expect.poll(() => note.textContent()).toContain("Today is 2026-12-15: the statuses, counts and lists on this page are today's");
    expect(await note.textContent()).toMatch(/\d+ statuses have changed since the build \(marked\)/);
    const changed = later.locator('.badge[data-changed]');
    expect(await changed.count()).toBeGreaterThan(0);
    expect(await changed.first().textContent()).toMatch(/\(was .+ on 2026-11-22\)/);
    await later.close();

    // The same page read on the day it was built for: nothing changes.
    const same = await open('/?today=2026-11-22');
    await expect.poll(() => same.locator('#as-of-note').textContent()).toContain('That is today');
    expect(await same.locator('[data-changed]').count()).toBe(0);
    await same.close();

    // A date set before the page loads, as a test or a kiosk would.
    const busiest = [...check.model.plans].filter((v) => v.promising).sort((a, b) => b.commitments.filter((c) => c.open).length - a.commitments.filter((c) => c.open).length)[0]!;
    const preset = await open(`/accounts/${busiest.plan.id}/`, async (page) => {
      await page.addInitScript(() => {
        (window as unknown as { FOLLOWTHROUGH_TODAY: string }).FOLLOWTHROUGH_TODAY = '2031-01-01';
      });
    });
    await expect.poll(() => preset.locator('#as-of-note').textContent()).toContain('Today is 2031-01-01, more than 6 weeks after the day this site was built for: the page shows 2026-11-22');
    // Past the reading window the page is the build's day whole: no badge is re-judged.
    expect(await preset.locator('.badge[data-changed]').count()).toBe(0);
    await preset.close();
  }, 60_000);

  it('reads the same without JavaScript, as of the build date', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('.as-of').textContent()).toContain('Built for 2026-11-22');
    expect(await page.locator('.badge--overdue').first().textContent()).toContain('Overdue');
    await noScript.close();
  }, 60_000);

  it('fits a phone screen and saves screenshots of the main pages', async () => {
    const plan = check.model.plans[0]!.plan.id;
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    for (const [name, path] of [
      ['phone-dashboard', '/'],
      ['phone-plan', `/accounts/${plan}/`],
    ] as const) {
      const page = await phone.newPage();
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.close();
    }
    await phone.close();
    const pages: [string, string][] = [
      ['accounts', '/accounts/'],
      ['account', `/accounts/${check.model.accounts[0]!.account.id}/`],
      ['people', '/people/'],
      ['person', `/people/${[...check.model.people.keys()][0]}/`],
      ['reports', '/reports/'],
      ['timeline', '/timeline/'],
      ['guides', '/guides/'],
    ];
    if (check.model.guides[0]) pages.push(['guide', `/guides/${check.model.guides[0].slug}/`]);
    for (const [name, path] of pages) {
      const page = await open(path);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      await page.close();
    }
  }, 120_000);
});

function slipsOf(view: CheckResult['model']['plans'][number]): number {
  return view.commitments.reduce((n, c) => n + c.data.slips.length, 0);
}

async function resultCount(page: Page): Promise<number> {
  const message = (await page.locator('#search-status').textContent()) ?? '';
  return Number(/(\d+)/.exec(message)?.[1] ?? Number.NaN);
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

function openOf(view: CheckResult['model']['plans'][number]): number {
  return view.commitments.filter((c) => c.data.done === undefined && c.data.dropped === undefined && c.data.due > AS_OF && c.data.due < '2026-12-10').length;
}
