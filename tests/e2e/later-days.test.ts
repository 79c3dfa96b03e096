// The site is true on the day it is read: the rich playbook (tests/site/rich-playbook.ts) built for 2026-11-22 and read in Chromium
// on later days shows what a build made for those days shows, on the dashboard, the People list,
// every person's page, the reports, every account and plan page, the accounts, guides and
// timeline. What each page reads, that is: the main content as shown, without what says on which
// day the site was built, the charts (drawn around the build's day) and what a page says is as
// of its build (data-dated="build"). Past the reading window the banner says so. Without
// JavaScript a page reads as of its build day.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { handedOver, mdxFile, signed } from '../helpers/playbook-text.ts';
import { RICH_AS_OF as BUILT, RICH_BUILD, RICH_FILES } from '../site/rich-playbook.ts';
import { HAS_BROWSER, launch, seen } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

// A day later, the day (every page), and the last day of the six-week reading window.
const LATER = ['2026-11-23', '2026-12-10', '2027-01-03'];
const EVERY_PAGE = '2026-12-10';

// A plan of two years for the rich playbook's Maple, agreed before the build, to begin after it.
const LONG_PLAN = 'maple-grocers/store-scanning';
const LONG_FILES = {
  [`accounts/${LONG_PLAN}.mdx`]: mdxFile(
    {
      title: 'Store scanning programme',
      owner: 'kim-lee',
      status: 'agreed',
      kickoff: '2026-12-07',
      target: '2028-11-30',
      agreement: signed('Heather McAllister', 'tom-lindqvist', '2026-11-18'),
      handoff: handedOver(['partner-onboarded', 'delivery-briefed'], '2026-11-19'),
      milestones: [
        { id: 'first-store', title: 'First store live', due: '2027-01-15' },
        { id: 'all-stores', title: 'Every store live', due: '2028-10-30' },
      ],
      commitments: [
        { id: 'survey', what: 'Survey the first store', owner: 'omar-haddad', due: '2026-12-14' },
        { id: 'store-list', what: 'Send the list of stores', owner: 'Rajinder Sidhu', due: '2026-12-18' },
        { id: 'install-first', what: 'Install the first store', owner: 'omar-haddad', due: '2027-01-12' },
        { id: 'train-first', what: 'Train the first store', owner: 'kim-lee', due: '2027-02-05' },
        { id: 'install-all', what: 'Install every store', owner: 'omar-haddad', due: '2028-10-15' },
      ],
    },
    'Every store, one region at a time.\n',
  ),
};


