// Validates one document against its schema, keeping what can be kept: a bad commitment or an
// unknown field is reported, and the rest of the plan is still judged by the rules, so that one
// run shows every problem rather than one per file.
import type { DocumentSchema } from '../schema/documents.ts';
import { issuePath, parseDocument } from '../schema/parse.ts';
import type { ZodIssue } from '../zod.ts';

export interface Validated<T> {
  /** The valid document, without the list entries and fields that had problems. */
  value: T | undefined;
  issues: ZodIssue[];
  /**
   * For each salvageable list that lost entries: the original index of each entry kept, in order.
   * A list not here kept every entry.
   */
  kept: Partial<Record<string, number[]>>;
  /**
   * Top-level fields whose written value could not be used: left out (an optional field),
   * replaced by its neutral stand-in (a required one), or missing list entries. Rules that
   * read one of these fields skip the document rather than judge a value nobody wrote.
   */
  invalidFields: ReadonlySet<string>;
}

/**
 * For each required top-level field, a value that makes the rules say nothing about it: a plan
 * whose status cannot be read is judged as a draft (it promises nothing), an account whose stage
 * cannot be read as paused (nobody is expected to be in touch).
 */
export type Fallbacks = Readonly<Record<string, unknown>>;

const NONE: ReadonlySet<string> = new Set();
const ALL_KEPT: Validated<unknown>['kept'] = Object.freeze({});

/**
 * `lists` names the top-level lists whose entries are findings' subjects (commitments,
 * touchpoints): a bad entry is left out, and the others keep their original index.
 *
 * `data` (a tree, as parse-yaml.ts gives it) is validated where it lies: a valid document is
 * returned itself, in its valid form (see schema/in-place.ts). Read what was written before.
 */
export function validateDocument<T>(
  document: DocumentSchema,
  data: unknown,
  lists: readonly string[],
  fallbacks: Fallbacks = {},
): Validated<T> {
  const identity = (name: string): number[] => {
    const list = (data as Record<string, unknown> | null)?.[name];
    return Array.isArray(list) ? list.map((_, i) => i) : [];
  };
  const first = parseDocument(document, data);
  if (first.success) return { value: first.data as T, issues: [], kept: ALL_KEPT, invalidFields: NONE };

  const issues = first.issues;
  const unusable = { value: undefined, issues, kept: {}, invalidFields: NONE };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return unusable;
  const copy = structuredClone(data) as Record<string, unknown>;
  const dropped = new Map<string, Set<number>>();
  const invalidFields = new Set<string>();
  for (const issue of issues) {
    const path = issuePath(issue);
    const [field, index] = path;
    if (issue.code === 'unrecognized_keys') {
      // An unknown field is reported; what it holds cannot matter to the rules.
      const holder = nodeAt(copy, path);
      if (holder) for (const key of issue.keys) delete holder[key];
    } else if (typeof field === 'string' && lists.includes(field) && typeof index === 'number') {
      const set = dropped.get(field) ?? new Set<number>();
      set.add(index);
      dropped.set(field, set);
      invalidFields.add(field);
    } else if (typeof field === 'string') {
      invalidFields.add(field);
      if (Object.hasOwn(fallbacks, field)) copy[field] = fallbacks[field];
      else delete copy[field];
    } else {
      return unusable;
    }
  }
  const kept: Record<string, number[]> = {};
  for (const name of lists) {
    const skip = dropped.get(name);
    if (!skip) continue;
    kept[name] = identity(name).filter((i) => !skip.has(i));
    copy[name] = (copy[name] as unknown[]).filter((_, i) => !skip.has(i));
  }
  const second = parseDocument(document, copy);
  return second.success ? { value: second.data as T, issues, kept, invalidFields } : unusable;
}

function nodeAt(data: Record<string, unknown>, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/**
 * Entries of a validated list with their original index, added to each entry itself (the
 * validated document is the loader's own), rather than copying each one (`{ ...entry, index }`),
 * which was ~40 ms and as many megabytes of garbage at 1,000 accounts.
 */
export function withIndex<T extends object>(entries: T[], kept: readonly number[] | undefined): (T & { readonly index: number })[] {
  for (let i = 0; i < entries.length; i++) (entries[i] as { index: number }).index = kept?.[i] ?? i;
  return entries as (T & { readonly index: number })[];
}
