// `playbook report --trend` and `--incidents` on the command line: the contract's JSON whatever
// the machine's time zone, the terminal table with its sparklines, the markdown for a job
// summary, and the usage errors.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { createPlaybook, runCli } from '../helpers/playbook-fixture.ts';
import { BY_SIDE, TREND_AS_OF, TREND_FILES } from '../helpers/trend-fixture.ts';

// Spawning the CLI takes a second or more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const playbook = createPlaybook(TREND_FILES, { defaults: false });

async function report(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(['report', ...args, '--as-of', TREND_AS_OF], {
    env: {},
    cwd: playbook.root,
    now: () => new Date(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { status, stdout, stderr };
}

describe('playbook report --trend', () => {
  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('prints the contract JSON under TZ=%s', async (tz) => {
    const { status, stdout, stderr } = await runCli(['report', '--trend', '--weeks', '8', '--format', 'json', '--as-of', TREND_AS_OF], { cwd: playbook.root, env: { TZ: tz } });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(BY_SIDE);
  });

  it('prints a terminal table: a sparkline, the rate and the change as an arrow with points', async () => {
    expect(await report(['--trend', '--weeks', '8'])).toEqual({
      status: 0,
      stderr: '',
      stdout: `Promise-keeping by side, as of 2026-11-18: 8 weeks, 2026-W40 to 2026-W47

  Group              Weekly on time  On time  Change       Kept  Kept late  Late  Dropped  Days late
  Our side           █▅▁··█·▅          57.1%  ▲ +16.7 pts     4          2     1        1         15
  The client's side  ···█·▁▁·          33.3%  ▼ -100 pts      1          0     2        0         21
  Internal           ··█···▁·            50%  ▼ -100 pts      1          0     1        0          8

Each mark is one week, oldest first: ▁ none kept on time … █ all kept on time, · nothing came due.
Commitments of agreed, active and done plans, each counted in the week of the date first agreed (before any slip).
On time: kept by that date ÷ (kept + kept late + late); dropped ones are not in the rate.
Change: the on-time rate of the last 4 weeks against the 4 weeks before, in percentage points.
`,
    });
  });

  it('prints markdown for a job summary, with the weeks in a details block', async () => {
    const { stdout } = await report(['--trend', '--by', 'team', '--weeks', '2', '--format', 'markdown']);
    expect(stdout).toBe(`## Promise-keeping by team

As of **2026-11-18**: 2 weeks, 2026-W46 to 2026-W47.

| Group | Weekly on time | On time | Change | Kept | Kept late | Late | Dropped | Days late |
| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |
| Delivery | ·▁ | 0% | = 0 pts | 0 | 0 | 1 | 0 | 1 |
| Sales | ▁█ | 50% | – | 1 | 0 | 1 | 0 | 8 |
| No team | ·· | – | – | 0 | 0 | 0 | 0 | 0 |
| The client's side | ▁· | 0% | ▼ -100 pts | 0 | 0 | 1 | 0 | 7 |

- Each mark is one week, oldest first: ▁ none kept on time … █ all kept on time, · nothing came due.
- Commitments of agreed, active and done plans, each counted in the week of the date first agreed (before any slip).
- On time: kept by that date ÷ (kept + kept late + late); dropped ones are not in the rate.
- Change: the on-time rate of the last 4 weeks against the 4 weeks before, in percentage points.

<details><summary>Week by week</summary>

### Delivery

| Week | Kept | Kept late | Late | Dropped | Days late | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2026-W46 | 0 | 0 | 0 | 0 | 0 | – |
| 2026-W47 | 0 | 0 | 1 | 0 | 1 | 0% |

### Sales

| Week | Kept | Kept late | Late | Dropped | Days late | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2026-W46 | 0 | 0 | 1 | 0 | 8 | 0% |
| 2026-W47 | 1 | 0 | 0 | 0 | 0 | 100% |

### No team

| Week | Kept | Kept late | Late | Dropped | Days late | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2026-W46 | 0 | 0 | 0 | 0 | 0 | – |
| 2026-W47 | 0 | 0 | 0 | 0 | 0 | – |

### The client's side

| Week | Kept | Kept late | Late | Dropped | Days late | On time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 2026-W46 | 0 | 0 | 1 | 0 | 7 | 0% |
| 2026-W47 | 0 | 0 | 0 | 0 | 0 | – |

</details>
`);
  });

  it('writes the JSON of any grouping to a file', async () => {
    const { status, stderr } = await report(['--trend', '--by', 'account', '--format', 'json', '--output', 'trend.json']);
    expect([status, stderr]).toEqual([0, 'Wrote the report to trend.json.\n']);
    const { readFileSync } = await import('node:fs');
    const written = JSON.parse(readFileSync(`${playbook.root}/trend.json`, 'utf8')) as { by: string; groups: { key: string }[] };
    expect([written.by, written.groups.map((g) => g.key)]).toEqual(['account', ['fraser', 'northwind']]);
  });

  it.each([
    [['--trend', '--by', 'teams'], '--by teams is not one of side, person, team, account (did you mean team?).'],
    [['--trend', '--weeks', '0'], '--weeks 0 is not a whole number of weeks from 1 to 520.'],
    [['--trend', '--weeks', '1.5'], '--weeks 1.5 is not a whole number of weeks from 1 to 520.'],
    [['--trend', '--weeks', '521'], '--weeks 521 is not a whole number of weeks from 1 to 520.'],
    [['--trend', '--format', 'github'], '--format github is not one of text, json, markdown.'],
    [['--stale', '--format', 'json'], '--format json is not one of text, markdown.'],
    [['--stale', '--by', 'team'], '--by goes with --trend.'],
    [['--incidents', '--by', 'team'], '--by goes with --trend.'],
    [['--person', 'kim-lee', '--weeks', '4'], '--weeks goes with --trend or --incidents.'],
    [['--trend', '--incidents'], 'exactly one of --person ID, --account ID or --stale (or --trend or --incidents'],
  ])('refuses %j', async (args, message) => {
    const { status, stderr } = await report(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('playbook report --incidents', () => {
  it('prints each cause with a sparkline, its count and its share', async () => {
    expect((await report(['--incidents', '--weeks', '8'])).stdout).toBe(`Incidents by cause, as of 2026-11-18: 8 weeks, 2026-W40 to 2026-W47

  Cause              Weekly    Incidents  Share
  Our side           ··█·····          1    25%
  The client's side  ·█···█··          2    50%
  A third party      ·····█··          1    25%
  Not known          ········          0     0%

4 incidents in all. Each mark is one week, oldest first, taller for more incidents; · none.
`);
  });

  it('prints JSON and markdown', async () => {
    const json = JSON.parse((await report(['--incidents', '--format', 'json'])).stdout) as { weeks: string[]; total: number; groups: { key: string; total: number; share: number }[] };
    expect(json.weeks).toHaveLength(13);
    expect([json.total, json.groups.map((g) => [g.key, g.total, g.share])]).toEqual([
      5,
      [
        ['ours', 1, 0.2],
        ['client', 2, 0.4],
        ['third-party', 1, 0.2],
        ['unknown', 1, 0.2],
      ],
    ]);
    const markdown = (await report(['--incidents', '--format', 'markdown'])).stdout;
    expect(markdown).toContain("| The client's side | ······█···█·· | 2 | 40% |");
  });
});

describe('the reminders issue (report --stale)', () => {
  it("ends with one line per team: this week's on-time rate and its change", async () => {
    const markdown = (await report(['--stale', '--format', 'markdown'])).stdout;
    expect(markdown).toContain(`### Promise-keeping by team this week

- **Delivery**: 50% on time in the last 4 weeks (1 of 2 promises kept by the date first agreed), = 0 pts on the 4 weeks before
- **Sales**: 50% on time in the last 4 weeks (1 of 2 promises kept by the date first agreed); nothing came due in the 4 weeks before to compare with
- **No team**: nothing came due in the last 4 weeks
- **The client's side**: 0% on time in the last 4 weeks (0 of 2 promises kept by the date first agreed), ▼ -100 pts on the 4 weeks before

<sub>`);
    const text = (await report(['--stale'])).stdout;
    expect(text).toContain('\nPromise-keeping by team this week\n  Delivery: 50% on time in the last 4 weeks');
  });
});
