// The insights page in Chromium at a phone's width (390 px): the charts scale to fit, every label
// in them stays at 11 px or more, the page does not scroll sideways (wide tables scroll in their
// own box), and every chart is an image with a name. Screenshots at phone and desktop widths are
// saved in test-results/screenshots/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREND_AS_OF, TREND_FILES } from '../helpers/trend-fixture.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');

describe.skipIf(!HAS_BROWSER)('the insights page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const site = await buildSite({ name: 'trend', files: { ...TREND_FILES }, asOf: TREND_AS_OF, git: 'outside' });
    if (site.status !== 0) throw new Error(`the trend site did not build:\n${site.stderr}`);
    server = await serveStatic(site.outDir);
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is readable at 390 px: charts fit, labels are 11 px or more, nothing scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${server.url}/insights/`);
    const measured = await page.evaluate(() => {
      const charts = [...document.querySelectorAll<SVGSVGElement>('svg.chart')];
      const smallest = Math.min(
        ...charts.flatMap((svg) =>
          [...svg.querySelectorAll<SVGTextElement>('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0)),
        ),
      );
      return {
        charts: charts.length,
        widest: Math.max(...charts.map((svg) => svg.getBoundingClientRect().right)),
        smallest,
        pageWidth: document.documentElement.scrollWidth,
        named: charts.every((svg) => svg.getAttribute('role') === 'img' && (svg.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '')),
      };
    });
    expect(measured.charts).toBe(2);
    expect(measured.widest).toBeLessThanOrEqual(390);
    expect(measured.smallest).toBeGreaterThanOrEqual(11);
    expect(measured.pageWidth).toBeLessThanOrEqual(390);
    expect(measured.named).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'insights-phone.png'), fullPage: true });
    await context.close();
  }, 60_000);

  it('looks right on a desktop too', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/insights/`);
    await page.screenshot({ path: join(SHOTS, 'insights.png'), fullPage: true });
    await page.goto(`${server.url}/people/omar-haddad/`);
    await page.screenshot({ path: join(SHOTS, 'person-trend.png'), fullPage: true });
    await page.goto(`${server.url}/`);
    await page.screenshot({ path: join(SHOTS, 'dashboard-trend.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
