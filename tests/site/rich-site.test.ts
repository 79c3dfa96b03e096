// A playbook with every kind of account, plan, person and guide (rich-playbook.ts), built as a team
// would build it: each has its page, and the dashboard and reports agree with the checker.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { buildSite, elementWith, holdsMessage, page, ROOT, textOf, type SiteBuild } from './build-site.ts';
import { RICH_AS_OF, RICH_BUILD } from './rich-playbook.ts';

let site: SiteBuild;
let check: CheckResult;

beforeAll(async () => {
  site = await buildSite(RICH_BUILD);
  if (site.status !== 0) throw new Error(`the rich site did not build:\n${site.stderr}`);
  check = checkPlaybook(site.contentDir, { asOf: RICH_AS_OF, now: new Date(), cwd: ROOT });
}, 300_000);

describe('the site of a rich playbook', () => {
  it('has a page for every account, plan, letter, person and guide', () => {
    for (const view of check.model.accounts) expect(existsSync(join(site.outDir, 'accounts', view.account.id, 'index.html')), view.account.id).toBe(true);
    for (const view of check.model.plans) {
      expect(textOf(page(site, `/accounts/${view.plan.id}/`))).toContain(view.plan.data.title);
      expect(textOf(page(site, `/accounts/${view.plan.id}/agreement/`))).toContain('Letter of agreement');
    }
    for (const [id, person] of check.model.people) expect(textOf(page(site, `/people/${id}/`))).toContain(person.name);
    for (const guide of check.model.guides) expect(textOf(page(site, `/guides/${guide.slug}/`))).toContain(guide.data.title);
  });

  it("lists every commitment on its plan's page with its status", () => {
    for (const view of check.model.commitments) {
      const html = page(site, `/accounts/${view.plan.id}/`);
      const row = new RegExp(`<tr id="commitment-${view.id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
      expect(row, view.key).toContain(`data-status="${view.status}"`);
    }
  });

  it('counts on the dashboard and the reports what the checker finds', () => {
    const dashboard = page(site, '/');
    for (const rule of ['overdue', 'milestone-overdue', 'due-soon', 'stale-follow-up', 'governance-overdue']) {
      const expected = check.findings.filter((f) => f.rule === rule).length;
      expect(dashboard, rule).toMatch(new RegExp(`<li[^>]*data-rule="${rule}" data-count="${expected}"`));
    }
    const reports = page(site, '/reports/');
    expect(reports).toContain(`data-total="${check.findings.length}"`);
    for (const finding of check.findings) expect(holdsMessage(textOf(reports), finding.message), finding.message).toBe(true);
  });

  it("shows on an account's page the owner's own contact, internal touchpoints and incidents with their findings", () => {
    const html = page(site, '/accounts/maple-grocers/');
    const text = textOf(html);
    expect(text).toContain('Tom Lindqvist’s own contact Last 2026-10-06, next by 2026-11-03 (19 days ago)');
    const incidents = textOf(elementWith(html, 'aria-labelledby', 'incidents-heading')!);
    expect(incidents).toMatch(/2026-09-15 Barrie received 40 pallets .* On the client’s side Gord Kowalski 2026-10-06/);
    expect(incidents).toMatch(/2026-10-20 Picking stopped .* On our side Rajinder Sidhu ▲ Not explained \(due by 2026-11-17\)/);
    // The internal briefing is on the page, marked, and does not count as a contact.
    expect(html).toMatch(/<tr id="touchpoint-2026-11-20-omar-haddad-meeting" data-reaches-client="no">\s*<td class="cell--due" data-label="Date"><time datetime="2026-11-20">/);
    const findings = textOf(elementWith(html, 'class', 'findings')!);
    for (const rule of ['owner-absent', 'incident-unexplained']) {
      const finding = check.findings.find((f) => f.rule === rule && f.subject.startsWith('maple-grocers'))!;
      expect(holdsMessage(findings, finding.message), rule).toBe(true);
    }
  });

  it('publishes a calendar of every open commitment and milestone', () => {
    const ics = readFileSync(join(site.outDir, 'calendar.ics'), 'utf8');
    const open = check.model.commitments.filter((c) => c.open && c.plan.data.status !== 'cancelled').length;
    const milestones = check.model.milestones.filter((m) => m.status !== 'done' && m.plan.data.status !== 'cancelled').length;
    expect((ics.match(/\r\nBEGIN:VEVENT\r\n/g) ?? []).length).toBe(open + milestones);
  });
});
