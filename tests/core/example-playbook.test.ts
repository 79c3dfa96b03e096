// The example playbook is what a new user sees first: it must show a finding of every warning
// and notice rule on the day it was written, and never an error on any later day.
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { CONTENT_RULES } from '../../src/core/rules/index.ts';

const check = (asOf: string) => checkPlaybook('content', { asOf, now: new Date(0) });

describe('the example playbook in content/', () => {
  it('as of 2026-11-22 shows exactly its documented findings', () => {
    const findings = check('2026-11-22').findings.map((f) => `${f.severity} ${f.rule} ${f.subject}`);
    expect(findings.sort()).toEqual(
      [
        'warning stale-follow-up boreal-building-supply',
        'warning overdue harbourline-logistics/managed-service#battery-refresh',
        'warning overdue harbourline-logistics/managed-service#peak-forecast',
        'notice due-soon harbourline-logistics/managed-service#peak-weekend-rota',
        'warning agreement-unsigned kestrel-transit/depot-rollout',
        'warning overdue kestrel-transit/depot-rollout#vpn-access',
        'warning governance-overdue kestrel-transit',
        'warning stale-follow-up kestrel-transit',
        'warning closed-plan-open-items kestrel-transit/parts-tracking-pilot#admin-runbook',
        'warning milestone-overdue maple-grocers/dc-scanner-rollout#wave-1',
        'warning overdue maple-grocers/dc-scanner-rollout#integrate-wms',
        'warning overdue maple-grocers/dc-scanner-rollout#wifi-remediation',
        'warning owner-absent maple-grocers',
        'warning incident-unexplained maple-grocers#lot-code-truncation',
        'notice handoff-late trillium-utilities/dispatch-pilot',
        'warning dependency-order maple-grocers/dc-scanner-rollout#train-wave-2-supervisors',
        'warning handoff-incomplete trillium-utilities/dispatch-pilot',
        'warning overdue trillium-utilities/dispatch-pilot#gis-export',
        'notice due-soon trillium-utilities/dispatch-pilot#device-order',
        'notice guide-review-due guides/logging-touchpoints',
      ].sort(),
    );
  });

  it('shows every warning and notice rule that judges content on that day', () => {
    const rules = new Set(check('2026-11-22').findings.map((f) => f.rule));
    const shown = CONTENT_RULES.filter((rule) => rule.severity !== 'error').map((rule) => rule.id);
    expect(shown.length).toBeGreaterThan(10);
    for (const rule of shown) expect(rules, rule).toContain(rule);
  });

  it.each(['2026-11-22', '2027-06-30', '2028-06-30', '2030-01-01'])('reports no error as of %s', (asOf) => {
    expect(check(asOf).counts.error).toBe(0);
  });

  it('still has upcoming commitments for a reader in 2028', () => {
    const { model } = check('2028-06-30');
    const upcoming = model.commitments.filter((c) => c.open && c.data.due > '2028-06-30');
    expect(upcoming.length).toBeGreaterThan(0);
  });
});
