// Writes YAML values the way a person would: plain where that reads the same, quoted only where
// a plain scalar would change meaning. The generator emits text by hand (rather than through a
// YAML dumper) so the files look like what people write: block lists of `- id: x`, and flow
// style only for short lists and signatures.

// Words that YAML 1.1 or 1.2 parsers read as booleans or null.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
// Anything that starts like a number or a date would be read as one.
const NUMBER_LIKE = /^[-+.]?\d/;

/** A value in block context: `key: value`. */
export function scalar(text: string): string {
  const plain =
    /^[A-Za-z(]/.test(text) &&
    !RESERVED.test(text) &&
    !NUMBER_LIKE.test(text) &&
    !/:(?:\s|$)|\s#|[\n\t]|\s$/.test(text);
  return plain ? text : JSON.stringify(text); // A JSON string is a valid double-quoted YAML scalar.
}

/** A value inside `[...]` or `{...}`, where commas and brackets also end a plain scalar. */
export function flowScalar(text: string): string {
  return /[,[\]{}]/.test(text) ? JSON.stringify(text) : scalar(text);
}

/** A short flow list: `[a, b]`. */
export function flowList(items: readonly string[]): string {
  return `[${items.map(flowScalar).join(', ')}]`;
}

/** A short flow map: `{ by: Bob Smith, date: 2026-08-20 }`. Values are written as given when raw. */
export function flowMap(entries: readonly (readonly [string, string, 'raw'?])[]): string {
  const parts = entries.map(([key, value, raw]) => `${key}: ${raw ? value : flowScalar(value)}`);
  return `{ ${parts.join(', ')} }`;
}

