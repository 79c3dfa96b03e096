// What a reader sees in Chromium, page by page, where a browser audit found it hard to read: the
// client's letter on a phone, the order of a stacked card, the plan timeline's lane names on a
// phone, a wide table's caption, the keyboard's focus ring on every background, a guide's code,
// the letter's item numbers in print, the "as of" banner on a later day, and the names of the
// dashboard's count links. The rich playbook (tests/site/rich-playbook.ts) and its client sites,
// and the example playbook (content/, whose guide holds YAML and whose letters run past item 9).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { clientView } from '../../src/core/client/client-view.ts';
import { buildClient } from '../client-site/build-client.ts';
import { buildSite, ROOT } from '../site/build-site.ts';
import { RICH_AS_OF, RICH_BUILD, RICH_FILES } from '../site/rich-playbook.ts';
import { seriousViolations, violationsOf } from './axe.ts';
import { HAS_BROWSER, launch } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The names (text matched by `names`) that a vertical line or another label of a timeline runs
 * through, one entry per line or label crossing one, in every timeline drawing of the page that
 * `svgs` matches (a phone's, unless told).
 */
async function crossings(page: Page, names: string, svgs = '.timeline__svg--narrow'): Promise<string[]> {
  const found = await page.locator(svgs).evaluateAll((svgs, selector) =>
    svgs.flatMap((svg) => {
      const labels = [...svg.querySelectorAll(selector)].map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }));
      const lines = [...svg.querySelectorAll('.tl-tick, .tl-line line')].map((line) => line.getBoundingClientRect());
      // Any other text drawn over a name (a gap's length, a date) hides it as a line would.
      const others = [...svg.querySelectorAll('text')].filter((text) => !text.matches(selector) && text.getClientRects().length > 0).map((text) => text.getBoundingClientRect());
      // Touching at an edge is not crossing: a pixel's tolerance.
      return labels.flatMap(({ text, box }) => [...lines, ...others].filter((l) => l.left < box.right && l.right > box.left && l.top < box.bottom - 1 && l.bottom > box.top + 1).map(() => text));
    }),
  names);
  return found;
}

