// Every kind of page of the rich playbook's site (tests/site/rich-playbook.ts) in Chromium, at a desktop's width and a phone's (390 px):
// axe-core finds no serious or critical violation, and no page scrolls sideways on the phone.
// Screenshots of the main pages at 390 px go to test-results/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { RICH_AS_OF, RICH_BUILD } from '../site/rich-playbook.ts';
import { seriousViolations } from './axe.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe.skipIf(!HAS_BROWSER)('the site for every reader', () => {
  let server: StaticServer;
  let browser: Browser;
  let check: CheckResult;
  let kinds: [string, string][];

  beforeAll(async () => {
    const site = await buildSite(RICH_BUILD);
    if (site.status !== 0) throw new Error(site.stderr);
    check = checkPlaybook(site.contentDir, { asOf: RICH_AS_OF, now: new Date(), cwd: ROOT });
    server = await serveStatic(site.outDir);
    browser = await launch();
    const busiest = [...check.model.plans].sort((a, b) => b.commitments.length - a.commitments.length)[0]!;
    const lead = busiest.plan.data.owner;
    kinds = [
      ['dashboard', '/'],
      ['accounts', '/accounts/'],
      ['account', `/accounts/${busiest.plan.accountId}/`],
      ['plan', `/accounts/${busiest.plan.id}/`],
      ['agreement', `/accounts/${busiest.plan.id}/agreement/`],
      ['people', '/people/'],
      ['person', `/people/${lead}/`],
      ['reports', '/reports/'],
      ['insights', '/insights/'],
      ['guides', '/guides/'],
      ['guide', `/guides/${check.model.guides[0]!.slug}/`],
      ['timeline', '/timeline/'],
      ['lead-timeline', `/timeline/${lead}/`],
      ['search', '/search/?q=scanner'],
      ['not-found', '/404.html'],
    ];
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(width: number, path: string, act: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: width < 500 ? 2 : 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    if (path.startsWith('/search/')) await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await act(page);
    await context.close();
  }

  it('has no serious or critical accessibility violation at desktop width', async () => {
    for (const [kind, path] of kinds) await visit(1280, path, async (page) => expect(await seriousViolations(page), kind).toEqual([]));
  }, 180_000);

  it('has none at 390 px, where no page scrolls sideways', async () => {
    for (const [kind, path] of kinds) {
      await visit(390, path, async (page) => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${kind} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page), kind).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `phone-${kind}.png`), fullPage: true });
      });
    }
  }, 180_000);
});
