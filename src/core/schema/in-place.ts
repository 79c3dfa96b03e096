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
import { isDeepStrictEqual } from 'node:util';
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

/**
 * Functions the schemas run (a transform, a refinement, a problem check) that an emitted module
 * may call, with the module that exports each under that name (relative to src/core/schema/).
 */
export type Callable = ReadonlyMap<Function, { name: string; from: string }>;

/**
 * The parsers of `schemas` as the source of a module of their own, written when the package is
 * built (schema/compiled.ts says why): the same code `compileInPlace` runs, with every value it
 * needs written out as source, so that a process whose documents are all valid never builds a
 * zod schema. Throws when a schema needs a value that cannot be written out (a function not in
 * `callable`, a zod check it does not know): a schema change must not silently fall back.
 */
export function emitInPlace(schemas: Record<string, ZodTypeAny>, callable: Callable, header: string): string {
  const generator = new Generator(callable);
  const roots = Object.entries(schemas).map(([name, schema]) => {
    try {
      return [name, generator.fnOf(schema as unknown as Schema)] as const;
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      throw new Error(`${name}: its schema uses something the emitted parsers cannot write out (a check zod runs that they do not model, or a function not named in emit-parsers.ts's list): model it in in-place.ts, or name the function`);
    }
  });
  return generator.module(roots, header);
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
  /** Emitting a module (emitInPlace): each constant is written out as source, here by name. */
  private readonly emitting: Callable | undefined;
  private readonly written: string[] = [];
  private readonly imports = new Map<string, Set<string>>();

  constructor(callable?: Callable) {
    this.emitting = callable;
  }

  compile(schema: ZodTypeAny): InPlaceParser {
    const root = this.fn(schema as unknown as Schema);
    const names = this.constants.map((_, i) => `k${i}`);
    // The payload checks are handed (zod's checks read and write `value` and push `issues`):
    // one, reused, since nothing here keeps it past the call.
    const code = `"use strict";\nconst P = { value: undefined, issues: [] };\nconst OP = Object.prototype;\n${this.functions.join('\n')}\nreturn ${root};`;
    return new Function('INVALID', ...names, code)(INVALID, ...this.constants) as InPlaceParser;
  }

  fnOf(schema: Schema): string {
    return this.fn(schema);
  }

  /** The emitted module: its imports, constants, functions and one export per root. */
  module(roots: readonly (readonly [string, string])[], header: string): string {
    const imports = [...this.imports].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, names]) => `import { ${[...names].sort().join(', ')} } from '${from}';`);
    return [
      header,
      '// @ts-nocheck',
      ...imports,
      "import { INVALID } from './in-place.ts';",
      '',
      'const OP = Object.prototype;',
      ...this.written,
      ...this.functions,
      '',
      ...roots.map(([name, fn]) => `export const ${name} = ${fn};`),
      '',
    ].join('\n');
  }

  private constant(value: unknown): string {
    let name = this.constantNames.get(value);
    if (name === undefined) {
      name = `k${this.constants.length}`;
      this.constants.push(value);
      this.constantNames.set(value, name);
      if (this.emitting) this.written.push(`const ${name} = ${this.source(value)};`);
    }
    return name;
  }

  /** A constant as source, when emitting: a set of words, a pattern, or a function by its name. */
  private source(value: unknown): string {
    if (value instanceof Set && [...value].every((v) => typeof v === 'string' || typeof v === 'number')) return `new Set(${JSON.stringify([...value])})`;
    if (value instanceof RegExp) return String(value);
    if (typeof value === 'function') return this.call(value);
    throw new Unsupported();
  }

  /** A function of `callable`, imported by the emitted module. */
  private call(fn: Function): string {
    const known = this.emitting?.get(fn);
    if (known === undefined) throw new Unsupported();
    let names = this.imports.get(known.from);
    if (names === undefined) this.imports.set(known.from, (names = new Set()));
    names.add(known.name);
    return known.name;
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
      case 'number':
        // zod's number takes a finite number only.
        if (def.coerce) throw new Unsupported();
        return `if (typeof x !== "number" || !Number.isFinite(x)) return INVALID;\n${this.checks(schema)}return x;`;
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
        // `defaultValue` is zod's getter: a fresh copy of the default each time, as zod hands out
        // (emitted: the default written out, a fresh value each time it is evaluated).
        const d = this.emitting ? `(${jsonLiteral(def.defaultValue)})` : `${this.constant(def)}.defaultValue`;
        return `if (x === undefined) return ${d};\nconst r = ${this.fn(def.innerType!)}(x);\nreturn r === undefined ? ${d} : r;`;
      }
      case 'pipe':
        this.noChecks(def);
        return `const r = ${this.fn(def.in!)}(x);\nif (r === INVALID) return INVALID;\nreturn ${this.fn(def.out!)}(r);`;
      case 'transform': {
        this.noChecks(def);
        // A transform of one argument cannot report an issue (zod hands issues in the second).
        if (typeof def.transform !== 'function' || def.transform.length !== 1) throw new Unsupported();
        const transform = this.emitting ? this.call(def.transform) : `${this.constant(def)}.transform`;
        return `const r = ${transform}(x);\nif (r instanceof Promise) return INVALID;\nreturn r;`;
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
        // zod's `.trim()` is this arrow function; emitted, it is written out as what it does.
        code += this.emitting && String(def.tx) === '(input) => input.trim()' ? 'x = x.trim();\n' : `x = ${this.constant(def.tx)}(x);\n`;
      } else if (def.check === 'string_format' && (def.format === 'regex' || def.format === 'email') && def.pattern instanceof RegExp && def.when === undefined) {
        const pattern = this.constant(def.pattern);
        code += `${pattern}.lastIndex = 0;\nif (!${pattern}.test(x)) return INVALID;\n`;
      } else if (this.emitting) {
        code += this.emittedCheck(check);
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

  /**
   * A check written out, when emitting: the few zod checks the content schemas use, each as the
   * test zod makes of a value of its type, and the schemas' own checks by their functions' names.
   */
  private emittedCheck(check: Schema): string {
    const def = check._zod.def as Def & { minimum?: number; value?: number; inclusive?: boolean; fn?: Function; problemOf?: Function };
    if (def.when !== undefined && def.check !== 'min_length') throw new Unsupported();
    switch (def.check) {
      case 'min_length':
        // Of a string, at least one character: one code unit or more (zod counts code points only
        // between the floor and twice the floor, which for 1 changes nothing).
        if (def.minimum !== 1) throw new Unsupported();
        return 'if (x.length < 1) return INVALID;\n';
      case 'number_format':
        if (def.format !== 'safeint') throw new Unsupported();
        return 'if (!Number.isSafeInteger(x)) return INVALID;\n';
      case 'greater_than':
        return `if (!(x ${def.inclusive ? '>=' : '>'} ${Number(def.value)})) return INVALID;\n`;
      case 'less_than':
        return `if (!(x ${def.inclusive ? '<=' : '<'} ${Number(def.value)})) return INVALID;\n`;
      case 'custom':
        // `.refine(fn)`: valid when fn says so; a problem check (common.ts): when it finds none.
        if (typeof def.fn === 'function') return `if (!${this.call(def.fn)}(x)) return INVALID;\n`;
        if (typeof def.problemOf === 'function') return `if (${this.call(def.problemOf)}(x) !== undefined) return INVALID;\n`;
        throw new Unsupported();
      default:
        throw new Unsupported();
    }
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

/** A default value as source: JSON, which must read back as the same value (no undefined, no Date). */
function jsonLiteral(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined || !isDeepStrictEqual(JSON.parse(text), value)) throw new Unsupported();
  return text;
}