describe.skipIf(!HAS_BROWSER)('what a reader sees', () => {
  let main: StaticServer;
  let clients: StaticServer;
  let example: StaticServer;
  let browser: Browser;
  let check: CheckResult;
  let exampleCheck: CheckResult;
  let exampleOut: string;
  let shared: (readonly [string, string])[];

  beforeAll(async () => {
    const site = await buildSite(RICH_BUILD);
    const clientSites = await buildClient({ name: 'rich-all', files: RICH_FILES, asOf: RICH_AS_OF, client: ['all'] });
    const exampleSite = await buildSite({ name: 'example', contentDir: join(ROOT, 'content'), asOf: '2026-11-22', git: 'outside' });
    for (const [name, result] of [['rich', site], ['client', clientSites], ['example', exampleSite]] as const) {
      if (result.status !== 0) throw new Error(`the ${name} build failed:\n${result.stderr}`);
    }
    check = checkPlaybook(site.contentDir, { asOf: RICH_AS_OF, now: new Date(), cwd: ROOT });
    exampleCheck = checkPlaybook(exampleSite.contentDir, { asOf: '2026-11-22', now: new Date(), cwd: ROOT });
    exampleOut = exampleSite.outDir;
    shared = check.model.accounts.flatMap((a) => clientView(check.model, a.account.id)!.plans.map((p) => [a.account.id, p.slug] as const));
    main = await serveStatic(site.outDir);
    clients = await serveStatic(clientSites.outDir);
    example = await serveStatic(exampleSite.outDir);
    browser = await launch();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of [main, clients, example]) await server?.close();
  });

  async function visit(url: string, width: number, act: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await act(page);
    await context.close();
  }

  it("stacks each line of the client's letter on a phone, as the main site's letter does", async () => {
    expect(shared.length).toBeGreaterThan(3);
    for (const [account, plan] of shared) {
      for (const url of [`${clients.url}/${account}/plans/${plan}/letter/index.html`, `${main.url}/accounts/${account}/${plan}/agreement/`]) {
        await visit(url, 390, async (page) => {
          // What, who and by when each take the line's width (beside its number), never a narrow column.
          const widths = await page.locator('.letter tbody td:not(:first-child):not([colspan])').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
          expect(widths.length, url).toBeGreaterThan(0);
          expect(Math.min(...widths), url).toBeGreaterThan(250);
        });
      }
    }
  }, 120_000);

  it('shows a stacked card in the order it is read: the item’s name first, then its due date and status', async () => {
    const busiest = [...check.model.plans].sort((a, b) => b.commitments.length - a.commitments.length)[0]!;
    await visit(`${main.url}/accounts/${busiest.plan.id}/`, 390, async (page) => {
      for (const table of ['table.commitments', '#milestones-heading + div table']) {
        // Each cell's label as the phone shows it (the stylesheet names a plan's cells, not each cell).
        const rows = await page.locator(`${table} tbody tr`).evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => ({ label: cell.tagName === 'TH' ? 'name' : getComputedStyle(cell, '::before').content.replace(/^"(.*): "$/, '$1'), top: cell.getBoundingClientRect().top }))),
        );
        expect(rows.length, table).toBeGreaterThan(0);
        for (const cells of rows) {
          const shown = [...cells].sort((a, b) => a.top - b.top).map((cell) => cell.label);
          expect(shown, table).toEqual(cells.map((cell) => cell.label));
          expect(shown.indexOf('name'), table).toBeLessThan(shown.indexOf('Due'));
        }
      }
    });
  }, 60_000);

  it('draws no gridline nor today’s line through a lane’s name on a phone, and its legend says what a milestone looks like', async () => {
    for (const view of check.model.plans.filter((v) => v.milestones.length > 0 && v.commitments.length > 0)) {
      await visit(`${main.url}/accounts/${view.plan.id}/`, 390, async (page) => {
        expect(await crossings(page, '.tl-lane-label'), view.plan.id).toEqual([]);
        const legend = (await page.locator('figure.timeline figcaption').innerText()).replace(/\s+/g, ' ');
        expect(legend).toContain('Milestones, named, on their own lane: ◇ open ◆ done (green) ◆ overdue (red) ◇ dropped (grey)');
        expect(legend).toContain('Commitments on their owner\'s lane, numbered as in the tables below: ○ open ● done ▲ overdue ◆ due soon ■ at risk ✕ dropped');
      });
    }
  }, 120_000);

  it('draws no gridline, today’s line nor other label through a name on a phone, on an account’s touchpoints and on the leads’ timeline', async () => {
    const crossed: Record<string, string[]> = {};
    const pages = [...check.model.accounts.map((view) => [`/accounts/${view.account.id}/`, '.tl-lane-label'] as const), ['/timeline/', '.tl-row-label'] as const];
    // The example's accounts too, on a desktop as well: the gaps' lengths ("28d", "15d since") are written along the row, where month lines and today's line run.
    const gaps: Record<string, string[]> = {};
    for (const account of ['boreal-building-supply', 'fraser-cold-storage', 'harbourline-logistics', 'kestrel-transit', 'maple-grocers']) {
      for (const width of [390, 1280]) {
        await visit(`${example.url}/accounts/${account}/?today=2026-11-22`, width, async (page) => {
          const found = await crossings(page, '.tl-lane-label, .tl-gap-label', width > 500 ? '.timeline__svg--wide' : '.timeline__svg--narrow');
          if (found.length > 0) gaps[`${account} at ${width}`] = found;
        });
      }
    }
    expect(gaps).toEqual({});
    // The example's milestones' names too, on each plan's timeline and the leads' timelines, on a
    // phone and a desktop: they are written along the rows, where month lines and today's,
    // kickoff's and target's lines run ("Workflows configured an…" on /timeline/kim-lee/).
    const named: Record<string, string[]> = {};
    const timelines = [
      ...exampleCheck.model.plans.map((view) => `/accounts/${view.plan.id}/`),
      ...['/timeline/', ...new Set(exampleCheck.model.plans.map((view) => `/timeline/${view.plan.data.owner}/`))].filter((path) => existsSync(join(exampleOut, path, 'index.html'))),
    ];
    expect(timelines).toContain('/timeline/kim-lee/');
    for (const path of timelines) {
      for (const width of [390, 1280]) {
        await visit(`${example.url}${path}?today=2026-11-22`, width, async (page) => {
          const found = await crossings(page, '.tl-milestone-label', width > 500 ? '.timeline__svg--wide' : '.timeline__svg--narrow');
          if (found.length > 0) named[`${path} at ${width}`] = found;
        });
      }
    }
    expect(named).toEqual({});
    for (const [path, names] of pages) {
      await visit(`${main.url}${path}`, 390, async (page) => {
        const found = await crossings(page, names);
        if (found.length > 0) crossed[path] = found;
      });
    }
    expect(crossed).toEqual({});
  }, 120_000);

  // A plan's commitments are drawn once, beside its two frames, and shown by each (PlanTimeline.astro):
  // on a phone and a desktop, the frame shown shows each owner's lane drawing on its lane (all of
  // them on a desktop, which draws the plan's every date; on a phone, those with a date in its four months).
  it('shows each owner’s commitments, drawn once, on their lane in the frame a phone or a desktop shows', async () => {
    const view = exampleCheck.model.plans.find((v) => v.plan.id === 'maple-grocers/dc-scanner-rollout')!;
    const owners = new Set(view.commitments.map((c) => c.data.owner)).size;
    for (const width of [390, 1280]) {
      await visit(`${example.url}/accounts/${view.plan.id}/?today=2026-11-22`, width, async (page) => {
        const lanes = await page.locator('svg.timeline__svg').evaluateAll((svgs) =>
          svgs.filter((svg) => svg.getClientRects().length > 0).flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            const bands = [...svg.querySelectorAll('.tl-lane:not(.tl-lane--milestones) rect')].map((rect) => rect.getBoundingClientRect());
            // Each lane drawing's box: within its lane's band, and whether any of it is in the frame.
            return [...svg.querySelectorAll('use[href*="-owner-"]')].map((use, i) => {
              const box = use.getBoundingClientRect();
              return { inLane: box.height > 0 && box.bottom <= bands[i]!.bottom + 1 && box.top >= bands[i]!.top - 1, seen: Math.min(box.right, frame.right) > Math.max(box.left, frame.left) };
            });
          }),
        );
        expect(lanes.map((lane) => lane.inLane), `at ${width}`).toEqual(Array(owners).fill(true));
        const seen = lanes.filter((lane) => lane.seen).length;
        if (width > 500) expect(seen).toBe(owners);
        else expect(seen).toBeGreaterThan(owners / 2);
        // Written once: the page holds each commitment's marker once, for both frames.
        expect(await page.locator('figure.timeline g.tl-commitment').count(), `at ${width}`).toBe(view.commitments.length);
      });
    }
  }, 60_000);

  // Today's label is placed for the build's day; read later, the line moves, and its label landed
  // on the kickoff's (Harbourline's phase 2, kickoff 2027-01-11, read on 2026-12-10 on a phone).
  it('keeps today’s label clear of every other label of a plan timeline and inside it, on any day of the reading window', async () => {
    const met: string[] = [];
    let measured = 0;
    const plans = exampleCheck.model.plans.filter((view) => view.plan.data.status !== 'done' && view.plan.data.status !== 'cancelled').map((view) => `/accounts/${view.plan.id}/`);
    expect(plans).toContain('/accounts/harbourline-logistics/phase-2-cross-dock/');
    for (const path of plans) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const day of ['2026-11-22', '2026-12-01', '2026-12-10', '2026-12-20', '2026-12-28', '2027-01-03']) {
          await page.goto(`${example.url}${path}?today=${day}`);
          const found = await page.locator('svg.timeline__svg').evaluateAll((svgs) =>
            svgs.filter((svg) => svg.getClientRects().length > 0).flatMap((svg) => {
              const label = svg.querySelector('.tl-line--today text');
              if (!label || label.getClientRects().length === 0) return [];
              const box = label.getBoundingClientRect();
              const frame = svg.getBoundingClientRect();
              const out = box.left < frame.left || box.right > frame.right ? [`“${label.textContent}” runs out of the drawing (${Math.round(box.left)} to ${Math.round(box.right)}, the drawing ${Math.round(frame.left)} to ${Math.round(frame.right)})`] : [];
              const others = [...svg.querySelectorAll('text')].filter((text) => text !== label && text.getClientRects().length > 0);
              return [...out, ...others.filter((text) => { const b = text.getBoundingClientRect(); return b.left < box.right && b.right > box.left && b.top < box.bottom - 1 && b.bottom > box.top + 1; }).map((text) => `“${label.textContent}” on “${text.textContent}”`), 'measured'];
            }),
          );
          measured += found.filter((line) => line === 'measured').length;
          met.push(...found.filter((line) => line !== 'measured').map((line) => `${path} at ${width} on ${day}: ${line}`));
        }
        await context.close();
      }
    }
    expect(met).toEqual([]);
    expect(measured).toBeGreaterThan(20);
  }, 180_000);

  it('keeps a badge that says what changed since the build inside its column, on a desktop and a phone, on a later day', async () => {
    const spilled: string[] = [];
    let changed = 0;
    for (const account of ['maple-grocers', 'trillium-utilities', 'kestrel-transit']) {
      for (const width of [1280, 390]) {
        await visit(`${example.url}/accounts/${account}/?today=2026-12-04`, width, async (page) => {
          changed += await page.locator('.badge[data-changed] .badge__was').count();
          const out = await page.locator('.badge').evaluateAll((badges) =>
            badges
              .filter((badge) => badge.getClientRects().length > 0)
              .map((badge) => ({ text: badge.textContent!.replace(/\s+/g, ' ').trim(), right: badge.getBoundingClientRect().right, column: badge.parentElement!.getBoundingClientRect().right, page: document.documentElement.clientWidth }))
              .filter((b) => b.right > Math.min(b.column, b.page) + 1)
              .map((b) => `${b.text} ends at ${Math.round(b.right)}, its column at ${Math.round(b.column)}`),
          );
          spilled.push(...out.map((line) => `${account} at ${width}: ${line}`));
        });
      }
    }
    expect(changed).toBeGreaterThan(0);
    expect(spilled).toEqual([]);
  }, 120_000);

  it('fits a phone at 200% text (the phone’s own font size): no page of any kind scrolls sideways, no text runs off the screen, axe finds nothing serious', async () => {
    const [account, plan] = shared[0]!;
    const pages = [
      ...['/', '/accounts/', '/accounts/maple-grocers/', '/accounts/maple-grocers/dc-scanner-rollout/', '/accounts/maple-grocers/dc-scanner-rollout/agreement/', '/people/', '/people/tom-lindqvist/', '/reports/', '/insights/', '/guides/', '/guides/handing-over/', '/timeline/', '/404.html'].map((path) => `${example.url}${path}?today=2026-12-04`),
      `${clients.url}/${account}/index.html`,
      `${clients.url}/${account}/plans/${plan}/index.html`,
      `${clients.url}/${account}/plans/${plan}/letter/index.html`,
    ];
    const off: string[] = [];
    for (const url of pages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      // What a phone's font size setting does: the default font, which rem, em and the media queries follow, at 32px.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes' as 'Page.enable', { fontSizes: { standard: 32, fixed: 26 } } as never);
      await page.goto(url);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), url).toBe('32px');
      const path = new URL(url).pathname;
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (wide > 0) off.push(`${path} scrolls sideways by ${wide}px`);
      off.push(
        ...(await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const scrolls = (element: Element) => { for (let e: Element | null = element; e; e = e.parentElement) if (/auto|scroll/.test(getComputedStyle(e).overflowX)) return true; return false; };
          const found: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement!;
            if (!node.textContent!.trim() || element.closest('svg, .visually-hidden') || scrolls(element)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const box of range.getClientRects()) if (box.width > 0 && box.right > width + 1) found.push(`“${node.textContent!.trim().slice(0, 30)}” ends at ${Math.round(box.right)}`);
          }
          return found.slice(0, 3);
        })).map((line) => `${path}: ${line}`),
      );
      off.push(...(await seriousViolations(page)).map((line) => `${path}: ${line}`));
      await context.close();
    }
    expect(off).toEqual([]);
  }, 180_000);

  it('keeps a wide table’s caption in view on a phone, where the table scrolls in its region', async () => {
    await visit(`${main.url}/insights/`, 390, async (page) => {
      const captions = await page.locator('.table-scroll caption').evaluateAll((list) =>
        list.map((caption) => ({ text: caption.textContent, right: caption.getBoundingClientRect().right, edge: caption.closest('.table-scroll')!.getBoundingClientRect().right })),
      );
      expect(captions.length).toBeGreaterThan(0);
      for (const caption of captions) expect(caption.right, caption.text!).toBeLessThanOrEqual(caption.edge + 0.5);
    });
  }, 60_000);

  it('draws the keyboard’s focus ring at 3:1 or more against what is around it, on every page kind and both sites', async () => {
    const [account, plan] = shared[0]!;
    for (const [url, width] of [
      [`${main.url}/`, 1280],
      [`${main.url}/accounts/${shared[0]!.join('/')}/agreement/`, 1280],
      [`${main.url}/search/?q=scanner`, 390],
      [`${clients.url}/${account}/index.html`, 1280],
      [`${clients.url}/${account}/plans/${plan}/index.html`, 390],
    ] as const) {
      await visit(url, width, async (page) => {
        // The search's form and filters come hidden and its script shows them: tab once they are there.
        if (url.includes('/search/')) await page.locator('#search-filters').waitFor({ state: 'visible' });
        const rings: { what: string; style: string; ratio: number }[] = [];
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return undefined;
            const style = getComputedStyle(element);
            // What the ring is drawn on: the first background around the element.
            let around: Element | null = element.parentElement;
            let background = 'rgb(255, 255, 255)';
            for (; around; around = around.parentElement) {
              const colour = getComputedStyle(around).backgroundColor;
              if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
                background = colour;
                break;
              }
            }
            if (!around) {
              const root = getComputedStyle(document.documentElement).backgroundColor;
              if (root !== 'rgba(0, 0, 0, 0)') background = root;
            }
            return { what: `${element.tagName.toLowerCase()} ${(element.textContent ?? '').trim().slice(0, 30)}`, style: `${style.outlineStyle} ${style.outlineWidth}`, outline: style.outlineColor, background };
          });
          if (!ring) continue;
          rings.push({ what: ring.what, style: ring.style, ratio: contrast(ring.outline, ring.background) });
        }
        expect(rings.length, url).toBeGreaterThan(3);
        for (const ring of rings) {
          expect(ring.style, `${url}: ${ring.what}`).toBe('solid 3px');
          expect(ring.ratio, `${url}: ${ring.what}`).toBeGreaterThanOrEqual(3);
        }
        // The folded filters on a phone take the same ring (not the browser's own).
        if (url.includes('/search/')) expect(rings.map((ring) => ring.what)).toContainEqual(expect.stringMatching(/^summary Filters/));
      });
    }
  }, 120_000);

  it('shows a guide’s YAML readable: no contrast failure in its code', async () => {
    await visit(`${example.url}/guides/logging-touchpoints/`, 1280, async (page) => {
      expect(await page.locator('pre code').count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }, 60_000);

  it('prints each item number of a letter on one line, "11" included', async () => {
    await visit(`${example.url}/accounts/harbourline-logistics/managed-service/agreement/`, 1280, async (page) => {
      await page.emulateMedia({ media: 'print' });
      // A4's width less the 14 mm margins, at 96 px an inch.
      await page.setViewportSize({ width: 688, height: 1000 });
      const numbers = await page.locator('.letter tbody td:first-child').evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return { text: cell.textContent!.trim(), lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size };
        }),
      );
      expect(numbers.map((n) => n.text)).toContain('11');
      for (const number of numbers) expect(number.lines, number.text).toBe(1);
    });
  }, 60_000);

  it('says only the reader’s day in the banner once the page is re-judged for a later day', async () => {
    await visit(`${main.url}/?today=2026-12-01`, 1280, async (page) => {
      await expect.poll(() => page.locator('#as-of-note').textContent()).toContain('Today is 2026-12-01');
      expect(await page.locator('.as-of').innerText()).not.toContain('statuses on this page are as of that day');
      expect((await page.locator('.as-of').innerText()).trim()).toMatch(/^Today is 2026-12-01: the statuses, counts and lists on this page are today's, from the site built for 2026-11-22\./);
    });
    // On the build day, and past the reading window, the first sentence is true and stays.
    for (const day of [RICH_AS_OF, '2031-01-01']) {
      await visit(`${main.url}/?today=${day}`, 1280, async (page) => {
        await expect.poll(() => page.locator('#as-of-note').textContent()).not.toBe('');
        expect(await page.locator('.as-of').innerText()).toContain(`Built for ${RICH_AS_OF}: statuses on this page are as of that day.`);
      });
    }
  }, 60_000);

  it('names each count link of the dashboard by whose it is and what it counts', async () => {
    await visit(`${main.url}/`, 1280, async (page) => {
      const links = page.locator('.plates td.num a');
      expect(await links.count()).toBeGreaterThan(3);
      const names = await links.evaluateAll((list) => list.map((a) => a.textContent!.trim()));
      for (const name of names) expect(name).toMatch(/^\S.*: \d+ (late|due soon|at risk|waiting on the client)$/);
      // Seen, it is the number alone: the words around it take no room.
      const sizes = await page.locator('.plates td.num a > :not(.plate-count)').evaluateAll((list) => list.map((span) => span.getBoundingClientRect().width));
      expect(sizes.length).toBe(2 * names.length);
      for (const width of sizes) expect(width).toBeLessThanOrEqual(1);
    });
  }, 60_000);

  it("puts every line of the client's pages in a landmark, the date line included", async () => {
    const [account, plan] = shared[0]!;
    for (const path of ['index.html', `plans/${plan}/index.html`, 'search/index.html']) {
      await visit(`${clients.url}/${account}/${path}`, 1280, async (page) => {
        expect(await violationsOf(page, ['region']), path).toEqual([]);
      });
    }
  }, 60_000);
});
