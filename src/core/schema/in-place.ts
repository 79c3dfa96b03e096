// A parser compiled from a zod schema that takes a valid document where it lies. zod's own parsers
// (plain and `z.compile`) build a copy of every document they accept: at 1,000 accounts that copy
// is ~24 MB, and with the time to fill it, validation was ~130 ms of a ~900 ms `check` (measured:
// docs/benchmarks.md, ninth round). This one walks the same schema definitions zod runs, and for a
// valid document makes in place exactly the changes zod's output would have (a trimmed text, a
// default list, a date read as text), so the document becomes what zod would have returned.
//
// It only ever says "valid" (returning the document) or "ask zod" (`INVALID`): every issue, its
// path and its message still come from zod, which the caller runs on anything this rejects. It
// is written to be sound, never complete: whatever it is unsure of (a type, a check or a wrapper
// it does not model, a key it does not know, an object that is not plain) it rejects, and a schema
// it cannot model at all is not compiled (`compileInPlace` returns undefined). Each value is
// changed only once everything in it is known to be valid, so a document it rejects holds at
// most some valid parts already in zod's own output form, which zod reads back unchanged.
//
// The input must be a tree as a YAML parser builds it: plain objects and arrays, each reachable
// once (an aliased value, shared by two places, would be changed twice: see parse-yaml.ts).
// tests/core/schema/in-place.test.ts holds it to zod's own output on generated and mutated plans.
import type { ZodTypeAny } from '../zod.ts';

/** What a compiled parser returns for a value it leaves to zod. */
export const INVALID: unique symbol = Symbol('invalid');

/** The document, now in zod's output form, or `INVALID`. */
export type InPlaceParser = (data: unknown) => unknown;

/** A schema part this compiler does not model: the whole schema is left to zod. */
class Unsupported extends Error {}

