// The client's site of a playbook whose every internal field holds a marker (marker-playbook.ts),
// built with `--client all` so that the other account is rendered in the same build: no marker,
// nor any sign of where the content lives, appears in any file of the client's folder (HTML,
// calendar, scripts, styles, and Pagefind's index, fragments and metadata decompressed), nor in
// a file's name; and everything the client may see is there, where a reader would look for it.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, textOf } from '../site/build-site.ts';
import { buildClient, filesIn, readableText, type ClientBuild } from './build-client.ts';
import { AS_OF, CLIENT, FILES, MARKERS, MARKUP_WHAT, OTHER, SOURCE_WORDS, VISIBLE } from './marker-playbook.ts';

let build: ClientBuild;
let folder: string;
/** Each file of the client's folder, by its path in the folder, as text. */
let texts: Map<string, string>;

beforeAll(async () => {
  build = await buildClient({ name: 'markers-all', files: FILES, asOf: AS_OF, client: ['all'] });
  if (build.status !== 0) throw new Error(`the client build failed:\n${build.stderr}`);
  folder = join(build.outDir, CLIENT);
  texts = new Map(filesIn(folder).map((file) => [relative(folder, file), readableText(file)]));
}, 300_000);

const page = (path: string) => textOf(texts.get(path)!);

describe("nothing internal in any file of the client's folder", () => {
  it('has the files a client site is made of, and no others', () => {
    const paths = [...texts.keys()];
    expect(paths.filter((p) => !p.startsWith('pagefind/')).sort()).toEqual([
      'calendar.ics',
      'index.html',
      'plans/discovery/index.html',
      'plans/discovery/letter/index.html',
      'plans/retrofit/index.html',
      'plans/retrofit/letter/index.html',
      'search/index.html',
    ]);
    // The search index, with its fragments: what the scan below must read decompressed.
    expect(paths.some((p) => /^pagefind\/fragment\/.+\.pf_fragment$/.test(p))).toBe(true);
    expect(paths.some((p) => /^pagefind\/index\/.+\.pf_index$/.test(p))).toBe(true);
    expect(paths).toContain('pagefind/pagefind.js');
    // No source map, no shared asset folder, no ready-made search UI that would render HTML.
    expect(paths.filter((p) => p.endsWith('.map') || p.startsWith('_astro/') || p.includes('pagefind-ui'))).toEqual([]);
  });

  it('decompresses the search index into readable text that holds the plan', () => {
    const fragments = [...texts].filter(([path]) => path.endsWith('.pf_fragment')).map(([, text]) => text).join('\n');
    expect(fragments).toContain('Install the conveyor sensors');
  });

  it.each(Object.entries(MARKERS))('never holds %s', (_, marker) => {
    for (const [path, text] of texts) {
      expect(text.toLowerCase().includes(marker.toLowerCase()), `${marker} in ${path}`).toBe(false);
      expect(path.toLowerCase()).not.toContain(marker.toLowerCase());
    }
  });

  it('never holds any part of a marker, even as a word of the search index', () => {
    for (const [path, text] of texts) expect(/zqx/i.test(text), path).toBe(false);
  });

  it.each(SOURCE_WORDS)('never says %s', (word) => {
    for (const [path, text] of texts) expect(text.includes(word), path).toBe(false);
  });

  it("has no other account's folder content: only that account's own folder is beside it", () => {
    // The other account got a folder of its own in the same run, with its own plan.
    expect(filesIn(join(build.outDir, OTHER)).map((f) => relative(build.outDir, f))).toContain(`${OTHER}/index.html`);
    expect(readFileSync(join(build.outDir, OTHER, 'index.html'), 'utf8')).toContain(MARKERS.otherName);
  });
});

