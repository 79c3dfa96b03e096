// Calendar dates as YYYY-MM-DD text, durations in days, and "today" in a time zone at an instant.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateInZone,
  dayCount,
  dayNumber,
  daysBetween,
  dateProblem,
  durationDays,
  durationProblem,
  fromDayNumber,
  isCalendarDate,
  isDuration,
  normalizeDateInput,
  relativeDays,
} from '../../src/core/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-02', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-28', true],
    ['2026-12-31', true],
    ['2026-01-01', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-11-00', false],
    ['2026-11-2', false],
    ['26-11-02', false],
    ['2026-11-02T00:00:00', false],
    ['2026-11-02 ', false],
    [' 2026-11-02', false],
    ['2026/11/02', false],
    ['', false],
    // Years from 1900 to 2999 only: `0026` is a typo, not the year 26 (nor 1926).
    ['0026-12-01', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2999-12-31', true],
    ['3000-01-01', false],
    ['9999-12-31', false],
  ])('%j is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('agrees with the calendar on every day of leap and common years, at both ends of the range, and on look-alikes', () => {
    const wrong: string[] = [];
    for (const year of [1899, 1900, 1996, 2000, 2024, 2026, 2100, 2999, 3000]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day));
          const expected = year >= 1900 && year <= 2999 && real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
          if (isCalendarDate(text) !== expected) wrong.push(text);
        }
      }
    }
    // Ten characters with the dashes in place, but not digits: "2026-1a-02", "2026-11-0/", fullwidth digits.
    for (const text of ['2026-1a-02', '2026-11-0/', '2026-11-0:', '202 -11-02', '２０２６-11-02', '2026-11-\u0662\u0662', '+026-11-02', '-026-11-02']) {
      if (isCalendarDate(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-11-22', 1, '2026-11-23'],
    ['2026-11-22', -1, '2026-11-21'],
    ['2026-11-22', 0, '2026-11-22'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-01-31', 28, '2026-02-28'],
    // Across the daylight-saving changes of many zones: no hour is lost or gained.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-10-31', 1, '2026-11-01'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-11-22', 365, '2027-11-22'],
    ['2028-01-01', 366, '2029-01-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('counts days since 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-11-22')).toBe(20779);
    expect(fromDayNumber(20779)).toBe('2026-11-22');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with the Gregorian calendar of `Date` on every day from 0001 to 9999, both ways', () => {
    // dayNumber and fromDayNumber are arithmetic, for speed; `Date` is the reference.
    const mismatches: string[] = [];
    for (let days = -719_162; days <= 2_932_896; days += 1) {
      const iso = new Date(days * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(days) !== iso || dayNumber(iso) !== days) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });

  it('runs an impossible day on into the next month, as `Date` does', () => {
    expect(fromDayNumber(dayNumber('2026-02-30'))).toBe('2026-03-02');
    expect(fromDayNumber(dayNumber('2026-11-00'))).toBe('2026-10-31');
    expect(dayNumber('0026-12-01')).toBe(dayNumber('2026-12-01') - 730_485);
  });

  it('refuses to count from text that is not a date', () => {
    expect(() => dayNumber('2026-11-2')).toThrow(RangeError);
  });

  it('compares dates as text in calendar order', () => {
    const dates = ['2027-01-01', '2026-11-22', '2026-02-28', '2026-11-03', '2026-10-31'];
    expect([...dates].sort()).toEqual(['2026-02-28', '2026-10-31', '2026-11-03', '2026-11-22', '2027-01-01']);
    expect([...dates].sort((a, b) => daysBetween(b, a))).toEqual([...dates].sort());
  });
});

describe('durations', () => {
  it.each([
    ['0d', 0],
    ['1d', 1],
    ['10d', 10],
    ['1w', 7],
    ['2w', 14],
    ['52w', 364],
    ['365d', 365],
  ])('%s is %i days', (text, days) => {
    expect(isDuration(text)).toBe(true);
    expect(durationDays(text)).toBe(days);
  });

  it.each(['', 'd', '2', '2 weeks', '2W', '2D', '1m', '1y', '-1d', '1.5d', '01d', ' 2w', '2w ', '2 w'])('%j is not a duration', (text) => {
    expect(isDuration(text)).toBe(false);
    expect(() => durationDays(text)).toThrow(RangeError);
  });
});

describe('relative days and counts, as messages say them', () => {
  it.each([
    ['2026-11-22', 'today'],
    ['2026-11-23', 'tomorrow'],
    ['2026-11-21', 'yesterday'],
    ['2026-11-24', 'in 2 days'],
    ['2026-11-15', '7 days ago'],
    ['2027-11-22', 'in 365 days'],
  ])('%s seen from 2026-11-22 is %j', (date, text) => {
    expect(relativeDays(date, '2026-11-22')).toBe(text);
  });

  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [-1, '-1 day'],
    [2, '2 days'],
  ])('%i is %j', (days, text) => {
    expect(dayCount(days)).toBe(text);
  });
});

