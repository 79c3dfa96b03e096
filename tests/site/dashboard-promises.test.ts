// The dashboard's lists of commitments (overdue, due soon, at risk) hold only the promises of plans
// that make them (agreed or active), as the counts by owner and each person's page do: the example
// playbook's done plan keeps an open commitment with a risk, which is a closed-plan-open-items
// finding, not a promise at risk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboard } from '../../src/site/dashboard.ts';
import { forgetPlaybook, getPlaybook, type SitePlaybook } from '../../src/site/playbook.ts';

let playbook: SitePlaybook;
const saved = { content: process.env.PLAYBOOK_CONTENT_DIR, asOf: process.env.PLAYBOOK_AS_OF };

beforeAll(() => {
  process.env.PLAYBOOK_CONTENT_DIR = 'content';
  process.env.PLAYBOOK_AS_OF = '2026-11-22';
  playbook = getPlaybook();
});

afterAll(() => {
  forgetPlaybook();
  for (const [name, value] of [['PLAYBOOK_CONTENT_DIR', saved.content], ['PLAYBOOK_AS_OF', saved.asOf]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the dashboard's lists of commitments", () => {
  it('hold only items of plans that promise dates', () => {
    const runbook = playbook.model.commitments.find((c) => c.key === 'kestrel-transit/parts-tracking-pilot#admin-runbook')!;
    expect(runbook.status).toBe('at-risk');
    expect(playbook.lookup.plans.get(runbook.plan.id)?.promising).toBe(false);
    const sections = dashboard(playbook).filter((section) => ['overdue', 'due-soon', 'at-risk'].includes(section.id));
    expect(sections.map((section) => section.id)).toEqual(['overdue', 'due-soon', 'at-risk']);
    const keys = sections.flatMap((section) => section.entries.map((entry) => entry.key));
    expect(keys).not.toContain(runbook.key);
    for (const section of sections) {
      for (const entry of section.entries) expect(playbook.lookup.plans.get((entry.view as { plan: { id: string } }).plan.id)?.promising, entry.key).toBe(true);
    }
    expect(sections.find((section) => section.id === 'at-risk')!.entries.length).toBeGreaterThan(0);
  });
});
