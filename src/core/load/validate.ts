// Validates one document against its schema, keeping what can be kept: a bad commitment or an
// unknown field is reported, and the rest of the plan is still judged by the rules, so that one
// run shows every problem rather than one per file.
import { FAIL, fastParse } from '../schema/fast-parse.ts';
import type { ZodIssue, ZodTypeAny } from '../zod.ts';

export interface Validated<T> {
  /** The valid document, without the list entries and fields that had problems. */
  value: T | undefined;
  issues: ZodIssue[];
  /** For each salvageable list: the original index of each entry kept, in order. */
  kept: Record<string, number[]>;
}

/**
 * `lists` names the top-level lists whose entries are findings' subjects (commitments,
 * touchpoints): a bad entry is left out, and the others keep their original index.
 */
export function validateDocument<T>(schema: ZodTypeAny, data: unknown, lists: readonly string[]): Validated<T> {
  const identity = (name: string): number[] => {
    const list = (data as Record<string, unknown> | null)?.[name];
    return Array.isArray(list) ? list.map((_, i) => i) : [];
  };
  const allKept = () => Object.fromEntries(lists.map((name) => [name, identity(name)]));
  const fast = fastParse(schema, data);
  if (fast !== FAIL) return { value: fast as T, issues: [], kept: allKept() };
  const first = schema.safeParse(data);
  if (first.success) return { value: first.data as T, issues: [], kept: allKept() };

  const issues = first.error.issues;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { value: undefined, issues, kept: {} };
  const copy = structuredClone(data) as Record<string, unknown>;
  const dropped = new Map<string, Set<number>>();
  for (const issue of issues) {
    const [list, index] = issue.path;
    if (issue.code === 'unrecognized_keys') {
      // An unknown field is reported; what it holds cannot matter to the rules.
      const holder = nodeAt(copy, issue.path);
      if (holder) for (const key of issue.keys) delete holder[key];
    } else if (typeof list === 'string' && lists.includes(list) && typeof index === 'number') {
      const set = dropped.get(list) ?? new Set<number>();
      set.add(index);
      dropped.set(list, set);
    } else {
      return { value: undefined, issues, kept: {} };
    }
  }
  const kept: Record<string, number[]> = {};
  for (const name of lists) {
    const original = identity(name);
    const skip = dropped.get(name);
    kept[name] = skip ? original.filter((i) => !skip.has(i)) : original;
    if (skip) copy[name] = (copy[name] as unknown[]).filter((_, i) => !skip.has(i));
  }
  const second = schema.safeParse(copy);
  return second.success ? { value: second.data as T, issues, kept } : { value: undefined, issues, kept: {} };
}

function nodeAt(data: Record<string, unknown>, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

/** Entries of a validated list with their original index. */
export function withIndex<T>(entries: readonly T[], kept: readonly number[] | undefined): (T & { readonly index: number })[] {
  return entries.map((entry, i) => ({ ...entry, index: kept?.[i] ?? i }));
}