describe('dateInZone: the calendar date in a time zone at an instant', () => {
  it.each([
    // Kiritimati is UTC+14: its day starts at 10:00 UTC the day before.
    ['2026-11-21T09:59:59.999Z', 'Pacific/Kiritimati', '2026-11-21'],
    ['2026-11-21T10:00:00.000Z', 'Pacific/Kiritimati', '2026-11-22'],
    ['2026-11-22T09:59:59.999Z', 'Pacific/Kiritimati', '2026-11-22'],
    ['2026-11-22T10:00:00.000Z', 'Pacific/Kiritimati', '2026-11-23'],
    // Pago Pago is UTC-11: its day starts at 11:00 UTC.
    ['2026-11-22T10:59:59.999Z', 'Pacific/Pago_Pago', '2026-11-21'],
    ['2026-11-22T11:00:00.000Z', 'Pacific/Pago_Pago', '2026-11-22'],
    ['2026-11-23T10:59:59.999Z', 'Pacific/Pago_Pago', '2026-11-22'],
    ['2026-11-23T11:00:00.000Z', 'Pacific/Pago_Pago', '2026-11-23'],
    // UTC, and the same instant in zones a whole day apart.
    ['2026-11-22T00:00:00.000Z', 'UTC', '2026-11-22'],
    ['2026-11-22T23:59:59.999Z', 'UTC', '2026-11-22'],
    ['2026-11-22T12:00:00.000Z', 'Pacific/Kiritimati', '2026-11-23'],
    ['2026-11-22T12:00:00.000Z', 'Pacific/Pago_Pago', '2026-11-22'],
    ['2026-11-22T05:00:00.000Z', 'Pacific/Pago_Pago', '2026-11-21'],
    // Toronto, on the night daylight-saving time ends (01:00-02:00 happens twice).
    ['2026-11-01T03:59:59.999Z', 'America/Toronto', '2026-10-31'],
    ['2026-11-01T04:00:00.000Z', 'America/Toronto', '2026-11-01'],
    ['2026-11-02T04:59:59.999Z', 'America/Toronto', '2026-11-01'],
    ['2026-11-02T05:00:00.000Z', 'America/Toronto', '2026-11-02'],
    // New Year's Eve crosses the year.
    ['2026-12-31T10:00:00.000Z', 'Pacific/Kiritimati', '2027-01-01'],
    ['2027-01-01T10:59:59.000Z', 'Pacific/Pago_Pago', '2026-12-31'],
  ])('at %s in %s it is %s', (instant, zone, date) => {
    expect(dateInZone(new Date(instant), zone)).toBe(date);
  });

  it('does not depend on the process time zone (the TZ this test runs under)', () => {
    const instant = new Date('2026-11-22T10:30:00Z');
    expect([dateInZone(instant, 'UTC'), dateInZone(instant, 'Pacific/Kiritimati'), dateInZone(instant, 'Pacific/Pago_Pago')]).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-21',
    ]);
  });
});

describe('normalizeDateInput: a date-only YAML value, whichever parser read it', () => {
  it('turns a UTC-midnight Date (js-yaml default schema, Astro) into its calendar date', () => {
    expect(normalizeDateInput(new Date(Date.UTC(2026, 10, 2)))).toBe('2026-11-02');
    expect(normalizeDateInput(new Date('2028-02-29T00:00:00Z'))).toBe('2028-02-29');
    expect(normalizeDateInput(new Date('1969-12-31T00:00:00Z'))).toBe('1969-12-31');
  });

  it('reads the date js-yaml makes of `2026-11-02` as that day, in any process time zone', async () => {
    const { default: jsYaml } = await import('js-yaml');
    const parsed = jsYaml.load('due: 2026-11-02') as { due: unknown };
    expect(parsed.due).toBeInstanceOf(Date);
    expect(normalizeDateInput(parsed.due)).toBe('2026-11-02');
  });

  it('keeps a date string as it is', () => {
    expect(normalizeDateInput('2026-11-02')).toBe('2026-11-02');
    expect(normalizeDateInput('2026-02-30')).toBe('2026-02-30');
  });

  it('leaves a Date with a time of day unchanged, so validation can refuse it', () => {
    const withTime = new Date('2026-11-02T10:00:00Z');
    expect(normalizeDateInput(withTime)).toBe(withTime);
    const invalid = new Date(Number.NaN);
    expect(normalizeDateInput(invalid)).toBe(invalid);
  });

  it('leaves other values unchanged', () => {
    expect(normalizeDateInput(20261102)).toBe(20261102);
    expect(normalizeDateInput(undefined)).toBeUndefined();
    expect(normalizeDateInput(null)).toBeNull();
  });
});

describe('the bounds people are told about', () => {
  it('a year outside 1900 to 2999 says so', () => {
    expect(dateProblem('0026-12-01')).toBe('the year must be from 1900 to 2999: write all four digits of the year, such as 2026-11-02');
    expect(dateProblem('2026-02-30')).toMatch(/^expected a real calendar date/);
    expect(dateProblem('2026-02-28')).toBeUndefined();
  });

  it('day arithmetic is right at both ends of the range', () => {
    expect(fromDayNumber(dayNumber('1900-01-01'))).toBe('1900-01-01');
    expect(daysBetween('1900-01-01', '2999-12-31')).toBe(401_766);
    expect(addDays('2999-12-31', 520 * 7)).toBe('3009-12-19');
  });

  it.each([
    ['1d', 1, undefined],
    ['0d', 1, 'a cadence is at least `1d`'],
    ['0d', 0, undefined],
    ['520w', 1, undefined],
    ['3640d', 1, undefined],
    ['3641d', 1, 'at most `520w` (ten years): write a shorter duration, such as `2w`'],
    ['100000000d', 0, 'at most `520w` (ten years): write a shorter duration, such as `2w`'],
    ['99999999999999999999999w', 1, 'at most `520w` (ten years): write a shorter duration, such as `2w`'],
    ['2 weeks', 1, 'expected a duration in days or weeks such as `10d` or `2w`'],
  ])('%s (at least %i days): %s', (text, min, problem) => {
    expect(durationProblem(text, min)).toBe(problem);
  });
});
