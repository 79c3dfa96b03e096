// What a reader would not expect, read in the built HTML of the fixture with a right-to-left name
// (Omar Haddad written in Arabic), a milestone due the day after the build and a touchpoint dated
// after it: names are isolated where sentences, lists and tables inline them; a milestone is never
// "due soon" (the contract's due-soon is about commitments); a draft plan says it promises nothing
// yet, without "or the plan is closed"; a touchpoint written for a day after the build counts from
// that day on when the page is read then.
import { beforeAll, describe, expect, it } from 'vitest';
import { holds } from '../../src/core/model/status.ts';
import { tokenWhen } from '../../src/site/when-token.ts';
import { buildSite, elementWith, page, textOf, type SiteBuild } from './build-site.ts';
import { FIXTURE_AS_OF } from './fixture-playbook.ts';
import { OMAR, READING_BUILD } from './reading-playbook.ts';

let site: SiteBuild;

beforeAll(async () => {
  site = await buildSite(READING_BUILD);
  if (site.status !== 0) throw new Error(`the site did not build:\n${site.stderr}`);
}, 300_000);

/** The table row (or list item) that holds `text`. */
function rowWith(html: string, tag: 'tr' | 'li', text: string): string | undefined {
  return html.split(new RegExp(`<${tag}\\b`)).slice(1).map((part) => part.split(`</${tag}>`)[0]!).find((part) => part.includes(text));
}

describe('a right-to-left name', () => {
  it('is isolated where a table, a list or a message inlines it, and reads as written', () => {
    const plan = page(site, '/accounts/northwind/rollout/');
    // The commitment's Owner cell and the overdue finding's message ("...; owner عمر حداد").
    expect(rowWith(plan, 'tr', 'Install scanners at all 8 facilities')).toContain(`<bdi>${OMAR}</bdi>`);
    // (A finding's message is its <p> without a class, between what it is about and its meta line.)
    expect(plan).toMatch(new RegExp(`<li class="finding--[^>]*><b>[^<]*</b><p class="finding__about">(?:(?!</p>).)*</p><p>[^<]*(?:<(?!/p>)[^>]*>[^<]*)*?owner <bdi>${OMAR}</bdi>`));
    const account = page(site, '/accounts/northwind/');
    expect(rowWith(account, 'li', OMAR)).toContain(`<bdi>${OMAR}</bdi>`);
    expect(textOf(page(site, '/people/')).includes(OMAR)).toBe(true);
    // Left-to-right names read exactly as before: the isolate adds no text.
    expect(textOf(plan)).toContain('Delivery lead Kim Lee');
  });
});

describe('a milestone due the day after the build', () => {
  it("is open on its lead's page and its plan's page, not 'due soon'", () => {
    for (const path of ['/people/kim-lee/', '/accounts/northwind/rollout/']) {
      const row = rowWith(page(site, path), 'tr', 'Staff trained on the scanners');
      expect(row, path).toBeDefined();
      expect(row, path).toContain('data-status="open"');
      expect(row, path).not.toContain('Due soon');
    }
    // The commitment due that day is due soon, on the dashboard too.
    expect(rowWith(page(site, '/accounts/northwind/rollout/'), 'tr', 'Train the warehouse staff')).toContain('data-status="due-soon"');
    const dueSoon = elementWith(page(site, '/'), 'id', 'due-soon') ?? '';
    expect(dueSoon).toContain('Train the warehouse staff');
    expect(dueSoon).not.toContain('Staff trained on the scanners');
  });
});

describe("a plan's status", () => {
  it('says a draft promises no dates yet, and nothing about being closed', () => {
    const status = textOf(page(site, '/accounts/contoso/pilot/'));
    expect(status).toContain('Status Draft (no dates are promised yet)');
    expect(status).not.toContain('closed');
    expect(textOf(page(site, '/accounts/northwind/rollout/'))).toMatch(/Status Active Delivery lead/);
  });
});

describe('a touchpoint written for a day after the build', () => {
  /** Whether the element's verdict (`data-when`) holds on `day`, as the page's script judges it. */
  const shownOn = (element: string, day: string) => {
    const token = /data-when="([^"]+)"/.exec(element)?.[1];
    if (token === undefined) return !/\shidden[\s>]/.test(element.split('>')[0]!);
    return holds(tokenWhen(token, FIXTURE_AS_OF)!, day, 1);
  };

  it("ends the stale follow-up, the overdue review and its own future-date error on its day, and is the account's last contact", () => {
    const dashboard = page(site, '/');
    for (const list of ['stale-follow-ups', 'governance-overdue']) {
      const entry = (elementWith(dashboard, 'id', list) ?? '').split(/<li\b/).find((part) => part.includes('Northwind Logistics'));
      expect(entry, list).toBeDefined();
      expect(shownOn(entry!, '2026-11-24'), `${list} on 2026-11-24`).toBe(true);
      expect(shownOn(entry!, '2026-11-25'), `${list} on 2026-11-25`).toBe(false);
    }
    const account = page(site, '/accounts/northwind/');
    const findings = account.split(/<li\b/).filter((part) => part.includes('class="finding--'));
    const future = findings.find((part) => part.includes('data-rule="future-date"'))!;
    expect(shownOn(future, '2026-11-24')).toBe(true);
    expect(shownOn(future, '2026-11-25')).toBe(false);
    const stale = findings.find((part) => part.includes('data-rule="stale-follow-up"'))!;
    expect(shownOn(stale, '2026-11-25')).toBe(false);
    // The "Last contact" fact and the follow-up badge carry it for the script.
    expect(account).toMatch(/<dt>Last contact<\/dt><dd><time datetime="2026-10-20" data-later="0\/2026-11-25">2026-10-20<\/time>/);
    expect(account).toMatch(/data-follow-up="2026-11-03" data-stage="delivery"[^>]* data-later="14\/2026-11-25"/);
  });

  it('ends an item\'s lateness on the day a done written ahead closes it: off the dashboard and the chaser\'s list', () => {
    const dashboard = page(site, '/');
    const entry = (elementWith(dashboard, 'id', 'overdue') ?? '').split(/<li\b/).find((part) => part.includes('Order the handheld scanners'));
    expect(entry).toBeDefined();
    expect(shownOn(entry!, '2026-11-23')).toBe(true);
    expect(shownOn(entry!, '2026-11-24')).toBe(false);
    const kim = page(site, '/people/kim-lee/');
    const rows = kim.split(/<(?:li|tr)\b/).filter((part) => part.includes('Order the handheld scanners') && part.includes('data-when'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(shownOn(row, '2026-11-24'), row.slice(0, 200)).toBe(false);
  });
});
