// "Today" is a calendar date: the process time zone must never change a finding, and without
// --as-of today is the date in the playbook's own time zone at the moment the check runs.
import { describe, expect, it, vi } from 'vitest';
import { AsOfError } from '../../src/core/check.ts';
import { dateInZone } from '../../src/core/dates.ts';
import { account, ACCOUNT_PATH, createPlaybook, DEFAULT_SETTINGS, mdxText, plan, PLAN_PATH, runCheck, runCli, text } from '../helpers/playbook-fixture.ts';

// Some tests spawn the CLI, which takes a second or more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/** Dates on every side of 2026-11-22 for every date rule. */
function boundaryFiles(settings = DEFAULT_SETTINGS) {
  return {
    'playbook.yaml': settings,
    [ACCOUNT_PATH]: account({ governanceEvery: '4w', touchpoints: [['2026-10-25', 'review'], ['2026-11-08', 'call'], ['2026-11-23', 'email']] }),
    'accounts/fabrikam/index.mdx': mdxText`
      name: Fabrikam
      owner: kim-lee
      stage: onboarding
      since: 2026-11-07
    `,
    [PLAN_PATH]: plan(text`
      milestones:
        - id: pilot
          title: Pilot live
          due: 2026-11-21
      commitments:
        - id: yesterday
          what: Due yesterday
          owner: omar-haddad
          due: 2026-11-21
        - id: today
          what: Due today
          owner: omar-haddad
          due: 2026-11-22
        - id: tomorrow
          what: Due tomorrow
          owner: omar-haddad
          due: 2026-11-23
        - id: later
          what: Due later
          owner: omar-haddad
          due: 2026-11-24
        - id: done-tomorrow
          what: Done tomorrow
          owner: omar-haddad
          due: 2026-11-20
          done: 2026-11-23
    `, { kickoff: '2026-11-22' }),
    'accounts/northwind/later.mdx': plan('', { kickoff: '2026-11-23' }).replace('  delivery-briefed: 2026-08-22\n', ''),
    'guides/yesterday.mdx': mdxText`
      title: Review by yesterday
      review_by: 2026-11-21
    `,
    'guides/today.mdx': mdxText`
      title: Review by today
      review_by: 2026-11-22
    `,
  };
}

/** What the rules say of boundaryFiles as of 2026-11-22, in the checker's order. */
const AS_OF_22 = [
  'accounts/fabrikam/index.mdx:5:8 stale-follow-up',
  'accounts/northwind/index.mdx:19:11 future-date',
  'accounts/northwind/rollout.mdx:13:5 milestone-overdue',
  'accounts/northwind/rollout.mdx:17:5 overdue',
  'accounts/northwind/rollout.mdx:21:5 due-soon',
  'accounts/northwind/rollout.mdx:25:5 due-soon',
  // done-tomorrow: not done yet today, so overdue, and its `done` is a future date.
  'accounts/northwind/rollout.mdx:33:5 overdue',
  'accounts/northwind/rollout.mdx:37:11 future-date',
  'guides/yesterday.mdx:3:12 guide-review-due',
];

