// Promise-keeping over time, number by number: the trend fixture (tests/helpers/trend-fixture.ts)
// as of a Wednesday, in the contract's JSON, for every grouping and every week; the outcome of
// each kind of commitment; the change's window; incidents by cause.
import { describe, expect, it } from 'vitest';
import { incidentTrend, outcomesSoFar, promiseOutcome, promiseTrend, type CommitmentView, type Model, type TrendBy } from '../../src/core/model.ts';
import { toIncidentJson } from '../../src/core/report/incidents.ts';
import { toTrendJson } from '../../src/core/report/trend.ts';
import { ACCOUNT_PATH, createPlaybook, DEFAULT_ACCOUNT, plan, PLAN_PATH, runCheck, text } from '../helpers/playbook-fixture.ts';
import { BY_SIDE, EIGHT_WEEKS, total, TREND_AS_OF, TREND_FILES, week, weeks } from '../helpers/trend-fixture.ts';

const model: Model = runCheck(createPlaybook(TREND_FILES, { defaults: false }), { asOf: TREND_AS_OF }).model;
const json = (by: TrendBy, weeks = 8) => toTrendJson(promiseTrend(model, { by, weeks }));

describe('report --trend as JSON, as of Wednesday 2026-11-18', () => {
  it('by side: every week of every side', () => {
    expect(json('side')).toEqual(BY_SIDE);
  });

  it('by team: internal items with their owner team, our people without a team in "no-team", the client in "client"', () => {
    expect(json('team')).toEqual({
      asOf: '2026-11-18',
      by: 'team',
      weeks: EIGHT_WEEKS,
      groups: [
        {
          key: 'Delivery',
          label: 'Delivery',
          weeks: weeks({
            '2026-W40': [1, 0, 0, 0, 0, 1],
            '2026-W41': [1, 1, 0, 0, 1, 0.5],
            '2026-W42': [0, 1, 0, 0, 13, 0],
            '2026-W43': [0, 0, 0, 1, 0, null],
            '2026-W45': [1, 0, 0, 0, 0, 1],
            '2026-W47': [0, 0, 1, 0, 1, 0],
          }),
          total: total(3, 2, 1, 1, 15, 0.5),
          change: 0,
        },
        {
          key: 'Sales',
          label: 'Sales',
          weeks: weeks({ '2026-W46': [0, 0, 1, 0, 8, 0], '2026-W47': [1, 0, 0, 0, 0, 1] }),
          total: total(1, 0, 1, 0, 8, 0.5),
          change: null, // nothing came due in the four weeks before
        },
        { key: 'no-team', label: 'No team', weeks: weeks({ '2026-W42': [1, 0, 0, 0, 0, 1] }), total: total(1, 0, 0, 0, 0, 1), change: null },
        { key: 'client', label: "The client's side", weeks: BY_SIDE.groups[1]!.weeks, total: total(1, 0, 2, 0, 21, 0.333), change: -1 },
      ],
    });
  });

  it.each(['client', 'no-team'])('by team: a team of ours called %s is a group of its own, apart from the report\'s', (name) => {
    const people = TREND_FILES['people.yaml']!.replaceAll('team: Sales', `team: ${name}`);
    const renamed = runCheck(createPlaybook({ ...TREND_FILES, 'people.yaml': people }, { defaults: false }), { asOf: TREND_AS_OF }).model;
    const groups = toTrendJson(promiseTrend(renamed, { by: 'team', weeks: 8 })).groups;
    const before = json('team').groups;
    const sales = before.find((g) => g.key === 'Sales')!;
    const byKey = (list: typeof groups) => Object.fromEntries(list.map((g) => [g.key, [g.label, g.total]]));
    const { Sales: _, ...others } = byKey(before);
    expect(byKey(groups)).toEqual({ ...others, [`team:${name}`]: [name, sales.total] });
  });

  it('by person: the owner, our people first, then the client contacts', () => {
    const result = json('person');
    expect(result.groups.map((g) => [g.key, g.label, g.total.onTimeRate, g.change])).toEqual([
      ['dana-berg', 'Dana Berg', 1, null],
      ['jane-doe', 'Jane Doe', 0.5, null],
      ['kim-lee', 'Kim Lee', 0.5, -1],
      ['omar-haddad', 'Omar Haddad', 0.5, 0.667],
      ['Ana Ruiz', 'Ana Ruiz (client)', 0, null],
      ['Bob Smith', 'Bob Smith (client)', 0.5, -1],
    ]);
    expect(result.groups[2]).toEqual({
      key: 'kim-lee',
      label: 'Kim Lee',
      weeks: weeks({ '2026-W40': [1, 0, 0, 0, 0, 1], '2026-W43': [0, 0, 0, 1, 0, null], '2026-W47': [0, 0, 1, 0, 1, 0] }),
      total: total(1, 0, 1, 1, 1, 0.5),
      change: -1,
    });
    expect(result.groups[3]).toEqual({
      key: 'omar-haddad',
      label: 'Omar Haddad',
      weeks: weeks({ '2026-W41': [1, 1, 0, 0, 1, 0.5], '2026-W42': [0, 1, 0, 0, 13, 0], '2026-W45': [1, 0, 0, 0, 0, 1] }),
      total: total(2, 2, 0, 0, 14, 0.5),
      change: 0.667,
    });
    expect(result.groups[5]).toEqual({
      key: 'Bob Smith',
      label: 'Bob Smith (client)',
      weeks: weeks({ '2026-W43': [1, 0, 0, 0, 0, 1], '2026-W46': [0, 0, 1, 0, 7, 0] }),
      total: total(1, 0, 1, 0, 7, 0.5),
      change: -1,
    });
  });

  it('by account', () => {
    expect(json('account').groups).toEqual([
      { key: 'fraser', label: 'Fraser Cold Storage', weeks: weeks({ '2026-W41': [1, 0, 0, 0, 0, 1] }), total: total(1, 0, 0, 0, 0, 1), change: null },
      {
        key: 'northwind',
        label: 'Northwind Logistics',
        weeks: weeks({
          '2026-W40': [1, 0, 0, 0, 0, 1],
          '2026-W41': [0, 1, 0, 0, 1, 0],
          '2026-W42': [1, 1, 0, 0, 13, 0.5],
          '2026-W43': [1, 0, 0, 1, 0, 1],
          '2026-W45': [1, 0, 1, 0, 14, 0.5],
          '2026-W46': [0, 0, 2, 0, 15, 0],
          '2026-W47': [1, 0, 1, 0, 1, 0.5],
        }),
        total: total(5, 2, 4, 1, 44, 0.455), // 5/11
        change: -0.267, // 2/6 - 3/5 = -4/15, rounded once
      },
    ]);
  });

  it('covers 13 weeks by default, ending with the week that holds today', () => {
    const result = toTrendJson(promiseTrend(model));
    expect(result.by).toBe('side');
    expect(result.weeks).toEqual(['2026-W35', '2026-W36', '2026-W37', '2026-W38', '2026-W39', ...EIGHT_WEEKS]);
    const ours = result.groups[0]!;
    expect(ours.weeks[4]).toEqual(week('2026-W39', 0, 1, 0, 0, 3, 0));
    expect(ours.total).toEqual(total(4, 3, 1, 1, 18, 0.5));
    expect(ours.change).toBe(0.167);
  });

  it('sums only the covered weeks, but measures the change over the last eight whatever --weeks says', () => {
    const result = toTrendJson(promiseTrend(model, { weeks: 2 }));
    expect(result.weeks).toEqual(['2026-W46', '2026-W47']);
    expect(result.groups[0]).toEqual({ key: 'ours', label: 'Our side', weeks: [week('2026-W46', 0, 0, 0, 0, 0, null), week('2026-W47', 1, 0, 1, 0, 1, 0.5)], total: total(1, 0, 1, 0, 1, 0.5), change: 0.167 });
  });

  it('lists the three sides even when nothing came due, and other groups only when something did', () => {
    const later = { ...model, asOf: '2030-01-01' };
    expect(toTrendJson(promiseTrend(later)).groups.map((g) => [g.key, g.total.onTimeRate, g.change])).toEqual([
      ['ours', null, null],
      ['client', null, null],
      ['internal', null, null],
    ]);
    expect(promiseTrend(later, { by: 'team' }).groups).toEqual([]);
  });

  it('by person: a contact owning items under two Unicode forms of their name is one group, named as in `contacts`', () => {
    // Composed (NFC) and decomposed (NFD, from macOS input or a PDF) forms, written with escapes so that no editor can make them one.
    const composed = 'Jos\u00e9 N\u00fa\u00f1ez';
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
    const rest = text`
      commitments:
        - id: badges
          what: Badge access for the crew
          owner: ${decomposed}
          due: 2026-11-10
          done: 2026-11-09
        - id: floor-plans
          what: Send the floor plans
          owner: ${composed}
          due: 2026-11-16
    `;
    const account = DEFAULT_ACCOUNT.replace('  - name: Ana Ruiz', `  - name: ${composed}`);
    const trend = promiseTrend(runCheck({ [ACCOUNT_PATH]: account, [PLAN_PATH]: plan(rest) }).model, { by: 'person', weeks: 2 });
    expect(toTrendJson(trend).groups).toEqual([
      {
        key: composed,
        label: `${composed} (client)`,
        weeks: [
          { week: '2026-W46', kept: 1, keptLate: 0, late: 0, dropped: 0, daysLate: 0, onTimeRate: 1 },
          { week: '2026-W47', kept: 0, keptLate: 0, late: 1, dropped: 0, daysLate: 6, onTimeRate: 0 },
        ],
        total: { kept: 1, keptLate: 0, late: 1, dropped: 0, daysLate: 6, onTimeRate: 0.5 },
        change: null,
      },
    ]);
  });
});

