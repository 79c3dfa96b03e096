// The insights page, the dashboard and a person's page of the trend fixture's site, held to the
// numbers `playbook report --trend` and `--incidents` give for the same day: every point of the
// chart, every cell of the tables behind it, every team and person row; and each figure's text
// alternative (role=img, a title and a description it is labelled by).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { incidentTrend, promiseTrend } from '../../src/core/model.ts';
import { toIncidentJson } from '../../src/core/report/incidents.ts';
import { toTrendJson } from '../../src/core/report/trend.ts';
import { TREND_AS_OF, TREND_FILES } from '../helpers/trend-fixture.ts';
import { buildSite, elementWith, page, ROOT, textOf, type SiteBuild } from './build-site.ts';

let site: SiteBuild;
let check: CheckResult;

beforeAll(async () => {
  site = await buildSite({ name: 'trend', files: { ...TREND_FILES }, asOf: TREND_AS_OF, git: 'outside' });
  if (site.status !== 0) throw new Error(`the trend site did not build:\n${site.stderr}`);
  check = checkPlaybook(site.contentDir, { asOf: TREND_AS_OF, now: new Date(), cwd: ROOT });
}, 600_000);

/** Every element's attributes, for elements that carry `attribute`. */
function withAttribute(html: string, attribute: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<\\w+\\b[^>]*\\s${attribute}="[^"]*"[^>]*>`, 'g'))].map((m) => Object.fromEntries([...m[0].matchAll(/\s([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}
const num = (value: string | undefined) => (value === 'null' ? null : Number(value));

describe('the insights page', () => {
  it('draws each side\'s weekly rate where the report has one, and nowhere else', () => {
    const report = toTrendJson(promiseTrend(check.model));
    const html = page(site, '/insights/');
    const chart = elementWith(html, 'data-chart', 'sides-chart')!;
    for (const group of report.groups) {
      const series = elementWith(chart, 'data-series', group.key)!;
      const points = withAttribute(series, 'data-week').map((p) => [p['data-week'], Number(p['data-rate'])]);
      expect(points, group.key).toEqual(group.weeks.filter((w) => w.onTimeRate !== null).map((w) => [w.week, w.onTimeRate]));
    }
  });

  it('tabulates every week of every side with the report\'s counts', () => {
    const report = toTrendJson(promiseTrend(check.model));
    const table = elementWith(page(site, '/insights/'), 'data-table', 'sides')!;
    const cells = withAttribute(table, 'data-side');
    expect(cells).toHaveLength(report.weeks.length * 3);
    const shown = report.weeks.flatMap((week, i) =>
      cells.slice(i * 3, i * 3 + 3).map((c) => ({ week, side: c['data-side'], kept: num(c['data-kept']), keptLate: num(c['data-kept-late']), late: num(c['data-late']), dropped: num(c['data-dropped']), daysLate: num(c['data-days-late']), onTimeRate: num(c['data-rate']) })),
    );
    const expected = report.weeks.flatMap((week, i) => report.groups.map((g) => ({ side: g.key, ...g.weeks[i]! })));
    expect(shown).toEqual(expected);
  });

  it.each([
    ['teams', 'team'],
    ['people', 'person'],
  ] as const)('lists the %s with the report\'s rate, change and counts', (table, by) => {
    const report = toTrendJson(promiseTrend(check.model, { by }));
    const rows = withAttribute(elementWith(page(site, '/insights/'), 'data-keeping', table)!, 'data-key');
    expect(rows.map((r) => ({ key: r['data-key'], rate: num(r['data-rate']), change: num(r['data-change']), kept: num(r['data-kept']), keptLate: num(r['data-kept-late']), late: num(r['data-late']), dropped: num(r['data-dropped']), daysLate: num(r['data-days-late']) }))).toEqual(
      report.groups.map((g) => ({ key: g.key, rate: g.total.onTimeRate, change: g.change, kept: g.total.kept, keptLate: g.total.keptLate, late: g.total.late, dropped: g.total.dropped, daysLate: g.total.daysLate })),
    );
  });

  it('counts incidents by cause as the report does, and says the client\'s share', () => {
    const report = toIncidentJson(incidentTrend(check.model));
    const html = page(site, '/insights/');
    const rows = withAttribute(elementWith(html, 'data-table', 'causes')!, 'data-cause');
    expect(rows.map((r) => [r['data-cause'], num(r['data-count']), num(r['data-share'])])).toEqual(report.groups.map((g) => [g.key, g.total, g.share]));
    const bars = withAttribute(elementWith(html, 'data-chart', 'causes')!, 'data-cause');
    expect(bars.map((b) => [b['data-cause'], num(b['data-count'])])).toEqual(report.groups.map((g) => [g.key, g.total]));
    expect(textOf(html)).toContain("The client's side was the cause of 2 of 5 incidents (40%) in these 13 weeks.");
  });

  it('gives every chart a text alternative: role=img, labelled by its title and description', () => {
    const html = page(site, '/insights/');
    const svgs = [...html.matchAll(/<svg\b([^>]*)>([\s\S]*?)<\/svg>/g)];
    expect(svgs.length).toBeGreaterThan(2);
    for (const [, attributes, inner] of svgs) {
      if (/aria-hidden="true"/.test(attributes!)) continue;
      expect(attributes).toContain('role="img"');
      const ids = /aria-labelledby="([^"]+)"/.exec(attributes!)?.[1]?.split(' ') ?? [];
      expect(ids.length, attributes).toBeGreaterThan(0);
      for (const id of ids) expect(inner, id).toMatch(new RegExp(`<(title|desc) id="${id}">[^<]+</\\1>`));
    }
    expect(textOf(html)).toContain("Our side: 4 of 8 kept on the date first agreed (50%), up 16.7 points in the last 4 weeks on the 4 before.");
  });

  it('names kept promises before the others, and blames nobody', () => {
    const text = textOf(page(site, '/insights/'));
    expect(text.indexOf('Kept Kept late Late Dropped')).toBeGreaterThan(0);
    expect(text).not.toMatch(/\b(fault|blame|failed|failure|broken|missed)\b/i);
  });

  it('is in the site navigation', () => {
    expect(page(site, '/')).toMatch(/<a href="\/insights\/"[^>]*>Insights<\/a>/);
    expect(page(site, '/insights/')).toMatch(/<a href="\/insights\/" aria-current="page">Insights<\/a>/);
  });
});

