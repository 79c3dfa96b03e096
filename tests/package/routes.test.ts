// The pages the integration injects: each file under src/routes is a route named as Astro would
// name it in src/pages, so moving the pages into the package changed no URL.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternOf, SEARCH_ROUTES, siteRoutes } from '../../src/integration/routes.ts';

describe('the injected routes', () => {
  it('name each file as Astro names a page', () => {
    expect(patternOf('index.astro')).toBe('/');
    expect(patternOf('404.astro')).toBe('/404');
    expect(patternOf('accounts/[account]/[plan]/index.astro')).toBe('/accounts/[account]/[plan]');
    expect(patternOf('accounts/~[initial]/index.astro')).toBe('/accounts/~[initial]');
    expect(patternOf('calendar.ics.ts')).toBe('/calendar.ics');
    expect(patternOf('commitments.schema.json.ts')).toBe('/commitments.schema.json');
  });

  it('cover every page once, with the file inside the package', () => {
    const routes = siteRoutes();
    expect(routes.length).toBeGreaterThan(20);
    expect(new Set(routes.map((route) => route.pattern)).size).toBe(routes.length);
    expect(routes.map((route) => route.pattern)).toEqual(expect.arrayContaining(['/', '/404', '/accounts/[account]', '/search', '/commitments.json', '/people/[person]/calendar.ics']));
    for (const route of routes) expect(route.entrypoint).toMatch(/[/\\]src[/\\]routes[/\\]/);
  });

  it('name the routes rendered first for search among them (a renamed route must be renamed there too)', () => {
    const patterns = siteRoutes().map((route) => route.pattern);
    expect([...SEARCH_ROUTES].filter((route) => !patterns.includes(route))).toEqual([]);
  });

  it("leave out those the team's own src/pages has", () => {
    const pages = mkdtempSync(join(tmpdir(), 'own-pages-'));
    try {
      mkdirSync(join(pages, 'reports'));
      writeFileSync(join(pages, 'reports', 'index.astro'), '<h1>Ours</h1>\n');
      const patterns = siteRoutes(pages).map((route) => route.pattern);
      expect(patterns).not.toContain('/reports');
      expect(patterns).toContain('/search');
    } finally {
      rmSync(pages, { recursive: true, force: true });
    }
  });
});
