// What a reader would not expect, read in the built HTML of the fixture with a right-to-left name
// (Omar Haddad written in Arabic), a milestone due the day after the build and a touchpoint dated
// after it: names are isolated where sentences, lists and tables inline them; a milestone is never
// "due soon" (the contract's due-soon is about commitments); a draft plan says it promises nothing
// yet, without "or the plan is closed".
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, elementWith, page, textOf, type SiteBuild } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_FILES } from './fixture-playbook.ts';

const OMAR = 'عمر حداد';

const files: Record<string, string> = {
  ...FIXTURE_FILES,
  'people.yaml': FIXTURE_FILES['people.yaml']!.replace('name: Omar Haddad', `name: ${OMAR}`),
  'accounts/northwind/rollout.mdx': FIXTURE_FILES['accounts/northwind/rollout.mdx']!.replace('  - id: go-live\n', '  - id: staff-trained\n    title: Staff trained on the scanners\n    owner: kim-lee\n    due: 2026-11-23\n  - id: go-live\n'),
};

let site: SiteBuild;

beforeAll(async () => {
  site = await buildSite({ name: 'reading-surprises', files, asOf: FIXTURE_AS_OF, git: 'outside' });
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
    expect(plan).toMatch(new RegExp(`class="finding__message">[^<]*(?:<[^>]*>[^<]*)*?owner <bdi>${OMAR}</bdi>`));
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
