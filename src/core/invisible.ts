// Characters that take no room on screen: a zero-width space, a joiner, a soft hyphen, a bidi mark
// or isolate, a byte-order mark. Pasted from a chat or a web page into an id or a name, one makes
// a reference that looks right and matches nothing, and a finding quoting it ("waits for
// `order-hardware`, which is not a commitment") looks wrong. So a message that quotes a reference
// shows each as its code point, the way printableLine shows a line break (`<U+000A>`), and says
// what it is. (The variation selectors are left alone: they choose how an emoji looks.)

import { codePoint } from './report/printable.ts';

/** Default-ignorable code points (Unicode's "invisible" set) and the bidi marks, but the variation selectors. */
const INVISIBLE = /(?![\uFE00-\uFE0F])[\p{Default_Ignorable_Code_Point}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2060: 'a word joiner',
  0xfeff: 'a zero-width no-break space (a byte-order mark)',
};

const nameOf = (c: string) => NAMES[c.codePointAt(0)!] ?? (/[\u202A-\u202E\u2066-\u2069]/.test(c) ? 'a bidirectional control' : 'an invisible character');

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** `text` with each invisible character shown as its code point: `order<U+200B>-hardware`. */
export function showInvisible(text: string): string {
  return hasInvisible(text) ? text.replace(INVISIBLE, codePoint) : text;
}

/** `text` between `mark`s with its invisible characters shown, and what they are (invisibleNote). */
export function quoted(text: string, mark = '`'): string {
  return hasInvisible(text) ? `${mark}${showInvisible(text)}${mark}${invisibleNote(text)}` : `${mark}${text}${mark}`;
}

/** ` (it holds an invisible character: a zero-width space, <U+200B>; delete it)`, or nothing. */
export function invisibleNote(text: string): string {
  if (!hasInvisible(text)) return '';
  const all = text.match(INVISIBLE)!;
  const what = [...new Set(all)].map((c) => `${nameOf(c)}, ${codePoint(c)}`).join(', and ');
  const one = all.length === 1;
  return ` (it holds ${one ? 'an invisible character' : 'invisible characters'}: ${what}; delete ${one ? 'it' : 'them'})`;
}
