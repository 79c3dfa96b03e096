// `report --trend` and `report --incidents` against a second, independent reading of the contract
// ("Promise-keeping over time"), written from the contract's words alone, on many seeded random
// playbooks: slips chains, drops, done dates either side of the first due, draft and cancelled
// plans and milestones that must not count, internal items, the client's items owned by contact
// names, people without a team, windows across the 53-week year 2026, `--weeks 1` and large N,
// today on a Monday and on a Sunday. Run it under TZ=Pacific/Kiritimati and TZ=Pacific/Pago_Pago
// too (TREND_SEEDS=300 for more playbooks): the process's zone must change nothing when today is
// given. Rates are compared at the report's three decimals. Groups with nothing counted in the
// covered weeks and no change are left out of the comparison: the contract does not say whether
// such a group is listed.
import { describe, expect, it } from 'vitest';
import { incidentTrend, promiseTrend, type TrendBy } from '../../src/core/model.ts';
import { toIncidentJson } from '../../src/core/report/incidents.ts';
import { toTrendJson } from '../../src/core/report/trend.ts';
import { createPlaybook, mdx, runCheck, runCli } from '../helpers/playbook-fixture.ts';

// ---- calendar dates, by day number (days since 1970-01-01), never through the local zone ----
const DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** ISO weekday, Monday 1 .. Sunday 7 (1970-01-01 was a Thursday). */
const weekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
/** The ISO week `YYYY-Www`: the week's year is the year of its Thursday. */
function isoWeekOf(day: number): string {
  const thursday = day - weekday(day) + 4;
  const year = new Date(thursday * DAY).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// ---- the reference ----
interface RefItem {
  account: string;
  status: string;
  owner: string;
  ownerIsPerson: boolean;
  internal: boolean;
  due: string;
  slips: { from: string; to: string }[];
  done?: string;
  dropped: boolean;
}
type Counts = { kept: number; keptLate: number; late: number; dropped: number; daysLate: number };
const zero = (): Counts => ({ kept: 0, keptLate: 0, late: 0, dropped: 0, daysLate: 0 });
const rate = (c: Counts) => (c.kept + c.keptLate + c.late === 0 ? null : c.kept / (c.kept + c.keptLate + c.late));

function referenceTrend(items: RefItem[], teams: Record<string, string | undefined>, today: string, by: TrendBy, n: number) {
  const T = dayOf(today);
  const mondayT = T - weekday(T) + 1;
  const span = Math.max(n, 8);
  const allWeeks = Array.from({ length: span }, (_, i) => isoWeekOf(mondayT - 7 * (span - 1 - i)));
  const weeks = allWeeks.slice(span - n);
  const groups = new Map<string, Map<string, Counts>>();
  for (const item of items) {
    if (!['agreed', 'active', 'done'].includes(item.status)) continue;
    const firstDue = dayOf(item.slips[0]?.from ?? item.due);
    const week = isoWeekOf(firstDue);
    if (!allWeeks.includes(week)) continue;
    const side = item.internal ? 'internal' : item.ownerIsPerson ? 'ours' : 'client';
    const key =
      by === 'side' ? side
      : by === 'person' ? item.owner
      : by === 'account' ? item.account
      : side === 'client' ? 'client'
      : teams[item.owner] === undefined ? 'no-team'
      : ['client', 'no-team'].includes(teams[item.owner]!) ? `team:${teams[item.owner]}`
      : teams[item.owner]!;
    const group = groups.get(key) ?? new Map<string, Counts>();
    groups.set(key, group);
    const c = group.get(week) ?? zero();
    group.set(week, c);
    if (item.dropped) c.dropped += 1;
    else if (item.done !== undefined) {
      const d = dayOf(item.done);
      if (d <= firstDue) c.kept += 1;
      else { c.keptLate += 1; c.daysLate += d - firstDue; }
    } else if (firstDue < T) { c.late += 1; c.daysLate += T - firstDue; }
    // pending: counted nowhere
  }
  const sum = (group: Map<string, Counts>, list: string[]) =>
    list.reduce((acc, w) => {
      const c = group.get(w) ?? zero();
      return { kept: acc.kept + c.kept, keptLate: acc.keptLate + c.keptLate, late: acc.late + c.late, dropped: acc.dropped + c.dropped, daysLate: acc.daysLate + c.daysLate };
    }, zero());
  const out: Record<string, { weeks: (Counts & { week: string; onTimeRate: number | null })[]; total: Counts & { onTimeRate: number | null }; change: number | null }> = {};
  for (const [key, group] of groups) {
    const last = rate(sum(group, allWeeks.slice(-4)));
    const before = rate(sum(group, allWeeks.slice(-8, -4)));
    const total = sum(group, weeks);
    if (total.kept + total.keptLate + total.late + total.dropped === 0 && (last === null || before === null)) continue;
    out[key] = {
      weeks: weeks.map((w) => ({ week: w, ...(group.get(w) ?? zero()), onTimeRate: rate(group.get(w) ?? zero()) })),
      total: { ...total, onTimeRate: rate(total) },
      change: last === null || before === null ? null : last - before,
    };
  }
  return { weeks, groups: out };
}

// ---- a seeded generator ----
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TODAYS = ['2026-11-18', '2026-11-16', '2026-11-22', '2027-01-04', '2027-01-03', '2027-01-10', '2026-01-04', '2027-02-01', '2026-12-31'];
const TEAMS = ['Sales', 'Delivery', 'client', 'no-team', undefined, undefined];
const CAUSES = ['ours', 'client', 'third-party', 'unknown'];

function generate(seed: number) {
  const r = rng(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const today = pick(TODAYS);
  const T = dayOf(today);
  const people = Array.from({ length: int(2, 5) }, (_, i) => ({ id: `p${i}`, team: pick(TEAMS) }));
  const teams = Object.fromEntries(people.map((p) => [p.id, p.team]));
  const files: Record<string, string> = {
    'playbook.yaml': 'title: Random\ntimezone: UTC\n',
    'people.yaml': people.map((p) => `${p.id}:\n  name: Person ${p.id}\n${p.team === undefined ? '' : `  team: ${p.team}\n`}`).join(''),
  };
  const items: RefItem[] = [];
  const incidents: { date: string; cause: string }[] = [];
  for (let a = 0; a < int(1, 3); a++) {
    const account = `acct-${a}`;
    const contacts = ['Bob Smith', `Ana Ruiz ${a}`];
    const incs = Array.from({ length: int(0, 4) }, (_, i) => ({ id: `i${i}`, date: isoOf(T - int(0, 140)), cause: pick(CAUSES) }));
    incidents.push(...incs);
    files[`accounts/${account}/index.mdx`] = mdx(
      `name: Account ${a}\nowner: p0\nstage: delivery\nsince: 2025-01-01\ncontacts:\n${contacts.map((c) => `  - name: ${c}\n`).join('')}` +
        (incs.length ? `incidents:\n${incs.map((i) => `  - { id: ${i.id}, date: ${i.date}, what: Thing, cause: ${i.cause} }\n`).join('')}` : ''),
    );
    for (let p = 0; p < int(1, 3); p++) {
      const status = pick(['draft', 'agreed', 'active', 'active', 'done', 'cancelled']);
      let yaml = `title: Plan ${p}\nowner: p0\nstatus: ${status}\nkickoff: 2025-01-01\n`;
      const milestones: string[] = [];
      const commitments: string[] = [];
      for (let c = 0; c < int(0, 8); c++) {
        const ownerIsPerson = r() < 0.6;
        const owner = ownerIsPerson ? pick(people).id : pick(contacts);
        const internal = ownerIsPerson && r() < 0.25;
        // Often on an edge: today and the days either side, the Monday and Sunday of this week and
        // of the weeks where the change's two windows meet; otherwise anywhere in ~14 weeks.
        const monday = T - weekday(T) + 1;
        const edges = [T - 1, T, T + 1, monday, monday + 6, monday - 1, monday - 21, monday - 28, monday - 29, monday - 56, monday - 57];
        const firstDue = r() < 0.4 ? pick(edges) : T + int(-100, 20);
        const slips: { date: string; from: string; to: string }[] = [];
        let due = firstDue;
        for (let s = 0; s < (r() < 0.3 ? int(1, 3) : 0); s++) {
          const to = due + int(-5, 20);
          if (to === due) continue;
          slips.push({ date: isoOf(Math.min(T, due - int(0, 10))), from: isoOf(due), to: isoOf(to) });
          due = to;
        }
        // now and then a due date moved without a slip (slip-mismatch): the first due stays the first slip's `from`
        if (slips.length > 0 && r() < 0.15) due += int(1, 5);
        const fate = r();
        const doneDay = fate < 0.5 ? Math.min(T, firstDue + (r() < 0.4 ? int(-1, 1) : int(-5, 10))) : undefined;
        const dropped = fate >= 0.5 && fate < 0.62;
        const milestone = r() < 0.15; // a milestone never counts
        const lines =
          `  - id: item-${c}\n` +
          (milestone ? `    title: Milestone ${c}\n` : `    what: Do thing ${c}\n    owner: ${owner}\n`) +
          (internal && !milestone ? '    internal: true\n' : '') +
          `    due: ${isoOf(due)}\n` +
          (doneDay !== undefined ? `    done: ${isoOf(doneDay)}\n` : '') +
          (dropped ? `    dropped: { date: ${isoOf(Math.min(T, firstDue))}, reason: No longer needed, told: Bob Smith }\n` : '') +
          (slips.length ? `    slips:\n${slips.map((s) => `      - { date: ${s.date}, from: ${s.from}, to: ${s.to}, told: Bob Smith, reason: Late parts }\n`).join('')}` : '');
        if (milestone) milestones.push(lines);
        else {
          commitments.push(lines);
          items.push({ account, status, owner, ownerIsPerson, internal, due: isoOf(due), slips, done: doneDay === undefined ? undefined : isoOf(doneDay), dropped });
        }
      }
      if (milestones.length) yaml += `milestones:\n${milestones.join('')}`;
      if (commitments.length) yaml += `commitments:\n${commitments.join('')}`;
      files[`accounts/${account}/plan-${p}.mdx`] = mdx(yaml);
    }
  }
  return { files, items, teams, today, incidents };
}

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
const SEEDS = Array.from({ length: Number(process.env.TREND_SEEDS ?? 60) }, (_, i) => i + 1);
const WEEK_COUNTS = [1, 2, 4, 8, 13, 30, 60, 520];

describe(`report --trend against an independent reading of the contract (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const { files, items, teams, today, incidents } = generate(seed);
    const result = runCheck(createPlaybook(files, { defaults: false }), { asOf: today });
    const schema = result.findings.filter((f) => ['schema', 'unknown-reference', 'duplicate-id', 'future-date'].includes(f.rule));
    expect(schema.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
    for (const n of WEEK_COUNTS) {
      for (const by of ['side', 'person', 'team', 'account'] as TrendBy[]) {
        const tool = toTrendJson(promiseTrend(result.model, { by, weeks: n }));
        const ref = referenceTrend(items, teams, today, by, n);
        const where = `seed ${seed}, today ${today}, --by ${by} --weeks ${n}`;
        expect(tool.asOf, where).toBe(today);
        expect(tool.weeks, where).toEqual(ref.weeks);
        const toolGroups = Object.fromEntries(
          tool.groups
            .filter((g) => g.total.kept + g.total.keptLate + g.total.late + g.total.dropped > 0 || g.change !== null)
            .map((g) => [g.key, { weeks: g.weeks, total: g.total, change: round3(g.change) }]),
        );
        const refGroups = Object.fromEntries(
          Object.entries(ref.groups).map(([k, g]) => [
            k,
            {
              weeks: g.weeks.map((w) => ({ ...w, onTimeRate: round3(w.onTimeRate) })),
              total: { ...g.total, onTimeRate: round3(g.total.onTimeRate) },
              change: round3(g.change),
            },
          ]),
        );
        expect(toolGroups, where).toEqual(refGroups);
      }
      // report --incidents: count per cause over the weeks
      const inc = toIncidentJson(incidentTrend(result.model, { weeks: n })) as unknown as Record<string, unknown>;
      const T = dayOf(today);
      const mondayT = T - weekday(T) + 1;
      const weeks = Array.from({ length: n }, (_, i) => isoWeekOf(mondayT - 7 * (n - 1 - i)));
      const expected: Record<string, number[]> = Object.fromEntries(CAUSES.map((c) => [c, weeks.map(() => 0)]));
      for (const i of incidents) {
        const at = weeks.indexOf(isoWeekOf(dayOf(i.date)));
        if (at >= 0) expected[i.cause]![at]! += 1;
      }
      const got = Object.fromEntries(
        (inc.groups as { key: string; weeks: { count: number }[] }[]).map((g) => [g.key, g.weeks.map((w) => w.count)]),
      );
      expect(inc.weeks, `incidents seed ${seed} --weeks ${n}`).toEqual(weeks);
      expect(got, `incidents seed ${seed} --weeks ${n}`).toEqual(expected);
    }
  });
});

describe('the command line prints the same numbers as the core', () => {
  it.each([
    [3, 'Pacific/Kiritimati'],
    [7, 'Pacific/Pago_Pago'],
    [11, 'Pacific/Kiritimati'],
  ])('seed %i, TZ=%s', async (seed, tz) => {
    const { files, today } = generate(seed);
    const playbook = createPlaybook(files, { defaults: false });
    const model = runCheck(playbook, { asOf: today }).model;
    for (const [by, n] of [['team', 13], ['person', 1], ['side', 60]] as const) {
      const { stdout, stderr } = await runCli(['report', '--trend', '--by', by, '--weeks', String(n), '--format', 'json', '--as-of', today], { cwd: playbook.root, env: { TZ: tz } });
      expect(stderr).toBe('');
      expect(JSON.parse(stdout)).toEqual(toTrendJson(promiseTrend(model, { by, weeks: n })));
    }
    const { stdout } = await runCli(['report', '--incidents', '--weeks', '20', '--format', 'json'], { cwd: playbook.root, env: { TZ: tz, PLAYBOOK_AS_OF: today } });
    expect(JSON.parse(stdout)).toEqual(toIncidentJson(incidentTrend(model, { weeks: 20 })));
  }, 60_000);
});
