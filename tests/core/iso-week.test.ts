// ISO 8601 weeks from calendar dates: Monday to Sunday, the week belongs to the year of its
// Thursday. Computed on UTC day numbers, so the machine's time zone cannot move a day into
// another week (the suite also runs under TZ=Pacific/Kiritimati and Pacific/Pago_Pago).
import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, weekStart } from '../../src/core/dates.ts';
import { weeksEndingWith } from '../../src/core/model.ts';

describe('isoWeek', () => {
  it.each([
    ['2026-11-22', '2026-W47'], // a Sunday ends its week
    ['2026-11-23', '2026-W48'], // and the Monday starts the next
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'], // a Monday in December, in next year's first week
    ['2024-12-30', '2025-W01'],
    ['2024-12-29', '2024-W52'],
    ['2027-01-01', '2026-W53'], // a Friday in January, in last year's 53rd week
    ['2021-01-03', '2020-W53'],
    ['2016-01-03', '2015-W53'],
    ['1970-01-01', '1970-W01'],
    ['1969-12-28', '1969-W52'],
    ['1969-12-29', '1970-W01'],
    ['1900-01-01', '1900-W01'],
    ['2999-12-31', '3000-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('changes on Mondays only, counts up by one, and gives each Thursday its own year', () => {
    let previous = isoWeek('1999-12-26');
    for (let date = '1999-12-27'; date < '2032-01-05'; date = addDays(date, 1)) {
      const week = isoWeek(date);
      const monday = weekStart(date) === date;
      if (!monday) expect(week, date).toBe(previous);
      else {
        const [year, number] = week.split('-W').map(Number) as [number, number];
        const [lastYear, lastNumber] = previous.split('-W').map(Number) as [number, number];
        const next = year === lastYear ? number === lastNumber + 1 : year === lastYear + 1 && number === 1 && lastNumber >= 52;
        expect(next, `${previous} -> ${week} on ${date}`).toBe(true);
      }
      if (new Date(`${date}T00:00:00Z`).getUTCDay() === 4) expect(week.slice(0, 4), date).toBe(date.slice(0, 4));
      previous = week;
    }
  });
});

describe('weeksEndingWith', () => {
  it('lists whole weeks, oldest first, ending with the one that holds the day', () => {
    expect(weeksEndingWith('2026-11-18', 3)).toEqual([
      { key: '2026-W45', start: '2026-11-02', end: '2026-11-08' },
      { key: '2026-W46', start: '2026-11-09', end: '2026-11-15' },
      { key: '2026-W47', start: '2026-11-16', end: '2026-11-22' },
    ]);
    expect(weeksEndingWith('2027-01-03', 2).map((w) => w.key)).toEqual(['2026-W52', '2026-W53']);
  });
});
