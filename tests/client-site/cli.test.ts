// `npm run build -- --client`: what it writes where, and how it refuses: an unknown account with
// "did you mean" (exit 2, before Astro starts, nothing written), a playbook with structural
// findings exactly as the main build and `playbook check` print them (exit 1), a content folder
// that is not there and an unknown option (exit 2).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { formatText } from '../../src/core/report/text.ts';
import { STRUCTURAL_RULES } from '../../src/core/rules/catalog.ts';
import { ROOT } from '../site/build-site.ts';
import { BROKEN_FILES, FIXTURE_AS_OF } from '../site/fixture-playbook.ts';
import { buildClient, type ClientBuild } from './build-client.ts';
import { AS_OF, CLIENT, FILES, OTHER } from './marker-playbook.ts';

let one: ClientBuild;
let all: ClientBuild;
let typo: ClientBuild;
let broken: ClientBuild;
let missing: ClientBuild;
let option: ClientBuild;

beforeAll(async () => {
  // An output folder as an earlier run left it: an account's folder, and one of an account since removed.
  one = await buildClient({ name: 'cli-one', files: FILES, asOf: AS_OF, client: [CLIENT], existing: [OTHER, 'removed-account'] });
  all = await buildClient({ name: 'cli-all', files: FILES, asOf: AS_OF, client: ['all'], existing: ['removed-account'] });
  typo = await buildClient({ name: 'cli-typo', files: FILES, asOf: AS_OF, client: ['harow'] });
  broken = await buildClient({ name: 'cli-broken', files: BROKEN_FILES, asOf: FIXTURE_AS_OF, client: ['all'] });
  missing = await buildClient({ name: 'cli-missing', contentDir: join(ROOT, 'test-results', 'no-such-playbook'), asOf: AS_OF, client: ['all'] });
  option = await buildClient({ name: 'cli-option', files: FILES, asOf: AS_OF, client: [CLIENT], extra: ['--clients', OTHER] });
}, 600_000);

describe('npm run build -- --client', () => {
  it('builds one account into <out>/<account>/ and leaves the other folders as they were', () => {
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain(`one client site written to ${one.outDir}/${CLIENT}/ in `);
    expect(readdirSync(one.outDir).sort()).toEqual([CLIENT, OTHER, 'NOTES.txt', 'removed-account'].sort());
    expect(existsSync(join(one.outDir, CLIENT, 'plans', 'retrofit', 'index.html'))).toBe(true);
    // Untouched: still what the earlier run left.
    expect(readdirSync(join(one.outDir, OTHER)).sort()).toEqual(['calendar.ics', 'index.html', 'search']);
  });

  it("offers the calendar as the file it is: no address to subscribe to is known, and the page says so", () => {
    const home = readFileSync(join(one.outDir, CLIENT, 'index.html'), 'utf8');
    const plan = readFileSync(join(one.outDir, CLIENT, 'plans', 'retrofit', 'index.html'), 'utf8');
    expect(home).toContain(
      `<a href="calendar.ics" download="${CLIENT}.ics">Download the calendar file</a> to add every date still open, on both sides, to your calendar. It is a copy of the dates as of <time datetime="2026-06-15">15 Jun 2026</time>, not a subscription: your calendar will not change it when a date moves or something is done, and its events do not link back to these pages. Download it again to see later changes.`,
    );
    expect(plan).toContain(`<a href="../../calendar.ics" download="${CLIENT}.ics">Download the calendar file</a> (every plan's open dates as of <time datetime="2026-06-15">15 Jun 2026</time>; <a href="../../index.html#calendar-file">what it holds</a>)`);
    // Every link to the calendar is the file beside the pages, which is there; none to subscribe.
    for (const page of [home, plan]) expect(page).not.toMatch(/webcal:|https?:[^"]*calendar\.ics/);
    expect(readFileSync(join(one.outDir, CLIENT, 'calendar.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(home).toContain('id="calendar-file"');
  });

  it("builds every account with all, replacing every client site in the output folder and nothing else", () => {
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toContain(`2 client sites written to ${all.outDir}/ (a folder each: ${[CLIENT, OTHER].sort().join(', ')}) in `);
    expect(readdirSync(all.outDir).sort()).toEqual([CLIENT, OTHER, 'NOTES.txt'].sort());
    for (const account of [CLIENT, OTHER]) expect(existsSync(join(all.outDir, account, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('refuses an unknown account with a suggestion, exit 2, before building anything', () => {
    expect(typo.status).toBe(2);
    expect(typo.stderr.trim()).toBe(`No account "harow" in the playbook (did you mean ${CLIENT}?).`);
    expect(existsSync(typo.outDir)).toBe(false);
  });

  it("refuses a playbook with structural findings as the main build does, exit 1", () => {
    expect(broken.status).toBe(1);
    const check = checkPlaybook(broken.contentDir, { asOf: FIXTURE_AS_OF, now: new Date(), cwd: ROOT });
    const structural = check.findings.filter((f) => STRUCTURAL_RULES.includes(f.rule));
    expect(structural.length).toBeGreaterThan(0);
    expect(broken.stderr).toContain(formatText(structural, { color: false, asOf: FIXTURE_AS_OF }));
    expect(broken.stderr).toContain('The playbook cannot be built: 4 findings of schema, unknown-reference, duplicate-id, dependency-cycle must be fixed first.');
    expect(broken.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(broken.outDir)).toBe(false);
  });

  it('refuses a content folder that is not there, exit 2', () => {
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-playbook does not exist or is not a folder');
  });

  it('refuses an unknown option with a suggestion, exit 2', () => {
    expect(option.status).toBe(2);
    expect(option.stderr.trim()).toBe('build: unknown option --clients (did you mean --client?)');
  });
});
