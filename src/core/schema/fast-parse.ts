// A fast path for valid documents, compiled from the zod schemas themselves.
//
// zod builds a context, a path and an issue list for every value it reads; on a playbook of
// 30,000 commitments that was most of the checker's time. Nearly every document is valid, so
// each schema is compiled once into a plain function that returns the same parsed value zod
// would, or FAIL at the first problem; only a failing document is then parsed by zod itself, for
// its issues and messages. Node types and string checks this compiler does not know are handed
// to zod for that value alone, so the result never differs from zod's
// (tests/core/fast-parse.test.ts compares them).
import { z, type ZodTypeAny } from '../zod.ts';

export const FAIL: unique symbol = Symbol('fail');
type Parse = (value: unknown) => unknown;

const compiled = new WeakMap<ZodTypeAny, Parse>();

/** `schema.parse(value)` when it succeeds, else FAIL; much faster for the shapes used here. */
export function fastParse(schema: ZodTypeAny, value: unknown): unknown {
  let parse = compiled.get(schema);
  if (!parse) {
    parse = compile(schema);
    compiled.set(schema, parse);
  }
  return parse(value);
}

function compile(schema: ZodTypeAny): Parse {
  if (schema instanceof z.ZodObject) return compileObject(schema);
  if (schema instanceof z.ZodString) return compileString(schema);
  if (schema instanceof z.ZodEnum) {
    const options = new Set<unknown>(schema.options as unknown[]);
    return (value) => (typeof value === 'string' && options.has(value) ? value : FAIL);
  }
  if (schema instanceof z.ZodArray && schema._def.minLength === null && schema._def.maxLength === null && schema._def.exactLength === null) {
    const element = compile(schema.element as ZodTypeAny);
    return (value) => {
      if (!Array.isArray(value)) return FAIL;
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const parsed = element(value[i]);
        if (parsed === FAIL) return FAIL;
        out[i] = parsed;
      }
      return out;
    };
  }
  if (schema instanceof z.ZodOptional) {
    const inner = compile(schema.unwrap() as ZodTypeAny);
    return (value) => (value === undefined ? undefined : inner(value));
  }
  if (schema instanceof z.ZodDefault) {
    const inner = compile(schema.removeDefault() as ZodTypeAny);
    const defaultValue = schema._def.defaultValue as () => unknown;
    return (value) => inner(value === undefined ? defaultValue() : value);
  }
  if (schema instanceof z.ZodRecord) {
    const key = compile(schema.keySchema as ZodTypeAny);
    const valueParse = compile(schema.valueSchema as ZodTypeAny);
    return (value) => {
      if (!isPlainObject(value)) return FAIL;
      const out: Record<string, unknown> = {};
      for (const name of Object.keys(value)) {
        const parsedKey = key(name);
        const parsedValue = valueParse(value[name]);
        if (parsedKey === FAIL || parsedValue === FAIL) return FAIL;
        // Every written key is kept, as zod does for records.
        out[parsedKey as string] = parsedValue;
      }
      return out;
    };
  }
  if (schema instanceof z.ZodEffects) return compileEffects(schema);
  return viaZod(schema);
}

function compileObject(schema: z.ZodObject<z.ZodRawShape>): Parse {
  if (!(schema._def.catchall instanceof z.ZodNever)) return viaZod(schema);
  const strict = schema._def.unknownKeys === 'strict';
  const passthrough = schema._def.unknownKeys === 'passthrough';
  const fields = Object.entries(schema.shape).map(([name, field]) => [name, compile(field as ZodTypeAny)] as const);
  const known = new Set(fields.map(([name]) => name));
  return (value) => {
    if (!isPlainObject(value)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const [name, parse] of fields) {
      const parsed = parse(value[name]);
      if (parsed === FAIL) return FAIL;
      // As zod does: a key is set when it has a value or was written.
      if (parsed !== undefined || name in value) out[name] = parsed;
    }
    for (const name of Object.keys(value)) {
      if (known.has(name)) continue;
      if (strict) return FAIL;
      if (passthrough) out[name] = value[name];
    }
    return out;
  };
}

function compileString(schema: z.ZodString): Parse {
  const steps: ((text: string) => string | typeof FAIL)[] = [];
  for (const check of schema._def.checks) {
    switch (check.kind) {
      case 'trim':
        steps.push((text) => text.trim());
        break;
      case 'min':
        steps.push((text) => (text.length < check.value ? FAIL : text));
        break;
      case 'max':
        steps.push((text) => (text.length > check.value ? FAIL : text));
        break;
      case 'regex':
        steps.push((text) => {
          check.regex.lastIndex = 0;
          return check.regex.test(text) ? text : FAIL;
        });
        break;
      default:
        return viaZod(schema);
    }
  }
  if (schema._def.coerce) return viaZod(schema);
  return (value) => {
    if (typeof value !== 'string') return FAIL;
    let text: string | typeof FAIL = value;
    for (const step of steps) {
      text = step(text);
      if (text === FAIL) return FAIL;
    }
    return text;
  };
}

function compileEffects(schema: z.ZodEffects<ZodTypeAny>): Parse {
  const inner = compile(schema.innerType() as ZodTypeAny);
  const effect = schema._def.effect;
  // zod hands effects a context; only whether an issue was reported matters here. One context
  // per compiled effect, reset before each call, since parsing is synchronous.
  const ctx = { failed: false, path: [] as (string | number)[], addIssue: () => void (ctx.failed = true) };
  const context = () => {
    ctx.failed = false;
    return ctx;
  };
  if (effect.type === 'preprocess') {
    return (value) => {
      const ctx = context();
      const processed = effect.transform(value, ctx as unknown as z.RefinementCtx);
      if (ctx.failed || processed instanceof Promise) return FAIL;
      return inner(processed);
    };
  }
  if (effect.type === 'refinement') {
    return (value) => {
      const parsed = inner(value);
      if (parsed === FAIL) return FAIL;
      const ctx = context();
      const result = effect.refinement(parsed, ctx as unknown as z.RefinementCtx);
      return ctx.failed || result instanceof Promise ? FAIL : parsed;
    };
  }
  return (value) => {
    const parsed = inner(value);
    if (parsed === FAIL) return FAIL;
    const ctx = context();
    const result = effect.transform(parsed, ctx as unknown as z.RefinementCtx);
    return ctx.failed || result instanceof Promise ? FAIL : result;
  };
}

function viaZod(schema: ZodTypeAny): Parse {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
