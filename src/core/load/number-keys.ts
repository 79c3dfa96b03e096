// Ids written as map keys (people.yaml's person ids, playbook.yaml's `handoff_checklist`, a plan's
// `handoff`) that YAML reads as something other than text. An id written as a value (`id: 1`,
// `owner: 007`) is a schema finding that asks for quotes (schema-problems.ts); the same id as a
// key must be too, or `007:` silently becomes the person `7` and `1e3:` the person `1000`, and
// everything that names them as written is an unknown reference.
import type { Finding } from '../findings.ts';
import { finding } from './schema-problems.ts';
import type { SourceFile } from './source-file.ts';
import type { YamlPath } from './yaml-places.ts';

/** What YAML's core schema reads as a number, true or false, or nothing, from a plain scalar. */
const NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TRUTH = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NOTHING = /^(?:~|null|Null|NULL)$/;

/**
 * A key that may not have been written as text: what a number, true/false or null becomes as a
 * key (`7`, `1000`, `Infinity`, `true`, `null`). Any other key is text as written, and is not
 * looked up in the file (people.yaml may hold hundreds).
 */
const MAYBE_NOT_TEXT = /^(?:[-+]?(?:[0-9.]|Infinity$)|NaN$|true$|false$|null$)/;

/**
 * The keys of `map` (the map at `path` in `file`) written as plain numbers, true/false or null:
 * one finding each, asking for quotes. The map is given back with each such key as it was
 * written (`007`, not `7`), in its place, so that this one mistake is one finding and not one
 * more for every reference to the id as written. `label` names the map in messages.
 */
export function keysNotText(file: SourceFile, path: YamlPath, map: Record<string, unknown>, label: string, subjectOf: (id: string) => string): { map: Record<string, unknown>; findings: Finding[] } {
  const keys = Object.keys(map);
  if (!keys.some((key) => MAYBE_NOT_TEXT.test(key))) return { map, findings: [] };
  const findings: Finding[] = [];
  const renamed: Record<string, unknown> = {};
  for (const key of keys) {
    const written = MAYBE_NOT_TEXT.test(key) ? plainKeyWritten(file, [...path, key]) : undefined;
    const read = written === undefined ? undefined : readAs(written, key);
    if (written === undefined || read === undefined || Object.hasOwn(renamed, written)) {
      renamed[key] = map[key];
      continue;
    }
    findings.push(
      finding(file, [...path, key], 'key', subjectOf(written), `${label}: the id \`${written}\` is read as ${read} (${key}), not as text; put it in quotes: \`"${written}":\``),
    );
    renamed[written] = map[key];
  }
  return { map: renamed, findings };
}

/**
 * What YAML read a plain key as, when it is not text and it is what became `key` (the place found
 * for a key may be its map's, when the key could not be found: then it is not judged).
 */
function readAs(written: string, key: string): string | undefined {
  if (TRUTH.test(written)) return written.toLowerCase() === key ? 'true or false' : undefined;
  if (NOTHING.test(written)) return key === 'null' ? 'nothing (null)' : undefined;
  if (!NUMBER.test(written)) return undefined;
  const special = /inf|nan/i.test(written) ? (/nan/i.test(written) ? 'NaN' : written.startsWith('-') ? '-Infinity' : 'Infinity') : undefined;
  return (special ?? String(Number(written))) === key ? 'a number' : undefined;
}

/** The key at `path` as written, when it is a plain (unquoted) scalar on its line. */
function plainKeyWritten(file: SourceFile, path: YamlPath): string | undefined {
  const { line, column } = file.place(path, 'key');
  const rest = file.lineText(line).slice(column - 1);
  if (/^["'?]/.test(rest)) return undefined;
  const written = /^([^\s:#,{}[\]][^:#,{}[\]]*?)[ \t]*:(?:[ \t]|$)/.exec(rest)?.[1];
  return written === undefined || written === '' ? undefined : written;
}
