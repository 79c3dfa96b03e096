// A file's bytes as text, only when they are UTF-8. Decoding anything else would turn each byte
// it cannot read into U+FFFD, and an editing command would then write those back: a Latin-1 `é`
// in a name or in the MDX body would be lost for good. So a file that is not valid UTF-8 is
// reported at its first bad byte and is neither judged nor edited.
import { isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

// `ignoreBOM` keeps a byte-order mark in the text, as it is in the file: an edit writes it back.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array | string): Decoded {
  if (typeof bytes === 'string') return { ok: true, text: bytes };
  if (isUtf8(bytes)) return { ok: true, text: decoder.decode(bytes) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, column: 1, message: 'the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8: save it as UTF-8 in your editor' };
  }
  const at = firstInvalidByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = decoder.decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    line,
    column,
    message: `the file is not valid UTF-8: the byte 0x${byte} here is not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252); save it as UTF-8 in your editor, and check the characters around it`,
  };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}
