// Whether playbook.yaml's `timezone` is a time zone's name. The contract says the field holds an
// IANA zone (`America/Toronto`); Node's formatter takes more than that: UTC offsets (`+05:00`,
// which follow no daylight-saving change, so "today" would drift from the team's clock half the
// year) and names in any letter case (`america/toronto`, which other tools reading the file, and
// a runtime with another ICU, may not). Both are refused with the name to write instead.
import { isCanonicalTimeZone, isUtc } from './dates.ts';
import { closest } from './suggest.ts';

const EXAMPLE = 'an IANA time zone name such as `America/Toronto` or `UTC`';

/** What is wrong with `zone` as a time zone's name, or undefined when this runtime knows it, spelled as the time zone database spells it. */
export function timeZoneProblem(zone: string): string | undefined {
  // A name the runtime lists needs no formatter: the first one costs about 12 ms (ICU loads its
  // locale data), which an edit of a few files would mostly spend here.
  if (isUtc(zone) || isCanonicalTimeZone(zone)) return undefined;
  if (/^[+\-\u2212]?\d/.test(zone)) return offsetProblem(zone);
  let known: string;
  try {
    known = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    const near = closest(zone, Intl.supportedValuesOf('timeZone'));
    return `expected ${EXAMPLE}: \`${zone}\` is not one this runtime knows${near === undefined ? '' : `; did you mean \`${near}\`?`}`;
  }
  if (known === zone) return undefined;
  if (known.toLowerCase() === zone.toLowerCase()) return `time zone names are written with their capitals: write \`${known}\``;
  // An older name of a zone (`US/Eastern`, `Asia/Calcutta`): every part of a name starts with a capital.
  if (zone.split('/').some((part) => !/^[A-Z]/.test(part))) return `time zone names are written with their capitals: write \`${known}\`, the same zone under its current name`;
  return undefined;
}

/** `+05:00`: a fixed offset, with the fixed-offset zone that means it when it is whole hours. */
function offsetProblem(zone: string): string {
  const match = /^([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  const hours = match && (match[3] === undefined || match[3] === '00') ? Number(match[2]) : undefined;
  // Etc/GMT names reverse the sign (POSIX): five hours ahead of UTC is Etc/GMT-5.
  const fixed = hours !== undefined && hours >= 1 && hours <= 14 ? ` (a clock that never changes is \`Etc/GMT${match![1] === '+' ? '-' : '+'}${hours}\`: its sign is the reverse)` : '';
  return `expected ${EXAMPLE}, not a UTC offset, which keeps no daylight-saving time: write the name of the team's zone${fixed}`;
}
