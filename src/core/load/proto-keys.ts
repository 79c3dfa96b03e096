// `__proto__` written as a key. js-yaml keeps it as an ordinary key, but a plain object built from
// it (zod's records do this) would set the object's prototype instead, and the key would vanish
// without a word. So every such key is found, reported, and removed before validation.
import type { YamlPath } from './yaml-places.ts';

const PROTO = '__proto__';

/**
 * False when the YAML text cannot hold a `__proto__` key, so its data need not be walked: such a
 * key is written out, plain or quoted, unless it is spelled with escapes in double quotes
 * (`"\x5f_proto__"`), which need a backslash.
 */
export function mayHaveProtoKey(yaml: string): boolean {
  return yaml.includes(PROTO) || yaml.includes('\\');
}

/** The paths of every own `__proto__` key in the data, each removed from it. */
export function takeProtoKeys(data: unknown): YamlPath[] {
  const found: YamlPath[] = [];
  // Its own stack, not recursion: how deep YAML nests is up to whoever wrote it.
  const stack: { node: unknown; path: YamlPath }[] = [{ node: data, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (node[i] !== null && typeof node[i] === 'object') stack.push({ node: node[i], path: [...path, i] });
      continue;
    }
    if (Object.hasOwn(node, PROTO)) {
      found.push([...path, PROTO]);
      delete (node as Record<string, unknown>)[PROTO];
    }
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (value !== null && typeof value === 'object') stack.push({ node: value, path: [...path, key] });
    }
  }
  return found;
}
