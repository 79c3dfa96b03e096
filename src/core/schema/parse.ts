// Parsing a document with one of the content schemas, fast. Nearly every document is valid, so
// each is first given to the schema's in-place parser (in-place.ts), which turns a valid document
// into zod's output where it lies; zod itself parses only what that declines, and so gives every
// issue and message. The loader's documents use the parsers emitted ahead of time
// (`parseDocument`, compiled.ts: no schema is built while every document is valid); any other
// schema's is compiled on its first use (`parseWith`). `npm run bench` measures the parser against
// plain zod 4 and zod's own compiled parser (`z.compile`).
import type { ZodIssue, ZodTypeAny } from '../zod.ts';
import type { DocumentSchema } from './documents.ts';
import { compileInPlace, INVALID, type InPlaceParser } from './in-place.ts';

/** Each schema's in-place parser, or null for a schema it cannot model (zod parses those). */
const inPlace = new WeakMap<ZodTypeAny, InPlaceParser | null>();

/**
 * Plain parses without zod's just-in-time compiler, which generates code for each object schema
 * (a plan has a dozen) on its first document: zod now parses only the documents with a problem,
 * a handful, for which that costs more than it saves.
 */
const PLAINLY = { jitless: true } as const;

export type ParseResult = { success: true; data: unknown } | { success: false; issues: ZodIssue[] };

/**
 * `schema.safeParse(data)`, except that `data` may be changed: a valid document is returned as
 * zod would return it, in place. `data` must be a tree as the YAML parsers give it (parse-yaml.ts):
 * plain objects and arrays, none reachable twice.
 */
export function parseWith(schema: ZodTypeAny, data: unknown): ParseResult {
  let parser = inPlace.get(schema);
  if (parser === undefined) inPlace.set(schema, (parser = compileInPlace(schema) ?? null));
  if (parser !== null) {
    const value = parser(data);
    if (value !== INVALID) return { success: true, data: value };
  }
  const result = schema.safeParse(data, PLAINLY);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

/**
 * A document of one of the content's kinds: its emitted parser (documents.ts), then zod for what
 * that declines. As `parseWith`, `data` may be changed, and must be a tree as the YAML parsers give it.
 */
export function parseDocument(document: DocumentSchema, data: unknown): ParseResult {
  const value = document.inPlace(data);
  if (value !== INVALID) return { success: true, data: value };
  const result = document.zod().safeParse(data, PLAINLY);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

/** An issue's path as YAML paths are written: keys and list indexes (zod never puts symbols there). */
export function issuePath(issue: ZodIssue): (string | number)[] {
  return issue.path as (string | number)[];
}
