// A finding about a touchpoint or a handoff checklist item links to that row, not to the top of the
// account's or plan's page: on the reports page, on the page of the thing itself ("see the
// touchpoint") and on the owner's page; and every such link's row exists where it points.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, textOf, type SiteBuild } from './build-site.ts';
import { FINDING_ROWS_BUILD } from './finding-rows-playbook.ts';

let site: SiteBuild;

beforeAll(async () => {
  site = await buildSite(FINDING_ROWS_BUILD);
  if (site.status !== 0) throw new Error(`the site did not build:\n${site.stderr}`);
}, 600_000);

/**
 * Each finding a page shows on the build's day (those of later days are hidden until then), by
 * rule, with the links it makes and their words.
 */
function findingLinks(path: string): [string, ...string[]][] {
  const html = page(site, path);
  return [...html.matchAll(/<li class="finding[^"]*" data-rule="([^"]+)"[^>]*>[\s\S]*?<\/li>/g)]
    .filter((m) => !/^<li[^>]* hidden[ >]/.test(m[0]))
    .map((m) => [m[1]!, ...[...m[0].matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((a) => `${a[1]} ${textOf(a[2]!)}`)]);
}

/** The text of the element with `id` on the page at `href`'s path, or undefined when there is none. */
function target(href: string): string | undefined {
  const [path, id] = href.split('#');
  const html = page(site, path!);
  const open = new RegExp(`<(tr|li) id="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return open ? textOf(open[2]!) : undefined;
}

const ROWS = {
  future: '/accounts/birch/#touchpoint-2026-11-30-kim-lee-meeting',
  review: '/accounts/birch/#touchpoint-2026-10-01-kim-lee-review',
  ownerCall: '/accounts/birch/#touchpoint-2026-09-01-jane-doe-call',
  briefed: '/accounts/birch/rollout/#handoff-delivery-briefed',
  onboarded: '/accounts/birch/rollout/#handoff-partner-onboarded',
};

const accountFindings = (name: string) => [
  ['future-date', `${ROWS.future} ${name}`],
  ['governance-overdue', `${ROWS.review} ${name}`],
  ['owner-absent', `${ROWS.ownerCall} ${name}`],
  ['stale-follow-up', `${ROWS.review} ${name}`],
];
const planFindings = [
  ['handoff-incomplete', `${ROWS.briefed} Rollout`],
  ['handoff-late', `${ROWS.onboarded} Rollout`],
];

describe('a finding about a row', () => {
  it('links to the touchpoint or the checklist item on the reports page', () => {
    expect(findingLinks('/reports/').sort()).toEqual([...accountFindings('Birch Hardware'), ...planFindings].sort());
  });

  it('lands on a row that is there, the one the finding is about', () => {
    expect(target(ROWS.future)).toContain('Site walk planned for next week');
    expect(target(ROWS.review)).toContain('Quarterly review of the rollout');
    expect(target(ROWS.ownerCall)).toContain('Jane checked in after the handoff');
    expect(target(ROWS.briefed)).toContain('Not done Delivery team briefed');
    expect(target(ROWS.onboarded)).toContain('Done 2026-10-05 Partner onboarded');
  });

  it("links to the row from beside the thing itself, on the account's and the plan's page", () => {
    // The account's name is not repeated on its own page: the link says where it goes.
    // On the row's own page the link is its fragment: the same place, the page's address unrepeated.
    const onPage = (path: string, links: string[][]) => links.map(([rule, link]) => [rule, link!.replace(`${path}#`, '#')]);
    expect(findingLinks('/accounts/birch/').sort()).toEqual(onPage('/accounts/birch/', accountFindings('see the touchpoint')));
    expect(textOf(page(site, '/accounts/birch/'))).toContain('Account owners out of touch with their client · see the touchpoint · owner Jane Doe');
    expect(findingLinks('/accounts/birch/rollout/').sort()).toEqual(onPage('/accounts/birch/rollout/', planFindings));
  });

  it("links to the row from the page of the person who answers for it", () => {
    expect(findingLinks('/people/jane-doe/').sort()).toEqual(accountFindings('Birch Hardware'));
    expect(findingLinks('/people/kim-lee/').sort()).toEqual(planFindings);
  });

  it('links a finding of a later day (the follow-up due after the meeting ahead) to the row it will measure from', () => {
    const later = [...page(site, '/reports/').matchAll(/<li class="finding[^"]*" data-rule="stale-follow-up"[^>]* hidden>[\s\S]*?<\/li>/g)];
    expect(later.map((m) => /href="([^"]*)"/.exec(m[0])?.[1])).toEqual([ROWS.future]);
  });
});
