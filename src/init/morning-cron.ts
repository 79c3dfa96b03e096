// When the team's scheduled workflow runs: 06:30 in the playbook's time zone, so that the site is
// rebuilt for the day and the reminders issue is fresh before the team starts work. GitHub reads a
// cron in UTC and knows no time zone, so the hour is the zone's offset on the day of init: where
// clocks change for summer, the run moves by an hour for half the year (the comment says so).
import type { CalendarDate } from '../core/dates.ts';

/** The local time the workflow aims at, in minutes after midnight. */
const MORNING = 6 * 60 + 30;

export interface MorningCron {
  /** `30 11 * * *` */
  cron: string;
  /** What the cron line's comment says. */
  note: string;
}

export function morningCron(timeZone: string, day: CalendarDate): MorningCron {
  const offset = offsetMinutes(timeZone, new Date(`${day}T12:00:00Z`));
  const utc = (((MORNING - offset) % 1440) + 1440) % 1440;
  const [hour, minute] = [Math.floor(utc / 60), utc % 60];
  const cron = `${minute} ${hour} * * *`;
  if (offset === 0 && /^(UTC|Etc\/UTC|Etc\/GMT|GMT)$/.test(timeZone)) return { cron, note: 'every day at 06:30 UTC' };
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const year = day.slice(0, 4);
  const changes = offsetMinutes(timeZone, new Date(`${year}-01-15T12:00:00Z`)) !== offsetMinutes(timeZone, new Date(`${year}-07-15T12:00:00Z`));
  return { cron, note: `every day at 06:30 in ${timeZone} (${clock} UTC${changes ? ': GitHub runs it in UTC, so an hour off while summer time differs' : ''})` };
}

/** The zone's offset from UTC at `at`, in minutes (Toronto in winter: -300). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