describe('everything the client may see', () => {
  it('shows each shared plan, written to them, with both sides, milestones and changes', () => {
    const home = page('index.html');
    for (const title of VISIBLE.plans) expect(home).toContain(title);
    const plan = page('plans/retrofit/index.html');
    expect(plan).toContain(`What ${VISIBLE.account} will do`);
    expect(plan).toContain(`What ${VISIBLE.company} will do`);
    for (const text of [...VISIBLE.milestones, ...VISIBLE.ours.slice(0, 4), ...VISIBLE.theirs, ...VISIBLE.reasons, ...VISIBLE.people]) expect(plan).toContain(text);
    expect(page('plans/discovery/index.html')).toContain('Run the discovery workshop');
  });

  it("shows each item's owner, due date, status, slips, drop and addition", () => {
    const html = texts.get('plans/retrofit/index.html')!;
    const item = (id: string) => textOf(new RegExp(`<li class="item[^"]*">\\s*<h3[^>]*id="${id}"[\\s\\S]*?</li>\\s*(?=<li class="item|</ol>)`).exec(html)![0]);
    expect(item('commitment-install')).toMatch(/Install the conveyor sensors ○ Open Sam Okafor due 30 Jun 2026/);
    expect(item('commitment-install')).toContain('Moved from 12 Jun 2026 to 30 Jun 2026 on 11 May 2026: Sensor firmware recall at the vendor Workaround: Loan units from the vendor until the fix ships');
    expect(item('commitment-install')).toContain('Towards the milestone: Pilot line running');
    // Due tomorrow, with a two-day reminder window: due soon as of the build.
    expect(item('commitment-access')).toMatch(/Badge access for the install crew ◆ Due soon Dana Whitfield due 16 Jun 2026/);
    expect(item('commitment-floor-plans')).toMatch(/Share the floor plans ✓ Done Dana Whitfield due 20 Mar 2026 done 18 Mar 2026/);
    expect(item('commitment-dock-survey')).toContain('Added on 15 Apr 2026, agreed by Dana Whitfield: Harrow asked to include the dock');
    expect(item('commitment-floor-markings')).toContain("Dropped on 2 May 2026: Harrow's own crew will paint them");
    expect(item('milestone-second-line')).toContain('Dropped on 20 May 2026: Second line postponed by Harrow');
    expect(item('milestone-pilot')).toContain('Workaround: Run line two by hand meanwhile');
  });

  it('writes markup in the content as text', () => {
    const html = texts.get('plans/retrofit/index.html')!;
    expect(decode(html)).toContain(MARKUP_WHAT);
    expect(html).not.toContain('<img');
  });

  it('has the letter of agreement with the signed scope, the addition and both signatures', () => {
    const letter = page('plans/retrofit/letter/index.html');
    expect(letter).toContain(`Between ${VISIBLE.account} and ${VISIBLE.company}`);
    for (const text of ['Install the conveyor sensors', 'Badge access for the install crew', 'Pilot line running', 'Survey the loading dock', 'agreed by Dana Whitfield: Harrow asked to include the dock']) expect(letter).toContain(text);
    expect(letter).toMatch(/Signed by Dana Whitfield Title: Plant manager on 20 Feb 2026/);
    expect(letter).toMatch(/For Quillfeather Consulting Signed by Olga Brandt/);
  });

  it('counts, in a plan\'s "Done n of m", the items it lists that are not dropped, and says how many were dropped', () => {
    const html = texts.get('plans/retrofit/index.html')!;
    const statuses = [...html.matchAll(/class="badge badge--([a-z-]+)"/g)].map((m) => m[1]);
    const dropped = statuses.filter((status) => status === 'dropped').length;
    expect(dropped).toBeGreaterThan(0);
    const done = statuses.filter((status) => status === 'done').length;
    expect(page('plans/retrofit/index.html')).toContain(`Done ${done} of ${statuses.length - dropped} (not counting ${dropped} dropped)`);
  });

  it("writes the letter's dates as the client's other pages do (\"20 Feb 2026\"), never as 2026-02-20", () => {
    const letter = page('plans/retrofit/letter/index.html');
    expect(letter).toMatch(/Kickoff \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(letter).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('gives every page an icon of its own, inline, so that none asks the host for /favicon.ico', () => {
    for (const [path, html] of texts) {
      if (path.endsWith('.html')) expect(html, path).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
    }
  });

  it('has a calendar of every open item, on both sides, and nothing done or dropped', () => {
    const calendar = texts.get('calendar.ics')!.replace(/\r\n /g, '');
    const summaries = [...calendar.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!.replace(/\\([,;\\])/g, '$1'));
    expect(summaries).toEqual([
      'Badge access for the install crew (Dana Whitfield)',
      'Install the conveyor sensors (Sam Okafor)',
      'Milestone: Pilot line running',
      'Survey the loading dock (Sam Okafor)',
      `${MARKUP_WHAT} (Priya Natarajan)`,
    ]);
    expect(calendar).toContain('DTSTART;VALUE=DATE:20260630');
  });

  it('says without JavaScript which day the statuses are as of', () => {
    expect(page('plans/retrofit/index.html')).toContain('Statuses are as of 15 Jun 2026, the day this page was prepared.');
  });

  it("has none of the main site's frame", () => {
    for (const [path, text] of texts) {
      if (!path.endsWith('.html')) continue;
      expect(text, path).not.toMatch(/Dashboard|Reports|Insights|Built for|class="site-nav"|class="as-of"/);
    }
  });
});
