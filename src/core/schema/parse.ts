// Parsing a document with one of the content schemas, fast. Nearly every document is valid, so
// each schema used often goes through zod 4's own ahead-of-time compiler (`z.compile`): the clone it
// returns runs generated code for a valid document and falls back to zod's ordinary parser, with
// its issues and messages, for an invalid one. (Zod 3 needed a hand-written compiler here; zod 4
// ships one, and `npm run bench` measures it against the plain parser.)
import * as z from '../zod.ts';
import type { ZodIssue, ZodTypeAny } from '../zod.ts';

const compiled = new WeakMap<ZodTypeAny, ZodTypeAny>();
const parsedPlainly = new WeakMap<ZodTypeAny, number>();

/**
 * How many documents a schema parses plainly before it is compiled. Compiling a plan's schema
 * costs about as much as parsing some dozens of plans plainly, so an edit (which reads one
 * account's few files) or a small playbook never pays for it; a large one compiles early.
 */
const COMPILE_AFTER = 32;

/**
 * A plain parse without zod's own just-in-time compiler, which generates code for each object
 * schema (a plan has a dozen) on its first document: for a handful of documents that costs more
 * than it saves (`log` at 1,000 accounts: up to 11 ms of code generation), and a large playbook
 * switches to `z.compile` anyway.
 */
const PLAINLY = { jitless: true } as const;

/**
 * Says that `documents` documents are about to be parsed with `schema`: when they are enough to
 * pay for it, the schema is compiled now rather than after its first few plainly parsed ones,
 * which are the slowest (1,000 accounts: the first 32 plans took 36 ms of the 0.2 s validation).
 */
export function expectDocuments(schema: ZodTypeAny, documents: number): void {
  if (documents > COMPILE_AFTER && !compiled.has(schema)) compiled.set(schema, z.compile(schema));
}

export type ParseResult = { success: true; data: unknown } | { success: false; issues: ZodIssue[] };

/** `schema.safeParse(data)`, through the schema's compiled clone once it has parsed a few documents. */
export function parseWith(schema: ZodTypeAny, data: unknown): ParseResult {
  let fast = compiled.get(schema);
  if (!fast) {
    const count = parsedPlainly.get(schema) ?? 0;
    if (count < COMPILE_AFTER) {
      parsedPlainly.set(schema, count + 1);
      fast = schema;
    } else {
      fast = z.compile(schema);
      compiled.set(schema, fast);
    }
  }
  const result = fast === schema ? schema.safeParse(data, PLAINLY) : fast.safeParse(data);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

/** An issue's path as YAML paths are written: keys and list indexes (zod never puts symbols there). */
export function issuePath(issue: ZodIssue): (string | number)[] {
  return issue.path as (string | number)[];
}
