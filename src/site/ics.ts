// A small iCalendar (RFC 5545) writer: content lines joined with CRLF, folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped, dates as VALUE=DATE.
import type { CalendarDate } from '../core/dates.ts';
import { addDays } from '../core/dates.ts';
import { printable } from '../core/report/printable.ts';
import { dayStartStamp } from './ics-stamp.ts';

export interface IcsEvent {
  uid: string;
  /** All-day event on this date. */
  date: CalendarDate;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
  /** Bumped each time the event's date moves, so calendar apps take the new one. */
  sequence?: number;
  /** A reminder this many days before (0: on the day itself), at 9:00 that day (the subscriber's own time). */
  alarmDaysBefore?: number;
}

export interface IcsCalendar {
  /** PRODID, e.g. `-//Followthrough//Playbook//EN` */
  productId: string;
  name: string;
  /** DTSTAMP for every event: the build's day, so identical builds give identical files. */
  stamp: CalendarDate;
  /** The playbook's time zone, whose `stamp` day it is: DTSTAMP is the moment that day began (ics-stamp.ts). UTC when absent. */
  timezone?: string;
  events: IcsEvent[];
}

const SPECIAL = /[\\;,\r\n]/;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). A control
 * character, which TEXT may not hold but for a tab, is shown as its code point (printable.ts).
 */
export function escapeText(value: string): string {
  const text = printable(value);
  // Most titles and names have none of these: one test instead of four replacements.
  if (!SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A title on one line: a `what` written as a YAML block keeps its line breaks, and an event's
 * title is one line in every calendar app (Outlook shows the first line alone, others break the
 * row in the day's grid). The description keeps them.
 */
function oneLine(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ') : text;
}

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const octets = Buffer.byteLength(line, 'utf8');
  if (octets <= 75) return line;
  if (octets === line.length) {
    // Plain ASCII, an octet a character: cut by position (most lines; a character loop over every
    // event of every calendar was a measurable part of a large site's build).
    const parts = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = utf8Length(char.codePointAt(0)!);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      // A continuation line's leading space counts toward its 75 octets.
      limit = 74;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The hour of the day a reminder comes at: the start of a working day, as Apple Calendar's own. */
const ALARM_HOUR = 9;

/**
 * A reminder `days` before an all-day event, at 9:00: its offset from the event's start, which is
 * midnight. `-P1D` reminded at midnight the day before, when nobody reads it; `-PT15H` is 9:00 the
 * day before, and 2 days before is `-P1DT15H`.
 */
export function alarmTrigger(days: number): string {
  const hours = days * 24 - ALARM_HOUR;
  if (hours <= 0) return `PT${-hours}H`;
  const whole = Math.floor(hours / 24);
  return `-P${whole > 0 ? `${whole}D` : ''}T${hours % 24}H`;
}

/** What a reminder says: when the event is, then its title. */
function alarmText(summary: string, days: number): string {
  return days === 0 ? `Today: ${summary}` : days === 1 ? `Tomorrow: ${summary}` : `In ${days} days: ${summary}`;
}

/** `2026-11-22` -> `20261122` */
export function icsDate(date: CalendarDate): string {
  return date.replaceAll('-', '');
}

/** Twice a day: the scheduled build runs daily, and a merged change rebuilds the site at once. */
const REFRESH = 'PT12H';

export function writeCalendar(calendar: IcsCalendar): string {
  const header = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // How often a subscribed calendar should read the file again (RFC 7986; Outlook reads the
    // older X-PUBLISHED-TTL): the site is rebuilt every day and on every change, and a calendar
    // left to its own default may read it once a week, showing a moved date days late.
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ];
  const parts = [header.map(foldLine).join('\r\n')];
  const stamp = dayStartStamp(calendar.stamp, calendar.timezone ?? 'UTC');
  for (const event of calendar.events) parts.push(eventText(event, stamp));
  parts.push('END:VCALENDAR');
  return parts.join('\r\n') + '\r\n';
}

/**
 * The same event is in several calendars (the team's, its account's, a person's): the site hands
 * the same object to each (calendar.ts), and its lines are written once. An event is not changed
 * once made.
 */
const WRITTEN = new WeakMap<IcsEvent, { stamp: string; text: string }>();

/** One VEVENT, its lines folded and joined with CRLF; `stamp` is DTSTAMP's value. */
function eventText(event: IcsEvent, stamp: string): string {
  const written = WRITTEN.get(event);
  if (written?.stamp === stamp) return written.text;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    // All-day events end (exclusively) on the next day.
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(oneLine(event.summary))}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push(`SEQUENCE:${event.sequence ?? 0}`, 'TRANSP:TRANSPARENT');
  if (event.alarmDaysBefore !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(alarmText(oneLine(event.summary), event.alarmDaysBefore))}`,
      `TRIGGER:${alarmTrigger(event.alarmDaysBefore)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  const text = lines.map(foldLine).join('\r\n');
  WRITTEN.set(event, { stamp, text });
  return text;
}
