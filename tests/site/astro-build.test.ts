// `astro build` alone, with no wrapper script, as a team's own Astro project runs it: the
// followthrough integration in astro.config.mjs makes the whole site, search index included, and
// refuses a broken playbook with the CLI's own words.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { formatText } from '../../src/core/report/text.ts';
import { STRUCTURAL_RULES } from '../../src/core/rules/catalog.ts';
import { buildSite, page, ROOT, textOf, type SiteBuild } from './build-site.ts';
import { BROKEN_FILES, FIXTURE_AS_OF, FIXTURE_BUILD } from './fixture-playbook.ts';

let site: SiteBuild;
let broken: SiteBuild;

beforeAll(async () => {
  site = await buildSite({ ...FIXTURE_BUILD, name: 'fixture-astro', runner: 'astro' });
  broken = await buildSite({ name: 'broken-astro', files: BROKEN_FILES, asOf: FIXTURE_AS_OF, runner: 'astro' });
}, 600_000);

describe('a plain `astro build`', () => {
  it('builds the pages and their search index', () => {
    expect(site.status, site.stderr).toBe(0);
    expect(textOf(page(site, '/accounts/northwind/rollout/'))).toContain('Scanner rollout');
    expect(existsSync(join(site.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    // Not the bundler's warning about Astro's own directive in MDX bodies that use components (known-warnings.ts).
    expect(`${site.stdout}${site.stderr}`).not.toContain('MODULE_LEVEL_DIRECTIVE');
    // Every page marked for search is in the index.
    const searchable = htmlFiles(site.outDir).filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(searchable.length);
  });

  it('renders the pages meant for search before the others, so that their index is written while the rest render', () => {
    // Astro lists each page as it renders it; the first ones are exactly the pages marked for
    // search (so SEARCH_ROUTES, in src/integration/routes.ts, names the routes that mark them),
    // and none of them came after the index was sealed.
    // (A line may run into the next one's time: "├─ /404.html07:08:56   ├─ ...".)
    const rendered = [...site.stdout.matchAll(/[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map((match) => match[1]!);
    const searchable = htmlFiles(site.outDir)
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${relative(site.outDir, file)}`);
    expect(searchable.length).toBeGreaterThan(0);
    expect(rendered.slice(0, searchable.length).sort()).toEqual(searchable.sort());
    expect(site.stdout).toContain(`[followthrough] indexed ${searchable.length} pages for search\n`);
    // Each page went to the index at its place in Astro's order (render-order.ts), so that the same
    // playbook gives the same index.
    expect(`${site.stdout}${site.stderr}`).not.toContain('went to the search index as rendered');
  });

  it('writes nothing but the site into its output folder', () => {
    expect(readdirSync(site.outDir).sort()).toEqual([
      '404.html',
      '_astro',
      'accounts',
      'calendar.ics',
      'commitments.json',
      'commitments.schema.json',
      'guides',
      'index.html',
      'insights',
      'pagefind',
      'people',
      'reports',
      'search',
      'timeline',
    ]);
  });

  it('stops at the gate, listing every structural finding as the CLI prints them, without a stack trace', () => {
    expect(broken.status).not.toBe(0);
    const check = checkPlaybook(broken.contentDir, { asOf: FIXTURE_AS_OF, now: new Date(), cwd: ROOT });
    const structural = check.findings.filter((f) => STRUCTURAL_RULES.includes(f.rule));
    expect(broken.stderr).toContain(formatText(structural, { color: false, asOf: FIXTURE_AS_OF }));
    expect(`${broken.stdout}${broken.stderr}`).toContain(`The playbook cannot be built: ${structural.length} findings of schema`);
    expect(`${broken.stdout}${broken.stderr}`).not.toMatch(/^\s+at /m);
    expect(existsSync(join(broken.outDir, 'index.html'))).toBe(false);
  });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}
