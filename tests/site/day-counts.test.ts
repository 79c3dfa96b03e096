// "1 day", never "1 days": the pages that count days in a sentence (a slip's move on the plan
// page and in its timeline, a person's days late in all) say one day in the singular, as the
// findings and the account's touchpoints do.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILES, plan, PLAN_PATH, text } from '../helpers/playbook-fixture.ts';
import { buildSite, page, textOf, type SiteBuild } from './build-site.ts';

// Kim's one commitment moved by a day, then kept a day after the date first agreed.
const FILES = {
  ...DEFAULT_FILES,
  [PLAN_PATH]: plan(text`
    commitments:
      - id: rehearse
        what: Rehearse the demo
        owner: kim-lee
        due: 2026-11-17
        done: 2026-11-17
        slips:
          - { date: 2026-11-10, from: 2026-11-16, to: 2026-11-17, told: Bob Smith, reason: Room booked }
  `),
} as Record<string, string>;

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ name: 'day-counts', files: FILES, asOf: '2026-11-22', git: 'outside' });
  if (site.status !== 0) throw new Error(site.stderr);
}, 600_000);

describe('a count of one day', () => {
  it("is one day on the plan page's slips and in its timeline", () => {
    const html = page(site, '/accounts/northwind/rollout/');
    expect(textOf(html)).toContain('2026-11-16 → 2026-11-17 (+1 day)');
    expect(html).toContain('Rehearse the demo: moved from 2026-11-16 to 2026-11-17 (+1 day)</title>');
    expect(html).not.toMatch(/\b1 days\b/);
  });

  it("is one day in a person's days late in all", () => {
    const html = page(site, '/people/kim-lee/');
    expect(textOf(html)).toContain('0 kept on time, 1 kept late, 0 late, 0 dropped (0% on time, 0 of 1; 1 day late in all)');
    expect(html).not.toMatch(/\b1 days\b/);
  });
});