describe.skipIf(!HAS_BROWSER)('the site read on later days', () => {
  let built: StaticServer;
  const later = new Map<string, StaticServer>();
  const long = new Map<string, StaticServer>();
  let browser: Browser;
  let context: BrowserContext;
  let check: CheckResult;
  let contentDir: string;

  beforeAll(async () => {
    const site = await buildSite(RICH_BUILD);
    if (site.status !== 0) throw new Error(site.stderr);
    built = await serveStatic(site.outDir);
    for (const day of LATER) {
      const other = await buildSite({ ...RICH_BUILD, name: `rich-${day}`, asOf: day });
      if (other.status !== 0) throw new Error(other.stderr);
      later.set(day, await serveStatic(other.outDir));
    }
    for (const day of [BUILT, ...LATER]) {
      const other = await buildSite({ ...RICH_BUILD, name: `rich-long-${day}`, files: { ...RICH_FILES, ...LONG_FILES }, asOf: day });
      if (other.status !== 0) throw new Error(other.stderr);
      long.set(day, await serveStatic(other.outDir));
    }
    contentDir = site.contentDir;
    check = checkPlaybook(site.contentDir, { asOf: BUILT, now: new Date(), cwd: ROOT });
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await built?.close();
    for (const server of [...later.values(), ...long.values()]) await server.close();
  });

  let reader: Page | undefined;
  async function read(server: StaticServer, path: string, today: string): Promise<string[]> {
    reader ??= await context.newPage();
    await reader.goto(`${server.url}${path}?today=${today}`);
    return seen(reader);
  }

  it.each(LATER)('shows on %s the numbers and lists of a build for that day', async (day) => {
    const paths = [
      '/',
      '/people/',
      '/reports/',
      ...check.model.plans.map((view) => `/accounts/${view.plan.id}/`),
      ...(day === EVERY_PAGE
        ? ['/accounts/', '/guides/', '/timeline/', ...[...check.model.people.keys()].map((id) => `/people/${id}/`), ...check.model.accounts.map((view) => `/accounts/${view.account.id}/`)]
        : ['/people/kim-lee/', '/people/tom-lindqvist/']),
    ];
    for (const path of paths) {
      expect(await read(built, path, day), `${path} on ${day}`).toEqual(await read(later.get(day)!, path, day));
    }
  }, 300_000);

  // What a plan's timeline draws for the day: each marker's colour (class), shape and place (the
  // commitments drawn once for both frames, the milestones in each), each frame's description
  // screen readers hear, its today line (shown or not, where, and its label's place), and the
  // legend. On a later day an open commitment gone overdue was red but still a circle, not the
  // legend's triangle; a plan that starts after the build drew no today line once it had begun.
  async function drawn(server: StaticServer, path: string, today: string): Promise<unknown> {
    reader ??= await context.newPage();
    await reader.goto(`${server.url}${path}?today=${today}`);
    return reader.evaluate(() => {
      const figure = document.querySelector('figure.timeline')!;
      const marker = (g: Element) => {
        const use = g.querySelector('use');
        return [g.querySelector('title')!.textContent, g.getAttribute('class'), ...(use ? [use.getAttribute('x'), use.getAttribute('y'), use.getAttribute('href')] : [g.querySelector('path')!.getAttribute('d')])];
      };
      // A place to a tenth of a unit: the build writes 412, the script 412.0.
      const place = (value: string | null | undefined) => (value == null ? value : Math.round(Number(value) * 10) / 10);
      return {
        commitments: [...figure.querySelectorAll('g.tl-commitment')].map(marker),
        frames: [...figure.querySelectorAll('svg[role="img"]')].map((svg) => {
          const line = svg.querySelector<SVGGElement>('.tl-line--today');
          const label = line?.querySelector('text');
          return {
            desc: svg.querySelector('desc')!.textContent,
            milestones: [...svg.querySelectorAll('g.tl-milestone')].map(marker),
            today: line && {
              shown: getComputedStyle(line).display !== 'none',
              x: place(/translate\(([-\d.]+)/.exec(line.getAttribute('transform') ?? '')?.[1]),
              label: [place(label!.getAttribute('x')), place(label!.getAttribute('y')), label!.textContent],
            },
          };
        }),
        // As shown: a hidden note ("Today is before the dates drawn") may keep the build's word.
        legend: figure.querySelector<HTMLElement>('figcaption')!.innerText,
      };
    });
  }

  it.each(LATER)('draws on %s the plan timelines of a build for that day', async (day) => {
    let overdue = 0;
    for (const view of check.model.plans) {
      const path = `/accounts/${view.plan.id}/`;
      const later = await drawn(later_(day), path, day);
      expect(await drawn(built, path, day), `${path} on ${day}`).toEqual(later);
      overdue += JSON.stringify(later).split('tl-status--overdue').length - 1;
    }
    // The days read hold markers that turned overdue after the build.
    expect(overdue).toBeGreaterThan(0);
  }, 300_000);
  const later_ = (day: string) => later.get(day)!;

  // A long plan (past the year a timeline draws) that begins after the build: drawn from its
  // kickoff, with today's line hidden on the build's day and shown, where a build for the day
  // draws it, once the plan has begun.
  it('draws today on a long plan that begins after the build, once it has begun, as a build for the day does', async () => {
    const path = `/accounts/${LONG_PLAN}/`;
    const shown: boolean[] = [];
    for (const day of [BUILT, ...LATER]) {
      const read = (await drawn(long.get(BUILT)!, path, day)) as { frames: { today: { shown: boolean } | null }[] };
      expect(read, `${path} on ${day}`).toEqual(await drawn(long.get(day)!, path, day));
      shown.push(read.frames.every((frame) => frame.today?.shown));
    }
    // Hidden before the kickoff (2026-12-07), shown after it.
    expect(shown).toEqual([false, false, true, true]);
  }, 120_000);

  it('says plainly which day a page shows', async () => {
    const page = await context.newPage();
    await page.goto(`${built.url}/?today=2026-12-10`);
    await expect.poll(() => page.locator('#as-of-note').textContent()).toContain("Today is 2026-12-10: the statuses, counts and lists on this page are today's");
    await page.goto(`${built.url}/insights/?today=2026-12-10`);
    await expect.poll(() => page.locator('#as-of-note').textContent()).toContain('this page shows the site as of 2026-11-22');
    // The dashboard's promise-keeping card is figured for the build's week, and says so.
    await page.goto(`${built.url}/?today=2026-12-10`);
    await expect.poll(() => page.locator('#keeping-heading').textContent()).toBe('Promises kept on time in the 4 weeks to 2026-W47, the week the site was built for');
    expect(await page.locator('.keeping-card p.muted').textContent()).toContain("As of 2026-11-22, the day the site was built for, not today: rebuild the site for this week's figures.");
    expect(await page.locator('#as-of-note').textContent()).toContain('A part that says it shows 2026-11-22 is as of that day.');
    await page.goto(`${built.url}/?today=${BUILT}`);
    await expect.poll(() => page.locator('#keeping-heading').textContent()).toBe('Promises kept on time in the last 4 weeks');
    await page.close();
  }, 60_000);

  // Before the build's day and past the reading window, a page shows its build's day whole, badges
  // and "N days ago" included: re-judging only some of it put two days in one sentence.
  it.each([
    ['2026-11-21', 'Today is 2026-11-21, before 2026-11-22, the day this site was built for: the page shows 2026-11-22.'],
    ['2027-03-01', 'Today is 2027-03-01, more than 6 weeks after the day this site was built for: the page shows 2026-11-22, its statuses, lists and counts alike. Rebuild the site to bring it up to date.'],
  ])('shows the build day whole when read on %s, and says so', async (day, banner) => {
    const page = await context.newPage();
    for (const path of ['/', '/reports/', '/people/kim-lee/', '/people/tom-lindqvist/', `/accounts/${check.model.plans[0]!.plan.id}/`]) {
      await page.goto(`${built.url}${path}?today=${BUILT}`);
      const asBuilt = await seen(page);
      await page.goto(`${built.url}${path}?today=${day}`);
      await expect.poll(() => page.locator('#as-of-note').textContent(), { message: path }).toBe(banner);
      expect(await seen(page), path).toEqual(asBuilt);
      expect(await page.locator('main [data-changed]').count(), path).toBe(0);
    }
    await page.close();
  }, 60_000);

  it('writes "1 notice", not "1 notices", on a later day with one notice', async () => {
    // 2026-11-24 is such a day for the rich playbook; the build (2026-11-22) had two.
    const day = '2026-11-24';
    const { counts } = checkPlaybook(contentDir, { asOf: day, now: new Date(), cwd: ROOT });
    expect(counts.notice).toBe(1);
    const page = await context.newPage();
    await page.goto(`${built.url}/reports/?today=${day}`);
    await expect.poll(() => page.locator('p.lede').innerText()).toBe(
      `${counts.error} errors, ${counts.warning} warnings and 1 notice: what playbook check reports for the day.`,
    );
    await page.close();
  }, 60_000);

  async function readNoScript(server: StaticServer, path: string): Promise<string[]> {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}${path}`);
    const lines = await seen(page);
    await noScript.close();
    return lines.map((line) => line.replace(/ \(was .*? on \d{4}-\d{2}-\d{2}\)/, ''));
  }

  it('reads without JavaScript as a build for its day does', async () => {
    const page = await context.newPage();
    for (const path of ['/', '/people/', '/reports/', '/people/kim-lee/']) {
      await page.goto(`${built.url}${path}?today=${BUILT}`);
      expect(await readNoScript(built, path), path).toEqual(await seen(page));
    }
    await page.close();
  }, 60_000);
});
