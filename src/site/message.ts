// A finding's message as parts to render: plain text, `code` (what the checker writes between
// backticks: a field to add, a command), and a date with its distance from today ("2026-11-15
// (7 days ago)"), which the page shows as of the build's day and the browser rewrites for the
// reader's. The message itself is the checker's; only its presentation is decided here.
import { relativeDays, type CalendarDate } from '../core/dates.ts';
import { DATE_WITH_DISTANCE } from '../core/rules/describe.ts';

export type MessagePart = { text: string } | { code: string } | { date: CalendarDate; relative: string } | { today: CalendarDate } | { name: string };

// "2026-11-15 (7 days ago)", "(in 3 days)", "(today)", "(tomorrow)", "(yesterday)": the core's dateWithDistance.
const DISTANCE = DATE_WITH_DISTANCE;
// future-date's "after today (2026-11-22)".
const TODAY = /after today \((\d{4}-\d{2}-\d{2})\)/g;

/**
 * The message's parts, with every distance measured from `asOf`. Each of `names` (what the
 * finding is about and who answers for it, as the message writes them) becomes a part of its own,
 * which the page isolates (`<bdi>`): a right-to-left name beside a date or a semicolon does not
 * carry them into its own direction.
 */
export function messageParts(message: string, asOf: CalendarDate, names: readonly string[] = []): MessagePart[] {
  return isolateNames(dateParts(message, asOf), names);
}

function isolateNames(parts: MessagePart[], names: readonly string[]): MessagePart[] {
  const wanted = [...new Set(names.filter((name) => name.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return parts;
  const pattern = new RegExp(wanted.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return parts.flatMap((part): MessagePart[] => {
    if (!('text' in part)) return [part];
    const out: MessagePart[] = [];
    let at = 0;
    for (const match of part.text.matchAll(pattern)) {
      if (match.index > at) out.push({ text: part.text.slice(at, match.index) });
      out.push({ name: match[0] });
      at = match.index + match[0].length;
    }
    if (at < part.text.length) out.push({ text: part.text.slice(at) });
    return out;
  });
}

function dateParts(message: string, asOf: CalendarDate): MessagePart[] {
  const parts: MessagePart[] = [];
  message.split(/(`[^`]*`)/).forEach((chunk, i) => {
    if (i % 2 === 1) {
      parts.push({ code: chunk.slice(1, -1) });
      return;
    }
    const pattern = new RegExp(`${DISTANCE.source}|${TODAY.source}`, 'g');
    let at = 0;
    for (let match = pattern.exec(chunk); match; match = pattern.exec(chunk)) {
      if (match.index > at) parts.push({ text: chunk.slice(at, match.index) });
      if (match[1]) parts.push({ date: match[1], relative: relativeDays(match[1], asOf) });
      else parts.push({ text: 'after today ' }, { today: match[3]! });
      at = match.index + match[0].length;
    }
    if (at < chunk.length) parts.push({ text: chunk.slice(at) });
  });
  return parts;
}

/** The message as it reads on `asOf` (what the page shows, and the browser's rewrite for another day). */
export function messageOn(message: string, asOf: CalendarDate): string {
  return messageParts(message, asOf)
    .map((part) => ('code' in part ? `\`${part.code}\`` : 'date' in part ? `${part.date} (${part.relative})` : 'today' in part ? `(${asOf})` : 'name' in part ? part.name : part.text))
    .join('');
}
