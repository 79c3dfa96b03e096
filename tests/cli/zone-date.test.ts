// The command line's date in a time zone (src/cli/zone-date.ts, TZ set for a moment) must be the
// core's (dates.ts, an Intl formatter) for every zone and instant, and leave TZ as it found it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zoneDate } from '../../src/cli/zone-date.ts';
import { dateInZone } from '../../src/core/dates.ts';

/** Instants where dates turn: new year, both sides of the date line, the usual DST changes, a leap day. */
const INSTANTS = [
  '2026-01-01T00:00:00Z',
  '2025-12-31T10:30:00Z',
  '2026-03-08T06:59:59Z',
  '2026-03-29T00:30:00Z',
  '2026-06-30T23:59:59Z',
  '2026-10-25T23:30:00Z',
  '2026-11-01T04:00:00Z',
  '2028-02-29T12:00:00Z',
  '1995-01-01T10:00:00Z',
].map((text) => new Date(text));

describe('zoneDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    vi.restoreAllMocks();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('gives the date the Intl formatter gives, in every zone the runtime lists', () => {
    const differences: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      for (const instant of INSTANTS) {
        const ours = zoneDate(instant, zone);
        const intl = dateInZone(instant, zone);
        if (ours !== intl) differences.push(`${zone} at ${instant.toISOString()}: ${ours}, not ${intl}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('answers without building an Intl formatter, and leaves TZ as it was', () => {
    process.env.TZ = 'Asia/Tokyo';
    zoneDate(INSTANTS[0]!, 'Pacific/Kiritimati'); // the runtime's first answer tries TZ out
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    expect(zoneDate(new Date('2026-11-22T03:30:00Z'), 'America/Toronto')).toBe('2026-11-21');
    expect(zoneDate(new Date('2026-11-22T03:30:00Z'), 'UTC')).toBe('2026-11-22');
    expect(formatter).not.toHaveBeenCalled();
    expect(process.env.TZ).toBe('Asia/Tokyo');
    expect(new Date('2026-11-22T03:30:00Z').getHours()).toBe(12);
    delete process.env.TZ;
    zoneDate(INSTANTS[0]!, 'Europe/Paris');
    expect('TZ' in process.env).toBe(false);
  });

  it('leaves other spellings of a zone to the formatter, which knows them', () => {
    const instant = new Date('2026-11-22T03:30:00Z');
    expect(zoneDate(instant, 'america/toronto')).toBe('2026-11-21');
    expect(zoneDate(instant, 'Asia/Kolkata')).toBe(dateInZone(instant, 'Asia/Kolkata'));
    expect(zoneDate(instant, 'Etc/UTC')).toBe('2026-11-22');
  });
});