describe('what a commitment counts as', () => {
  const byId = (id: string) => model.commitments.find((c) => c.id === id) as CommitmentView;
  it.each([
    ['c1', 'kept', 0],
    ['c2', 'keptLate', 1],
    ['c3', 'keptLate', 13],
    ['c4', 'dropped', 0],
    ['c6', 'late', 14],
    ['c14', 'late', 7],
    ['c10', 'pending', 0],
    ['c11', 'pending', 0],
  ])('%s is %s (%i days late)', (id, outcome, daysLate) => {
    expect(promiseOutcome(byId(id), TREND_AS_OF)).toEqual({ outcome, daysLate });
  });

  it('is pending the day it is first due, and late the day after', () => {
    expect(promiseOutcome(byId('c10'), '2026-11-18').outcome).toBe('pending');
    expect(promiseOutcome(byId('c10'), '2026-11-19')).toEqual({ outcome: 'late', daysLate: 1 });
  });
});

describe('report --incidents as JSON', () => {
  it('counts each cause per week, with its share of all', () => {
    const zero = (key: string) => ({ week: key, count: 0 });
    const counts = (given: Record<string, number>) => EIGHT_WEEKS.map((key) => (given[key] ? { week: key, count: given[key] } : zero(key)));
    expect(toIncidentJson(incidentTrend(model, { weeks: 8 }))).toEqual({
      asOf: '2026-11-18',
      by: 'cause',
      weeks: EIGHT_WEEKS,
      groups: [
        { key: 'ours', label: 'Our side', weeks: counts({ '2026-W42': 1 }), total: 1, share: 0.25 },
        { key: 'client', label: "The client's side", weeks: counts({ '2026-W41': 1, '2026-W45': 1 }), total: 2, share: 0.5 },
        { key: 'third-party', label: 'A third party', weeks: counts({ '2026-W45': 1 }), total: 1, share: 0.25 },
        { key: 'unknown', label: 'Not known', weeks: counts({}), total: 0, share: 0 },
      ],
      total: 4,
    });
  });

  it('covers 13 weeks by default; an incident dated after today is not counted; no incident means no share', () => {
    const all = incidentTrend(model);
    expect(all.groups.find((g) => g.key === 'unknown')).toMatchObject({ total: 1, share: 0.2 });
    const before = incidentTrend({ ...model, asOf: '2026-10-11' }, { weeks: 1 });
    expect(before.groups.map((g) => g.total)).toEqual([0, 1, 0, 0]);
    const dayBefore = incidentTrend({ ...model, asOf: '2026-10-06' }, { weeks: 1 });
    expect(dayBefore.groups.map((g) => [g.total, g.share])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});

describe("a person's promises so far (the line on their page)", () => {
  // As of Wednesday 2026-11-18 (week 2026-W47, Monday 16 to Sunday 22), Kim Lee's commitments.
  const soFar = (status = 'active') => {
    const rest = text`
      commitments:
        - { id: kept, what: Kept on the day, owner: kim-lee, due: 2026-11-10, done: 2026-11-09 }
        - { id: kept-late, what: Kept two days late, owner: kim-lee, due: 2026-11-12, done: 2026-11-14 }
        - { id: this-friday, what: Due this Friday and done, owner: kim-lee, due: 2026-11-20, done: 2026-11-17 }
        - { id: late, what: Open and late, owner: kim-lee, due: 2026-11-02 }
        - { id: dropped, what: Dropped after its day, owner: kim-lee, due: 2026-11-11, dropped: { date: 2026-11-12, reason: Not needed, told: Bob Smith } }
        - id: slipped
          what: First due last month, moved to January, done now
          owner: kim-lee
          due: 2027-01-08
          done: 2026-11-17
          slips:
            - { date: 2026-10-01, from: 2026-10-20, to: 2027-01-08, told: Bob Smith, reason: Parts late }
        - { id: early, what: Due next month and done early, owner: kim-lee, due: 2026-12-15, done: 2026-11-16 }
        - { id: next-week, what: Due next Monday and done early, owner: kim-lee, due: 2026-11-23, done: 2026-11-18 }
        - { id: dropped-early, what: Due next month and dropped, owner: kim-lee, due: 2026-12-20, dropped: { date: 2026-11-15, reason: Client removed it, told: Bob Smith } }
        - { id: other, what: Someone else's, owner: omar-haddad, due: 2026-11-03, done: 2026-11-03 }
    `;
    const { model } = runCheck({ 'accounts/northwind/rollout.mdx': plan(rest, { status }) }, { asOf: '2026-11-18' });
    return outcomesSoFar(model.commitments.filter((c) => c.ownerId === 'kim-lee'), model.asOf);
  };

  it('counts what came due in a week up to this one, by its first due: not what is due after this week, kept or dropped early', () => {
    expect(soFar()).toEqual({ kept: 2, keptLate: 2, late: 1, dropped: 1 });
  });

  it("counts nothing of a draft's commitments, as the trend does", () => {
    expect(soFar('draft')).toEqual({ kept: 0, keptLate: 0, late: 0, dropped: 0 });
  });
});