/** The compiled parser for `schema`, or undefined when it uses something this does not model. */
export function compileInPlace(schema: ZodTypeAny): InPlaceParser | undefined {
  try {
    return new Generator().compile(schema);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** zod's internals as far as this reads them (zod 4's `_zod`, which its own compiler reads too). */
interface Internals {
  def: Def;
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  check?: (payload: Payload) => unknown;
}
interface Def {
  type: string;
  checks?: Schema[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
  when?: (payload: Payload) => boolean;
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  transform?: (value: unknown) => unknown;
  mode?: string;
  defaultValue?: unknown;
}
interface Schema {
  _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

class Generator {
  /** Values the generated code reads, by name (`k0`...). */
  private readonly constants: unknown[] = [];
  private readonly constantNames = new Map<unknown, string>();
  /** One generated function per schema; schemas with the same code share one. */
  private readonly functions: string[] = [];
  private readonly bySchema = new Map<Schema, string>();
  private readonly byBody = new Map<string, string>();

  compile(schema: ZodTypeAny): InPlaceParser {
    const root = this.fn(schema as unknown as Schema);
    const names = this.constants.map((_, i) => `k${i}`);
    // The payload checks are handed (zod's checks read and write `value` and push `issues`):
    // one, reused, since nothing here keeps it past the call.
    const code = `"use strict";\nconst P = { value: undefined, issues: [] };\nconst OP = Object.prototype;\n${this.functions.join('\n')}\nreturn ${root};`;
    return new Function('INVALID', ...names, code)(INVALID, ...this.constants) as InPlaceParser;
  }

  private constant(value: unknown): string {
    let name = this.constantNames.get(value);
    if (name === undefined) {
      name = `k${this.constants.length}`;
      this.constants.push(value);
      this.constantNames.set(value, name);
    }
    return name;
  }

  /** The name of the function that parses `x` as `schema`, returning the value or INVALID. */
  private fn(schema: Schema): string {
    const known = this.bySchema.get(schema);
    if (known !== undefined) return known;
    const body = this.body(schema);
    let name = this.byBody.get(body);
    if (name === undefined) {
      name = `f${this.functions.length}`;
      this.functions.push(`function ${name}(x) {\n${body}\n}`);
      this.byBody.set(body, name);
    }
    this.bySchema.set(schema, name);
    return name;
  }

  private body(schema: Schema): string {
    const z = schema._zod;
    const def = z.def;
    switch (def.type) {
      case 'string':
        if (def.coerce) throw new Unsupported();
        return `if (typeof x !== "string") return INVALID;\n${this.checks(schema)}return x;`;
      case 'boolean':
        if (def.coerce) throw new Unsupported();
        return `if (typeof x !== "boolean") return INVALID;\n${this.checks(schema)}return x;`;
      case 'enum':
      case 'literal':
        if (!(z.values instanceof Set)) throw new Unsupported();
        return `if (!${this.constant(z.values)}.has(x)) return INVALID;\n${this.checks(schema)}return x;`;
      case 'optional': {
        this.noChecks(def);
        const inner = def.innerType!;
        // zod's optional passes `undefined` on, unless what it wraps supplies a default.
        const absent = inner._zod.optin === 'defaulted' ? '' : 'if (x === undefined) return undefined;\n';
        return `${absent}return ${this.fn(inner)}(x);`;
      }
      case 'nullable':
        this.noChecks(def);
        return `if (x === null) return null;\nreturn ${this.fn(def.innerType!)}(x);`;
      case 'default': {
        this.noChecks(def);
        // `defaultValue` is zod's getter: a fresh copy of the default each time, as zod hands out.
        const d = this.constant(def);
        return `if (x === undefined) return ${d}.defaultValue;\nconst r = ${this.fn(def.innerType!)}(x);\nreturn r === undefined ? ${d}.defaultValue : r;`;
      }
      case 'pipe':
        this.noChecks(def);
        return `const r = ${this.fn(def.in!)}(x);\nif (r === INVALID) return INVALID;\nreturn ${this.fn(def.out!)}(r);`;
      case 'transform': {
        this.noChecks(def);
        // A transform of one argument cannot report an issue (zod hands issues in the second).
        if (typeof def.transform !== 'function' || def.transform.length !== 1) throw new Unsupported();
        return `const r = ${this.constant(def)}.transform(x);\nif (r instanceof Promise) return INVALID;\nreturn r;`;
      }
      case 'array':
        return this.array(schema);
      case 'object':
        return this.object(schema);
      case 'record':
        return this.record(schema);
      case 'union':
        return this.union(schema);
      default:
        throw new Unsupported();
    }
  }

  private noChecks(def: Def): void {
    if (def.checks !== undefined && def.checks.length > 0) throw new Unsupported();
  }

  /**
   * The code that runs a value's checks in zod's order (the schema itself first when it is a
   * check, as a format such as `z.email()` is), rejecting at the first issue. Trimming and
   * patterns are written out; any other check is zod's own, called on the shared payload.
   */
  private checks(schema: Schema): string {
    const all = [...(schema._zod.traits.has('$ZodCheck') ? [schema] : []), ...(schema._zod.def.checks ?? [])];
    let code = '';
    for (const check of all) {
      const def = check._zod.def;
      if (def.check === 'overwrite' && typeof def.tx === 'function' && def.when === undefined) {
        code += `x = ${this.constant(def.tx)}(x);\n`;
      } else if (def.check === 'string_format' && (def.format === 'regex' || def.format === 'email') && def.pattern instanceof RegExp && def.when === undefined) {
        const pattern = this.constant(def.pattern);
        code += `${pattern}.lastIndex = 0;\nif (!${pattern}.test(x)) return INVALID;\n`;
      } else if (typeof check._zod.check === 'function') {
        const internals = this.constant(check._zod);
        // `P.issues` is empty between checks: emptied where a check fills it.
        const run = `if (${internals}.check(P) !== undefined || P.issues.length !== 0) {\nP.issues.length = 0;\nreturn INVALID;\n}\nx = P.value;\n`;
        code += `P.value = x;\n${def.when === undefined ? run : `if (${internals}.def.when(P)) {\n${run}}\n`}`;
      } else {
        throw new Unsupported();
      }
    }
    return code;
  }

  private array(schema: Schema): string {
    const def = schema._zod.def;
    // zod runs an array's checks on its output, of the same length: only length checks are safe
    // to run before the entries are written back.
    for (const check of def.checks ?? []) {
      if (!['min_length', 'max_length', 'length_equals'].includes(check._zod.def.check ?? '')) throw new Unsupported();
    }
    const element = this.fn(def.element!);
    return [
      'if (!Array.isArray(x)) return INVALID;',
      'let w;',
      'for (let i = 0; i < x.length; i++) {',
      '  const a = x[i];',
      `  const b = ${element}(a);`,
      '  if (b === INVALID) return INVALID;',
      '  if (b !== a) (w ??= []).push(i, b);',
      '}',
      `${this.checks(schema)}if (w !== undefined) for (let j = 0; j < w.length; j += 2) x[w[j]] = w[j + 1];`,
      'return x;',
    ].join('\n');
  }

  private object(schema: Schema): string {
    const def = schema._zod.def;
    this.noChecks(def);
    // Unknown keys: a strict object rejects them, a stripping one drops them from its output;
    // either way zod decides. Any other catch-all is not modelled.
    if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') throw new Unsupported();
    const shape = def.shape!;
    const keys = Object.keys(shape);
    if (Object.getOwnPropertySymbols(shape).length > 0 || keys.some((key) => PROTO_KEYS.has(key) || key === '__proto__')) throw new Unsupported();
    const lines = [
      'if (typeof x !== "object" || x === null || Array.isArray(x)) return INVALID;',
      '{ const p = Object.getPrototypeOf(x); if (p !== OP && p !== null) return INVALID; }',
      `for (const k in x) switch (k) { ${keys.map((key) => `case ${JSON.stringify(key)}: `).join('')}break; default: return INVALID; }`,
    ];
    const writes: string[] = [];
    keys.forEach((key, i) => {
      const field = shape[key]!;
      const quoted = JSON.stringify(key);
      const parse = `b${i} = ${this.fn(field)}(a${i});\nif (b${i} === INVALID) return INVALID;`;
      // zod: an absent optional field stays absent, an absent defaulted one takes its default, and
      // an absent required one is an issue (what a schema might make of `undefined` aside).
      const { optin, optout } = field._zod;
      const absent = optin === 'defaulted' ? parse : optin === 'optional' && optout === 'optional' ? `b${i} = undefined;` : 'return INVALID;';
      lines.push(`const a${i} = x[${quoted}];\nlet b${i};\nif (a${i} === undefined && !(${quoted} in x)) {\n${absent}\n} else {\n${parse}\n}`);
      writes.push(`if (b${i} !== a${i}) x[${quoted}] = b${i};`);
    });
    return [...lines, ...writes, 'return x;'].join('\n');
  }

  private record(schema: Schema): string {
    const def = schema._zod.def;
    this.noChecks(def);
    // A record over a fixed set of keys (an enum) checks that each is there: not modelled.
    if (def.mode !== undefined || def.keyType!._zod.values !== undefined) throw new Unsupported();
    return [
      'if (typeof x !== "object" || x === null || Array.isArray(x)) return INVALID;',
      '{ const p = Object.getPrototypeOf(x); if (p !== OP && p !== null) return INVALID; }',
      'let w;',
      'for (const k in x) {',
      '  if (k === "__proto__" || !Object.hasOwn(x, k)) return INVALID;',
      // A key the key schema would change (or reject) is left to zod.
      `  if (${this.fn(def.keyType!)}(k) !== k) return INVALID;`,
      '  const a = x[k];',
      `  const b = ${this.fn(def.valueType!)}(a);`,
      '  if (b === INVALID) return INVALID;',
      '  if (b !== a) (w ??= []).push(k, b);',
      '}',
      'if (w !== undefined) for (let j = 0; j < w.length; j += 2) x[w[j]] = w[j + 1];',
      'return x;',
    ].join('\n');
  }

  /**
   * A union whose options take values of different kinds (an object or a list of them, say): at
   * most one option can accept a value, so it goes to that one. zod's union takes the first
   * option that accepts; with one candidate, that is the same.
   */
  private union(schema: Schema): string {
    const def = schema._zod.def;
    this.noChecks(def);
    const tests: Record<string, string> = {
      array: 'Array.isArray(x)',
      object: 'typeof x === "object" && x !== null && !Array.isArray(x)',
      string: 'typeof x === "string"',
      boolean: 'typeof x === "boolean"',
    };
    const kinds = new Set<string>();
    const lines: string[] = [];
    for (const option of def.options!) {
      const kind = kindOf(option);
      if (kind === undefined || kinds.has(kind)) throw new Unsupported();
      kinds.add(kind);
      lines.push(`if (${tests[kind]}) return ${this.fn(option)}(x);`);
    }
    return [...lines, 'return INVALID;'].join('\n');
  }
}

/** The one kind of value a union's option can accept, when it is that simple. */
function kindOf(schema: Schema): string | undefined {
  const type = schema._zod.def.type;
  if (type === 'object' || type === 'record') return 'object';
  if (type === 'array' || type === 'string' || type === 'boolean') return type;
  return undefined;
}
