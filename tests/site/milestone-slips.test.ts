// A milestone moves and is dropped as a commitment is ("a milestone takes `dropped`, `slips` and
// `added` exactly as a commitment does"): the plan page lists its slips and its drop with the
// commitments', and the account's timeline names the people a touchpoint was with.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT, DEFAULT_FILES, plan, PLAN_PATH, text } from '../helpers/playbook-fixture.ts';
import { buildSite, elementWith, page, textOf, type SiteBuild } from './build-site.ts';

const FILES = {
  ...DEFAULT_FILES,
  'accounts/northwind/index.mdx': DEFAULT_ACCOUNT.replace('    kind: call\n---', '    kind: call\n  - { date: 2026-11-21, by: jane-doe, with: [Bob Smith, kim-lee], kind: meeting, note: Weekly check-in }\n---'),
  [PLAN_PATH]: plan(text`
    milestones:
      - id: build
        title: Build finished
        due: 2026-12-01
        slips:
          - { date: 2026-11-01, from: 2026-11-15, to: 2026-12-01, told: Bob Smith, reason: Vendor delay, workaround: Use staging hardware }
      - id: export
        title: Legacy export
        due: 2026-11-30
        dropped: { date: 2026-11-02, reason: Not needed any more, told: Bob Smith }
      - id: audit
        title: Audit passed
        due: 2026-12-20
        added: { date: 2026-11-10, told: Bob Smith, reason: Their auditor asked for it }
      - id: demo
        title: Demo day
        due: 2026-11-23
    commitments:
      - id: rehearse
        what: Rehearse the demo
        owner: kim-lee
        due: 2026-11-23
  `),
} as Record<string, string>;

let site: SiteBuild;
beforeAll(async () => {
  site = await buildSite({ name: 'milestone-slips', files: FILES, asOf: '2026-11-22', git: 'outside' });
  if (site.status !== 0) throw new Error(site.stderr);
}, 300_000);

describe("a plan's milestones that moved or were dropped", () => {
  it('are listed under slips and drops, with who was told, why and the workaround', () => {
    const html = page(site, '/accounts/northwind/rollout/');
    expect(textOf(html)).toContain('Slips and drops (1 slip, 1 drop)');
    expect(textOf(elementWith(html, 'class', 'slips stack')!)).toContain('M3. Build finished 2026-11-01 2026-11-15 → 2026-12-01 (+16 days) Bob Smith Vendor delay Use staging hardware');
    expect(textOf(elementWith(html, 'class', 'drops stack')!)).toContain('M2. Legacy export 2026-11-02 Bob Smith Not needed any more');
  });
});

describe("an account's touchpoint timeline", () => {
  it('names our people a touchpoint was with, and counts in words', () => {
    const html = page(site, '/accounts/northwind/');
    expect(html).toContain('<title>2026-11-21: meeting with Bob Smith, Kim Lee: Weekly check-in</title>');
    expect(html).toMatch(/2 touchpoints with the client and 0 internal since/);
  });
});

describe('the letter of agreement', () => {
  it("names who answers for a milestone added after signing: the plan's owner when it names none", () => {
    const additions = textOf(elementWith(page(site, '/accounts/northwind/rollout/agreement/'), 'class', 'letter__additions')!);
    expect(additions).toContain('Audit passed (Milestone)');
    expect(additions).toMatch(/Audit passed \(Milestone\) Kim Lee 2026-12-20 2026-11-10, agreed by Bob Smith: Their auditor asked for it/);
  });
});

describe("the dashboard's table by owner", () => {
  it('counts as due soon what its list of commitments due soon lists: a milestone due soon is not one', () => {
    const html = page(site, '/');
    const row = elementWith(html, 'data-person', 'kim-lee')!;
    expect(/data-col="dueSoon"><a[^>]*>.*?<span class="plate-count"[^>]*>(\d+)</.exec(row)?.[1]).toBe('1');
    expect(textOf(html)).toMatch(/Commitments due soon \( ?1\)/);
  });
});
