// `__proto__` written as a key. js-yaml keeps it as an ordinary key, but a plain object built from
// it (zod's records do this) would set the object's prototype instead, and the key would vanish
// without a word. So every such key is found, reported, and removed before validation.
import type { YamlPath } from './yaml-places.ts';

const PROTO = '__proto__';

/** The paths of every own `__proto__` key in the data, each removed from it. */
export function takeProtoKeys(data: unknown, path: YamlPath = []): YamlPath[] {
  if (data === null || typeof data !== 'object') return [];
  const found: YamlPath[] = [];
  if (!Array.isArray(data) && Object.hasOwn(data, PROTO)) {
    found.push([...path, PROTO]);
    delete (data as Record<string, unknown>)[PROTO];
  }
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((value, i) => [i, value]) : Object.entries(data);
  for (const [key, value] of entries) found.push(...takeProtoKeys(value, [...path, key]));
  return found;
}