describe.concurrent('the process time zone changes nothing', () => {
  it('the CLI prints byte-identical JSON under TZ=UTC, Pacific/Kiritimati and Pacific/Pago_Pago', async () => {
    const { root } = createPlaybook(boundaryFiles());
    const results = await Promise.all(
      ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((TZ) =>
        runCli(['check', '--as-of', '2026-11-22', '--format', 'json', '--fail-on', 'never'], { cwd: root, env: { TZ } }),
      ),
    );
    const outputs = results.map((result) => {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return result.stdout;
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    const report = JSON.parse(outputs[0]!) as { asOf: string; findings: { file: string; line: number; column: number; rule: string }[] };
    expect(report.asOf).toBe('2026-11-22');
    expect(report.findings.map((f) => `${f.file.replace(/^content\//, '')}:${f.line}:${f.column} ${f.rule}`)).toEqual(AS_OF_22);
  });

  it('the CLI prints byte-identical text under each TZ', async () => {
    const { root } = createPlaybook(boundaryFiles());
    const results = await Promise.all(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((TZ) => runCli(['check', '--as-of', '2026-11-22'], { cwd: root, env: { TZ } })));
    const outputs = results.map((result) => result.stdout);
    expect(outputs[0]).toContain('as of 2026-11-22.');
    expect(new Set(outputs).size).toBe(1);
  });

  it.each([
    ['2026-11-21', ['future-date', 'due-soon', 'due-soon', 'overdue', 'future-date']],
    [
      '2026-11-23',
      ['stale-follow-up', 'governance-overdue', 'handoff-incomplete', 'milestone-overdue', 'overdue', 'overdue', 'due-soon', 'due-soon', 'guide-review-due', 'guide-review-due'],
    ],
  ])('a day either side moves every boundary: as of %s', async (asOf, rules) => {
    const findings = runCheck(createPlaybook(boundaryFiles()), { asOf }).findings;
    expect(findings.map((f) => f.rule)).toEqual(rules);
  });
});

describe('without --as-of, today is the date in the playbook’s time zone at `now`', () => {
  const dueToday = (timezone?: string) => {
    const settings = timezone ? `timezone: ${timezone}\n${DEFAULT_SETTINGS}` : DEFAULT_SETTINGS;
    return createPlaybook({
      'playbook.yaml': settings,
      [PLAN_PATH]: plan('commitments:\n  - id: call\n    what: Call the site\n    owner: kim-lee\n    due: 2026-11-22\n'),
    });
  };
  const judged = (timezone: string | undefined, now: string) => {
    const result = runCheck(dueToday(timezone), { asOf: undefined, now: new Date(now) });
    return [result.asOf, ...result.findings.filter((f) => f.rule === 'overdue' || f.rule === 'due-soon').map((f) => f.message)];
  };

  it.each([
    // [zone, instant, as-of, what the commitment due 2026-11-22 is]
    [undefined, '2026-11-22T12:00:00Z', '2026-11-22', 'Call the site is due 2026-11-22 (today); owner Kim Lee'],
    ['UTC', '2026-11-22T23:59:59Z', '2026-11-22', 'Call the site is due 2026-11-22 (today); owner Kim Lee'],
    ['Pacific/Kiritimati', '2026-11-22T12:00:00Z', '2026-11-23', 'Call the site was due 2026-11-22 (yesterday); owner Kim Lee'],
    ['Pacific/Kiritimati', '2026-11-22T09:59:59Z', '2026-11-22', 'Call the site is due 2026-11-22 (today); owner Kim Lee'],
    ['Pacific/Pago_Pago', '2026-11-22T05:00:00Z', '2026-11-21', 'Call the site is due 2026-11-22 (tomorrow); owner Kim Lee'],
    ['Pacific/Pago_Pago', '2026-11-22T11:00:00Z', '2026-11-22', 'Call the site is due 2026-11-22 (today); owner Kim Lee'],
    ['America/Toronto', '2026-11-23T04:59:59Z', '2026-11-22', 'Call the site is due 2026-11-22 (today); owner Kim Lee'],
    ['America/Toronto', '2026-11-23T05:00:00Z', '2026-11-23', 'Call the site was due 2026-11-22 (yesterday); owner Kim Lee'],
  ])('in %s at %s, today is %s', async (zone, now, asOf, message) => {
    expect(judged(zone, now)).toEqual([asOf, message]);
  });

  it('an explicit as-of wins over the clock', async () => {
    const result = runCheck(dueToday('Pacific/Kiritimati'), { asOf: '2026-11-01', now: new Date('2026-11-22T12:00:00Z') });
    expect(result.asOf).toBe('2026-11-01');
  });

  it('an as-of that is not a calendar date is refused with a message', async () => {
    expect(() => runCheck(dueToday(), { asOf: '2026-02-30' })).toThrow(AsOfError);
    expect(() => runCheck(dueToday(), { asOf: '22/11/2026' })).toThrow(
      'The as-of date "22/11/2026" is not a calendar date: write it YYYY-MM-DD, such as 2026-11-22.',
    );
  });

  it('the CLI without --as-of uses the playbook’s zone, not the process’s', async () => {
    const { root } = dueToday('Pacific/Kiritimati');
    const before = dateInZone(new Date(), 'Pacific/Kiritimati');
    const result = await runCli(['check', '--format', 'json', '--fail-on', 'never'], { cwd: root, env: { TZ: 'Pacific/Pago_Pago' } });
    const after = dateInZone(new Date(), 'Pacific/Kiritimati');
    const { asOf } = JSON.parse(result.stdout) as { asOf: string };
    expect([before, after]).toContain(asOf);
    // Kiritimati and Pago Pago are 25 hours apart: their dates always differ.
    expect(asOf).not.toBe(dateInZone(new Date(), 'Pacific/Pago_Pago'));
  });
});
