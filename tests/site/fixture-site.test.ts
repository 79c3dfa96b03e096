// The fixture playbook's built site: every page exists and shows the right people, dates and
// findings, taken from the core's own check of the same content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, elementWith, holdsMessage, page, ROOT, textOf, withoutHidden, type SiteBuild } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_BUILD, FIXTURE_FILES } from './fixture-playbook.ts';

let site: SiteBuild;
let check: CheckResult;

beforeAll(async () => {
  site = await buildSite(FIXTURE_BUILD);
  if (site.status !== 0) throw new Error(`the fixture site did not build:\n${site.stderr}`);
  check = checkPlaybook(site.contentDir, { asOf: FIXTURE_AS_OF, now: new Date(), cwd: ROOT });
}, 300_000);

const count = (rule: string) => check.findings.filter((f) => f.rule === rule).length;

describe('the fixture site', () => {
  it('has every page of the spec', () => {
    const paths = [
      '/',
      '/accounts/',
      '/accounts/northwind/',
      '/accounts/northwind/rollout/',
      '/accounts/northwind/rollout/agreement/',
      '/accounts/contoso/',
      '/accounts/contoso/pilot/',
      '/accounts/contoso/pilot/agreement/',
      '/people/',
      '/people/jane-doe/',
      '/people/kim-lee/',
      '/people/omar-haddad/',
      '/reports/',
      '/guides/',
      '/guides/handing-over/',
      '/guides/writing-mdx/',
      '/timeline/',
      '/search/',
    ];
    for (const path of paths) expect(page(site, path), path).toContain('<main id="main"');
    for (const file of ['commitments.json', 'calendar.ics', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js']) {
      expect(existsSync(join(site.outDir, file)), file).toBe(true);
    }
  });

  it('says on every page the date it was built for', () => {
    for (const path of ['/', '/accounts/northwind/', '/accounts/northwind/rollout/', '/people/kim-lee/', '/reports/']) {
      const html = page(site, path);
      expect(html).toContain('data-as-of="2026-11-22"');
      expect(textOf(html)).toContain('Built for 2026-11-22');
    }
  });

  it('counts on the dashboard what the checker finds, rule by rule', () => {
    const html = page(site, '/');
    for (const [section, rule] of [
      ['overdue', 'overdue'],
      ['milestones-overdue', 'milestone-overdue'],
      ['due-soon', 'due-soon'],
      ['stale-follow-ups', 'stale-follow-up'],
      ['governance-overdue', 'governance-overdue'],
    ]) {
      const card = new RegExp(`<li[^>]*data-section="${section}"[^>]*data-count="(\\d+)"`).exec(html);
      expect(Number(card?.[1]), section).toBe(count(rule!));
      expect(count(rule!), `${rule} has a finding in the fixture`).toBeGreaterThan(0);
    }
    // Of plans that promise dates only, as the counts by owner: a closed plan's open items are findings.
    const promising = new Set(check.model.plans.filter((p) => p.promising).map((p) => p.plan));
    const atRisk = check.model.commitments.filter((c) => c.status === 'at-risk' && promising.has(c.plan)).length;
    expect(html).toMatch(new RegExp(`data-section="at-risk"[^>]*data-count="${atRisk}"`));
    expect(page(site, '/reports/')).toMatch(new RegExp(`data-errors="${check.counts.error}" data-warnings="${check.counts.warning}" data-notices="${check.counts.notice}"`));
  });

  it("groups each dashboard list under our person who answers, the client's items under whoever chases them", () => {
    // What the dashboard shows on its day (the items that fall overdue later are there, hidden).
    const html = withoutHidden(page(site, '/'));
    // Bob Smith's overdue order is Kim Lee's to follow up: under Kim, waiting on the client.
    const kim = elementWith(html, 'id', 'overdue-kim-lee')!;
    expect(textOf(kim)).toMatch(/^Kim Lee \( ?1\) The client’s, which you follow up Order the handheld scanners ▲ Overdue .*owed by Bob Smith \(client\)/);
    expect(textOf(elementWith(html, 'id', 'overdue')!)).not.toContain('Bob Smith (client) (1)');
    const soon = textOf(elementWith(html, 'id', 'due-soon-kim-lee')!);
    expect(soon).toContain('Kim Lee ( 1)');
    expect(soon).toContain('Train the warehouse staff');
    const owners = textOf(elementWith(html, 'id', 'owners')!);
    expect(owners).toMatch(/Jane Doe/);
    expect(owners).not.toMatch(/Bob Smith/);
  });

  it('shows an account with contacts, team, touchpoint gaps and the next follow-up', () => {
    const html = page(site, '/accounts/northwind/');
    const text = textOf(html);
    for (const expected of ['Bob Smith, Operations director', 'Ana Ruiz, IT manager', 'bob@northwind.example', 'Kim Lee', 'Omar Haddad', 'Jane Doe']) {
      expect(text).toContain(expected);
    }
    // Last contact 2026-10-20, every two weeks: the follow-up was due 2026-11-03.
    expect(text).toMatch(/Next follow-up 2026-11-03 \(19 days ago\) ▲ Follow-up overdue/);
    expect(text).toContain('Review overdue');
    // 2026-06-01 to 2026-09-01 is 92 days without contact, longer than the cadence.
    expect(text).toMatch(/92 days ▲ Longer than cadence/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="touch-wide-title touch-wide-desc"/);
    expect(text).toContain('Scanner rollout');
    expect(text).toContain('quarterly freight audit');
  });

  it('shows a plan: timeline with slips, both sides, what each waits for, slips, handoff, agreement and body', () => {
    const html = page(site, '/accounts/northwind/rollout/');
    const text = textOf(html);
    // Two slips: install-scanners after the signing, configure-wms before it.
    // Framed twice, for a desktop and for a phone; each commitment drawn once, for both.
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*data-slips="2"/);
    expect((html.match(/<g class="tl-commitment /g) ?? []).length).toBe(7);
    expect(html).toContain('<title id="plan-timeline-wide-title">Timeline of Scanner rollout</title>');
    expect((html.match(/class="tl-slip"/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((html.match(/class="tl-line tl-line--today"/g) ?? []).length).toBe(2);
    expect(html).toContain('class="tl-break-in"');
    const table = elementWith(html, 'class', 'commitments stack')!;
    expect((table.match(/data-side="client"/g) ?? []).length).toBe(1);
    expect((table.match(/data-side="ours"/g) ?? []).length).toBe(6);
    const install = textOf(elementWith(html, 'id', 'commitment-install-scanners')!);
    expect(install).toContain('Order the handheld scanners');
    expect(install).toContain('first agreed 2026-11-15');
    const slips = textOf(elementWith(html, 'class', 'slips stack')!);
    for (const expected of ['2026-11-15 → 2026-11-30', 'Bob Smith', 'Firmware incompatibility we had not seen before', 'Ship on firmware 2.1 and patch on site']) {
      expect(slips).toContain(expected);
    }
    expect(textOf(elementWith(html, 'class', 'drops stack')!)).toContain('Ana Ruiz');
    expect(text).toMatch(/✓ Done 2026-08-25 Partner onboarded/);
    expect(text).toMatch(/✕ Not done Delivery team briefed/);
    expect(text).toContain('signed by Bob Smith on 2026-08-20');
    expect(text).toContain('What was sold');
    // The findings about the plan are shown beside it.
    for (const rule of ['handoff-incomplete', 'milestone-overdue', 'overdue', 'due-soon']) {
      const finding = check.findings.find((f) => f.rule === rule && f.subject.startsWith('northwind/rollout'))!;
      expect(holdsMessage(text, finding.message), finding.message).toBe(true);
    }
  });

  it('gives every status a word, not only a colour, with what the script needs to re-judge it', () => {
    const html = page(site, '/accounts/northwind/rollout/');
    // Only what is not the usual: a commitment (not a milestone) of a plan that promises is not said (present.ts).
    expect(html).toMatch(/<span class="badge badge--overdue" data-status="overdue" data-due="2026-11-10"><span aria-hidden="true">▲<\/span> Overdue<\/span>/);
    expect(html).toMatch(/<span class="badge badge--overdue" data-status="overdue" data-kind="milestone" data-due="[\d-]+"><span aria-hidden="true">▲<\/span> Overdue<\/span>/);
    expect(html).toMatch(/data-status="due-soon"[^>]*><span aria-hidden="true">◆<\/span> Due soon/);
    expect(html).toMatch(/data-status="at-risk"[^>]*data-risk="1"><span aria-hidden="true">!<\/span> At risk/);
    expect(html).toMatch(/data-status="done"[^>]*><span aria-hidden="true">✓<\/span> Done/);
  });

  it("writes a plan's rows without what the page says once elsewhere (a plan of 20,000 items)", () => {
    const html = page(site, '/accounts/northwind/rollout/');
    const row = elementWith(html, 'id', 'commitment-install-scanners')!;
    // The phone layout's labels are in the stylesheet, once; a distance is to the <time> before it.
    expect(row).not.toContain('data-label');
    expect(row).toMatch(/<time datetime="2026-11-30">2026-11-30<\/time> <span class="relative" data-relative>\(in \d+ days\)<\/span>/);
    expect(elementWith(html, 'class', 'milestones stack')).not.toContain('data-label');
  });

  it('prints the letter of agreement: both parties, who does what by when, milestones, signatures', () => {
    const html = page(site, '/accounts/northwind/rollout/agreement/');
    const text = textOf(html);
    expect(text).toContain('Between Northwind Logistics and Fixture Co');
    expect(text).toMatch(/Fixture Co will .*Configure the WMS interface \(done 2026-09-30\) Omar Haddad 2026-10-01/);
    expect(text).toMatch(/Northwind Logistics will .*Order the handheld scanners Bob Smith 2026-11-10/);
    expect(text).not.toContain('Install at site 8');
    expect(text).toContain('1 item was dropped by agreement');
    expect(text).toMatch(/M2 All sites live 2026-11-20/);
    expect(text).toMatch(/For Northwind Logistics Signed by Bob Smith Title: on 2026-08-20/);
    expect(text).toMatch(/For Fixture Co Signed by Jane Doe Title: on 2026-08-21/);
    expect(html).not.toContain('class="site-header"');
  });

  it("lists each person's open promises by due date, and their accounts", () => {
    const text = textOf(page(site, '/people/kim-lee/'));
    const train = text.indexOf('Train the warehouse staff');
    const runbook = text.indexOf('operations runbook');
    expect(train).toBeGreaterThan(-1);
    expect(train).toBeLessThan(runbook);
    // A draft promises nothing yet: its items are on nobody's list, as in `playbook report --person`.
    expect(text).not.toContain('Send the proposal');
    expect(text).toMatch(/Northwind Logistics Team/);
    expect(text).toMatch(/Contoso Paper Relationship owner/);
    expect(text).toContain('Plans they lead');
  });

  it('lists every finding on the reports page, by rule, linking to its page and its source line', () => {
    const html = page(site, '/reports/');
    for (const finding of check.findings) {
      const section = elementWith(html, 'id', `rule-${finding.rule}`)!;
      expect(holdsMessage(textOf(section), finding.message), finding.message).toBe(true);
      const contentPath = finding.file.replace(/^.*?content\//, '');
      expect(section).toContain(`href="https://git.example/acme/playbook/blob/main/content/${contentPath}#L${finding.line}"`);
    }
    // One finding, spelled out: the order-hardware commitment is overdue, found at its line.
    const overdueFinding = check.findings.find((f) => f.rule === 'overdue' && f.subject === 'northwind/rollout#order-hardware')!;
    const line = FIXTURE_FILES['accounts/northwind/rollout.mdx']!.split('\n').findIndex((text) => text.includes('id: order-hardware')) + 1;
    expect(overdueFinding.line).toBe(line);
    const link = `href="https://git.example/acme/playbook/blob/main/content/accounts/northwind/rollout.mdx#L${line}"`;
    expect(elementWith(html, 'id', 'rule-overdue')).toContain(link);
    // And beside the plan it is about.
    expect(elementWith(page(site, '/accounts/northwind/rollout/'), 'class', 'findings')).toContain(link);
    const overdue = elementWith(html, 'id', 'rule-overdue')!;
    expect(overdue).toContain('href="/accounts/northwind/rollout/#commitment-order-hardware"');
    // A stale follow-up links to the touchpoint it measures from, on the account's page.
    expect(elementWith(html, 'id', 'rule-stale-follow-up')).toContain('href="/accounts/northwind/#touchpoint-2026-10-20-jane-doe-review"');
    expect(elementWith(html, 'id', 'rule-guide-review-due')).toContain('href="/guides/handing-over/"');
  });

  it('writes a finding with what a reader sees and the script needs, and nothing twice (a plan of 20,000 items lists 24,000)', () => {
    const finding = (html: string) => /<li[^>]*data-rule="overdue"[^>]*>(?:(?!<\/li>)[\s\S])*commitment-order-hardware[\s\S]*?<\/li>/.exec(html)?.[0];
    // Beside its plan: the row is a fragment of this page; the level's icon is the stylesheet's; a
    // date is its <time>'s text, its distance re-dated from it; no blank between the tags.
    const edit = '<a class="edit-link" href="https://git.example/acme/playbook/blob/main/content/accounts/northwind/rollout.mdx#L33">edit<span class="visually-hidden"> accounts/northwind/rollout.mdx, line 33</span></a>';
    expect(finding(page(site, '/accounts/northwind/rollout/'))).toBe(
      '<li class="finding--warning" data-rule="overdue"><b>Warning</b>' +
        '<p class="finding__about"><a href="#commitment-order-hardware"><bdi>Order the handheld scanners</bdi></a><small> · <bdi>Scanner rollout · Northwind Logistics</bdi></small></p>' +
        '<p><bdi>Order the handheld scanners</bdi> was due <time>2026-11-10</time> <span data-relative>(12 days ago)</span>; owner <bdi>Bob Smith</bdi> (client), chased by <bdi>Kim Lee</bdi></p>' +
        `<p class="finding__meta">Overdue commitments · followed up by <bdi>Kim Lee</bdi> · ${edit}</p></li>`,
    );
    // In the reports, whose sections are by rule: the row on its plan's page.
    expect(finding(page(site, '/reports/'))).toBe(
      '<li class="finding--warning" data-rule="overdue"><b>Warning</b>' +
        '<p class="finding__about"><a href="/accounts/northwind/rollout/#commitment-order-hardware"><bdi>Order the handheld scanners</bdi></a><small> · <bdi>Scanner rollout · Northwind Logistics</bdi></small></p>' +
        '<p><bdi>Order the handheld scanners</bdi> was due <time>2026-11-10</time> <span data-relative>(12 days ago)</span>; owner <bdi>Bob Smith</bdi> (client), chased by <bdi>Kim Lee</bdi></p>' +
        `<p class="finding__meta">followed up by <bdi>Kim Lee</bdi> · ${edit}</p></li>`,
    );
  });

  it('links each page about one file to that file on the repository host, for editing', () => {
    const edit = 'https://git.example/acme/playbook/edit/main/content';
    for (const [path, file] of [
      ['/accounts/northwind/', 'accounts/northwind/index.mdx'],
      ['/accounts/northwind/rollout/', 'accounts/northwind/rollout.mdx'],
      ['/accounts/northwind/rollout/agreement/', 'accounts/northwind/rollout.mdx'],
      ['/accounts/contoso/pilot/', 'accounts/contoso/pilot.mdx'],
      ['/guides/handing-over/', 'guides/handing-over.mdx'],
      ['/people/kim-lee/', 'people.yaml'],
    ]) {
      const links = [...page(site, path!).matchAll(/<a class="page-source__edit" href="([^"]*)">Edit this page<\/a>/g)].map((match) => match[1]);
      expect(links, path).toEqual([`${edit}/${file}`]);
    }
    // Pages built from many files have no single file to edit.
    for (const path of ['/', '/accounts/', '/people/', '/reports/', '/guides/', '/timeline/', '/search/']) {
      expect(page(site, path), path).not.toContain('Edit this page');
    }
    // The letter prints without it.
    expect(page(site, '/accounts/northwind/rollout/agreement/')).toMatch(/<p class="page-source no-print"/);
  });

  it('shows no "Last updated" outside a git repository', () => {
    for (const path of ['/accounts/northwind/', '/accounts/northwind/rollout/', '/accounts/northwind/rollout/agreement/', '/guides/handing-over/', '/people/kim-lee/']) {
      expect(textOf(page(site, path)), path).not.toContain('Last updated');
    }
  });

  it('shows what moved since the agreement was signed: as signed and now, not what moved before', () => {
    const html = page(site, '/accounts/northwind/rollout/');
    // Signed by Bob Smith on 2026-08-20 and by Jane Doe on 2026-08-21: in force from the later.
    const section = elementWith(html, 'aria-labelledby', 'since-signed-heading')!;
    expect(html).toMatch(/<section aria-labelledby="since-signed-heading" data-signed-on="2026-08-21" data-moved="1">/);
    expect(textOf(section)).toMatch(/^Since the agreement was signed \( ?2026-08-21\)/);
    const rows = [...section.matchAll(/<tr data-item="([^"]+)" data-change="([^"]+)">([\s\S]*?)<\/tr>/g)].map((match) => [match[1], match[2], textOf(match[3]!)]);
    // install-scanners slipped on 2026-11-05, after the signing; configure-wms on 2026-08-12, before it.
    // site-8 was dropped: a change of what was signed too.
    expect(rows).toEqual([
      ['install-scanners', 'moved', expect.stringMatching(/Install scanners at all 8 facilities Due 2026-11-15 Due 2026-11-30 Moved \+15 days$/)],
      ['site-8', 'dropped', expect.stringMatching(/Install at site 8 Due 2026-12-01 Dropped 2026-11-01 Dropped: Client closed site 8$/)],
    ]);
    expect(section).not.toContain('Configure the WMS interface');
    // An unsigned plan has no such section.
    expect(page(site, '/accounts/contoso/pilot/')).not.toContain('since-signed-heading');
  });

  it("prints on the letter the due date as signed beside today's, where they differ", () => {
    const html = page(site, '/accounts/northwind/rollout/agreement/');
    const text = textOf(html);
    expect(text).toMatch(/Install scanners at all 8 facilities Omar Haddad 2026-11-30 as signed: 2026-11-15/);
    expect(text).toMatch(/Configure the WMS interface \(done 2026-09-30\) Omar Haddad 2026-10-01 \d/);
    expect((html.match(/class="letter__signed"/g) ?? []).length).toBe(1);
    expect(text).toContain('One date has moved since the letter was signed on 2026-08-21');
    expect(page(site, '/accounts/contoso/pilot/agreement/')).not.toContain('letter__signed');
  });

  it('escapes text from frontmatter everywhere', () => {
    for (const path of ['/', '/accounts/northwind/', '/accounts/northwind/rollout/', '/accounts/northwind/rollout/agreement/', '/people/kim-lee/']) {
      const html = page(site, path);
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toContain('<b>firmware</b>');
      expect(html, path).not.toContain('<b>pilot</b>');
    }
    expect(page(site, '/accounts/northwind/rollout/')).toContain('Write the &lt;script&gt;alert(&quot;runbook&quot;)&lt;/script&gt; operations runbook');
  });

  it('renders Markdown bodies and MDX bodies', () => {
    expect(page(site, '/guides/handing-over/')).toContain('<strong>handoff checklist</strong>');
    expect(textOf(page(site, '/guides/writing-mdx/'))).toContain('The answer is 42, computed by MDX.');
  });

  it('lists the guides and draws every active plan on the portfolio timeline', () => {
    const guides = textOf(page(site, '/guides/'));
    expect(guides).toContain('Handing a deal to delivery');
    expect(guides).toContain('Review due');
    const timeline = page(site, '/timeline/');
    expect(textOf(timeline)).toContain('Scanner rollout');
    expect(textOf(timeline)).not.toContain('Pilot proposal');
    expect(timeline).toMatch(/<svg[^>]*role="img"/);
  });

  it('marks pages for search with kind, account, owner and status filters', () => {
    const plan = page(site, '/accounts/northwind/rollout/');
    expect(plan).toContain('data-pagefind-body');
    for (const [filter, value] of [
      ['kind', 'Plan'],
      ['account', 'Northwind Logistics'],
      ['owner', 'Kim Lee'],
      ['status', 'Active'],
    ]) {
      expect(plan).toContain(`data-pagefind-filter="${filter}[data-value]" data-value="${value}"`);
    }
    expect(page(site, '/accounts/northwind/')).toContain('data-value="Account"');
    expect(page(site, '/people/jane-doe/')).toContain('data-value="Person"');
    expect(page(site, '/guides/handing-over/')).toContain('data-value="Guide"');
    expect(page(site, '/')).not.toContain('data-pagefind-body');
    expect(readdirSync(join(site.outDir, 'pagefind', 'fragment')).length).toBe(2 + 2 + 3 + 2);
  });

  it('ships little JavaScript, and Pagefind only on the search page', () => {
    const assets = readdirSync(join(site.outDir, '_astro')).filter((name) => name.endsWith('.js'));
    for (const name of assets) expect(statSync(join(site.outDir, '_astro', name)).size, name).toBeLessThan(30 * 1024);
    // Search uses Pagefind's index through its own interface (no Pagefind UI, which inserts names as HTML).
    expect(page(site, '/search/')).toContain('data-bundle="/pagefind/"');
    for (const path of ['/search/', '/', '/accounts/northwind/rollout/', '/people/kim-lee/']) expect(page(site, path)).not.toContain('pagefind-ui');
  });

  it('publishes every commitment with its derived status as JSON', () => {
    const json = JSON.parse(readFileSync(join(site.outDir, 'commitments.json'), 'utf8'));
    expect(json.asOf).toBe(FIXTURE_AS_OF);
    expect(json.commitments).toHaveLength(check.model.commitments.length);
    for (const view of check.model.commitments) {
      const item = json.commitments.find((c: { key: string }) => c.key === view.key);
      expect(item, view.key).toMatchObject({ status: view.status, side: view.side, due: view.data.due, owner: view.data.owner, daysLate: view.daysLate });
    }
  });
});

describe('the feeds', () => {
  it('publishes the JSON Schema of commitments.json beside it, and the feed follows it', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const schema = JSON.parse(readFileSync(join(site.outDir, 'commitments.schema.json'), 'utf8'));
    const json = JSON.parse(readFileSync(join(site.outDir, 'commitments.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.$schema).toBe('commitments.schema.json');
    // The client's commitment says who on our side chases it.
    expect(json.commitments.find((c: { id: string }) => c.id === 'order-hardware').chaser).toBe('kim-lee');
  });

  it("publishes each account's calendar", () => {
    const ics = readFileSync(join(site.outDir, 'accounts', 'northwind', 'calendar.ics'), 'utf8').replace(/\r\n /g, '');
    // Due 2026-11-10, overdue on the build's day (2026-11-22): on that day, not on a past one.
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261122\r\nDTEND;VALUE=DATE:20261123\r\nSUMMARY:Overdue (due 2026-11-10): Order the handheld scanners (Bob Smith\\, client)\r\n');
    expect(ics).not.toContain('contoso');
  });
});
