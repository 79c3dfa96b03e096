// Text from content, made safe to print where a control character would act instead of show: a
// terminal, a CI log, a markdown comment, a calendar. An escape sequence in a commitment's `what`
// (YAML's "\e[2J" writes one) would clear a terminal or set its title; a right-to-left override
// would reorder the rest of the line. Each is shown as its code point, `<U+001B>`; a line break is
// a line break (`\r\n` and a lone `\r` become `\n`), and a tab stays.

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and isolates. */
const ACTING = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** How a character that must not act, or cannot be seen, is shown: `<U+001B>`. */
export const codePoint = (c: string): string => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

export function printable(text: string): string {
  // Nearly every text has none: one test, and the text itself back.
  ACTING.lastIndex = 0;
  if (!ACTING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(ACTING, codePoint);
}

/** As ACTING, and the line breaks too: text that must stay on the line it is printed in. */
const ACTING_OR_BREAK = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * `printable`, on one line (a finding's message, a table's cell, a name in a heading, a
 * confirmation, a diff's line): a line break from content is shown as its code point too
 * (`<U+000A>`), so that it cannot start an output line of its own, one that would look like the
 * command's (a finding, a row, a diff's `+` line) or that a CI log reads as a command (GitHub
 * takes a line `::error file=...::` for an annotation).
 */
export function printableLine(text: string): string {
  ACTING_OR_BREAK.lastIndex = 0;
  if (!ACTING_OR_BREAK.test(text)) return text;
  return text.replace(ACTING_OR_BREAK, codePoint);
}
