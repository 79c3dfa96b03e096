// New YAML text for values a command writes: a scalar is written plain when every parser the
// playbook meets (js-yaml as the loader and Astro use it, the `yaml` package as editors use it)
// reads it back as the same string, and double-quoted otherwise.
import jsYaml from 'js-yaml';
import { isNullOrBooleanWord } from '../load/block-yaml.ts';
import { parse as parseYamlPackage } from 'yaml';

/** Text written as it is, unquoted: a calendar date or an id the caller has checked. */
export interface Plain {
  readonly plain: string;
}

/** A value to write: text, plain text, a list of texts (written `[a, b]`), or fields (a nested map). */
export type YamlValue = string | Plain | readonly string[] | YamlFields;
export type YamlFields = readonly (readonly [string, YamlValue])[];

/** A date (`2026-11-02`) is written plain, as people write dates, though some parsers read it as a timestamp. */
export function plain(text: string): Plain {
  return { plain: text };
}

function isPlain(value: YamlValue): value is Plain {
  return typeof value === 'object' && !Array.isArray(value) && 'plain' in value;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** A letter, then letters, digits, spaces and punctuation that means nothing to YAML inside a plain scalar. */
const WORDS = /^[A-Za-z][A-Za-z0-9 .'()/&_+-]*$/;

/** `text` as a YAML scalar; `flow` when it stands inside `[...]` or `{...}`. */
export function scalar(text: string, flow = false): string {
  return isSafePlain(text, flow) ? text : doubleQuoted(text);
}

export function doubleQuoted(text: string): string {
  // JSON's escapes are all valid in a YAML double-quoted scalar.
  return JSON.stringify(text);
}

function isSafePlain(text: string, flow: boolean): boolean {
  if (text === '' || text !== text.trim() || /[\n\r\t]/.test(text)) return false;
  if (INDICATOR_START.test(text) && !/^[-?:][^\s,[\]{}]/.test(text)) return false;
  if (/:\s|:$| #/.test(text)) return false;
  if (flow && /[,[\]{}]/.test(text)) return false;
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return false;
  // Words are text to every parser unless they are a null or a boolean (a number, a date or any
  // other typed value begins with a digit, a sign or a dot): known without running three parsers,
  // which cost an edit ~1 ms on code that runs once (docs/benchmarks.md, tenth round).
  if (WORDS.test(text)) return !isNullOrBooleanWord(text);
  // Finally ask the parsers: `yes`, `1.0`, `null`, `2026-01-02` (a Date to js-yaml's default schema)...
  const doc = flow ? `k: [${text}]` : `k: ${text}`;
  const read = (value: unknown) => (flow ? (value as { k?: unknown[] })?.k?.[0] : (value as { k?: unknown })?.k);
  try {
    return (
      read(jsYaml.load(doc)) === text &&
      read(jsYaml.load(doc, { schema: jsYaml.CORE_SCHEMA })) === text &&
      read(parseYamlPackage(doc)) === text
    );
  } catch {
    return false;
  }
}

/** `[a, b]` */
export function flowList(items: readonly string[]): string {
  return `[${items.map((item) => scalar(item, true)).join(', ')}]`;
}

/** `{ a: 1, b: [x] }`, or `{a: 1, b: [x]}` without `pad` (as a file that writes its maps so). */
export function flowMap(fields: YamlFields, pad = true): string {
  if (fields.length === 0) return '{}';
  const inner = fields.map(([key, value]) => `${key}: ${flowValue(value, pad)}`).join(', ');
  return pad ? `{ ${inner} }` : `{${inner}}`;
}

export function flowValue(value: YamlValue, pad = true): string {
  if (typeof value === 'string') return scalar(value, true);
  if (isPlain(value)) return value.plain;
  if (isList(value)) return flowList(value);
  return flowMap(value as YamlFields, pad);
}

function isList(value: YamlValue): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Block lines `key: value` at `indent` spaces, each ending with `nl`. A nested map is written as
 * block lines `step` spaces further in; lists are written in flow style, `[a, b]`.
 */
export function blockFields(fields: YamlFields, indent: number, nl: string, step = 2): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (const [key, value] of fields) {
    if (isPlain(value)) {
      out += `${pad}${key}: ${value.plain}${nl}`;
    } else if (typeof value === 'string' || isList(value)) {
      out += `${pad}${key}: ${typeof value === 'string' ? scalar(value) : flowList(value)}${nl}`;
    } else if ((value as YamlFields).length === 0) {
      out += `${pad}${key}: {}${nl}`;
    } else {
      out += `${pad}${key}:${nl}${blockFields(value as YamlFields, indent + step, nl, step)}`;
    }
  }
  return out;
}

/**
 * One block list entry: `- first: value` with the dash at `dashColumn` and the fields at
 * `keyColumn` (the dash, then spaces up to the fields' column).
 */
export function blockListEntry(fields: YamlFields, dashColumn: number, keyColumn: number, nl: string, step = 2): string {
  const gap = Math.max(1, keyColumn - dashColumn - 1);
  const lines = blockFields(fields, dashColumn + 1 + gap, nl, step);
  const first = ' '.repeat(dashColumn) + '-' + ' '.repeat(gap);
  return first + lines.slice(dashColumn + 1 + gap);
}
