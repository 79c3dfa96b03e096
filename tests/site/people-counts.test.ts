// Every count on the People list is the count of that person's page and of the dashboard's table
// by owner, and all of them are `playbook report --person`'s: what is late, what is owed and not
// late, and the client's commitments they follow up, for every person of the rich playbook.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, elementWith, page, ROOT, textOf, withoutHidden, type SiteBuild } from './build-site.ts';
import { RICH_AS_OF, RICH_BUILD } from './rich-playbook.ts';

let site: SiteBuild;
let check: CheckResult;

beforeAll(async () => {
  site = await buildSite(RICH_BUILD);
  if (site.status !== 0) throw new Error(site.stderr);
  check = checkPlaybook(site.contentDir, { asOf: RICH_AS_OF, now: new Date(), cwd: ROOT });
}, 300_000);

/** The counts `playbook report --person` prints for a person. */
function reported(person: string): { late: number; owed: number; waiting: number } {
  const cli = spawnSync(process.execPath, ['scripts/playbook.ts', 'report', '--person', person, '--content', site.contentDir, '--as-of', RICH_AS_OF], { cwd: ROOT, encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  const count = (heading: string) => Number(new RegExp(`^${heading} \\((\\d+)\\)$`, 'm').exec(cli.stdout)?.[1]);
  return { late: count('Late'), owed: count('Owed'), waiting: count('Waiting on the client: they follow up') };
}

/** The number in a row's cell of a PlateTable column. */
function cell(html: string, person: string, column: string): number | undefined {
  const row = elementWith(html, 'data-person', person);
  if (row === undefined) return undefined;
  return Number(new RegExp(`data-col="${column}"[^>]*>[\\s\\S]*?class="plate-count"[^>]*>(\\d+)<`).exec(row)?.[1]);
}

/** The count in a person page's section heading ("Late (2)"). */
function heading(html: string, id: string): number {
  return Number(/\(\s*(\d+)\)/.exec(textOf(elementWith(html, 'id', `${id}-heading`) ?? ''))?.[1]);
}

describe('the counts of each person', () => {
  it("are the same on the People list, the person's page, the dashboard and in `playbook report --person`", () => {
    const people = page(site, '/people/');
    const dashboard = page(site, '/');
    for (const id of check.model.people.keys()) {
      const expected = reported(id);
      expect(Number.isNaN(expected.late), id).toBe(false);
      expect({ late: cell(people, id, 'late'), owed: cell(people, id, 'owed'), waiting: cell(people, id, 'waiting') }, `People list: ${id}`).toEqual(expected);
      const own = withoutHidden(page(site, `/people/${id}/`));
      expect({ late: heading(own, 'late'), owed: heading(own, 'owed'), waiting: heading(own, 'waiting') }, `${id}'s page`).toEqual(expected);
      // The dashboard lists whoever has anything on their plate, with the same numbers.
      if (expected.late + expected.owed + expected.waiting > 0) {
        expect({ late: cell(dashboard, id, 'late'), waiting: cell(dashboard, id, 'waiting') }, `dashboard: ${id}`).toEqual({ late: expected.late, waiting: expected.waiting });
      }
    }
  }, 120_000);

  it('counts for each person the findings their page lists', () => {
    const people = page(site, '/people/');
    for (const id of check.model.people.keys()) {
      const owned = check.findings.filter((f) => f.owner === id || f.chaser === id).length;
      expect(cell(people, id, 'findings'), id).toBe(owned);
      const list = elementWith(withoutHidden(page(site, `/people/${id}/`)), 'id', 'findings-list');
      expect((list?.match(/<li class="finding/g) ?? []).length, id).toBe(owned);
    }
  });
});