describe('where people already look', () => {
  it("the dashboard shows this week's on-time rate and its change, as the report has them", () => {
    const trend = promiseTrend(check.model);
    const card = elementWith(page(site, '/'), 'data-keeping', 'dashboard')!;
    const rows = withAttribute(card, 'data-side');
    expect(rows.map((r) => [r['data-side'], num(r['data-rate']), num(r['data-change'])])).toEqual(trend.groups.map((g) => [g.key, g.recent.onTimeRate, g.change]));
    expect(textOf(card)).toContain('Our side: 66.7% over the last 4 weeks (2 of 3 kept by the date first agreed), ▲ +16.7 pts up 16.7 points on the 4 weeks before; this week (2026-W47) so far 1 of 2.');
  });

  it("a person's page shows their own trend", () => {
    const group = toTrendJson(promiseTrend(check.model, { by: 'person' })).groups.find((g) => g.key === 'omar-haddad')!;
    const html = page(site, '/people/omar-haddad/');
    const trend = withAttribute(html, 'data-rate').find((a) => a.class === 'person-trend')!;
    expect([num(trend['data-rate']), num(trend['data-change'])]).toEqual([group.total.onTimeRate, group.change]);
    expect(textOf(html)).toContain('Over the last 13 weeks: 2 kept on time, 2 kept late, 0 late, 0 dropped (50% on time, 2 of 4; 14 days late in all).');
    expect(textOf(html)).toContain('0 late · 1 owed · 0 waiting on the client');
    expect(textOf(html)).toContain('2 kept on time, 2 kept late, 0 dropped so far');
    expect(page(site, '/people/dana-berg/')).toContain('data-person-trend="yes"');
  });
});
