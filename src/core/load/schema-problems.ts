// Zod's validation issues as findings a person can act on: which thing, which field, what was
// expected, and how to fix it. Every `schema` message is written here, so they all read alike.
import type { Finding } from '../findings.ts';
import { own } from '../own.ts';
import { invisibleNote, showInvisible } from '../invisible.ts';
import { closest, didYouMean } from '../suggest.ts';
import { issuePath } from '../schema/parse.ts';
import { suggestedId } from '../schema/values.ts';
import type { ZodIssue, ZodTypeAny } from '../zod.ts';
import type { SourceFile } from './source-file.ts';
import { pathKey, type YamlPath } from './yaml-places.ts';

/** What kind of file a schema describes, for messages: "plan", "account", ... */
export type DocumentKind = 'settings' | 'people' | 'person' | 'account' | 'plan' | 'guide';

const DATE_FIELDS = new Set(['since', 'date', 'kickoff', 'due', 'done', 'from', 'to', 'target', 'break_in_until', 'review_by']);

/** What to write for a missing required field. */
const FIELD_HINTS: Record<string, string> = {
  owner: 'a person id from people.yaml',
  by: 'who: a person id, or for a customer signature a contact name',
  name: 'the name',
  stage: 'one of prospect, onboarding, delivery, partner, paused, closed',
  status: 'one of draft, agreed, active, done, cancelled',
  kind: 'one of call, meeting, email, visit, review',
  id: 'a kebab-case id such as install-scanners',
  title: 'a title',
  what: 'what is promised',
  reason: 'why',
  // The same field means another thing in another list.
  'touchpoints.by': 'who from our side: a person id',
  'incidents.what': 'what went wrong, as the client saw it',
  'agreement.by': "who signed: a contact's name for the client, a person id for us",
};

/** Fields whose value is a duration (`2w`, `10d`). */
const DURATION_FIELD = /^(.*_every|remind_before)$/;

/** The list or map a field stands in: `touchpoints` for [touchpoints, 2, by], `agreement` for [agreement, us, by]. */
function holderOf(path: YamlPath): string {
  let at = path.length - 2;
  // Past an entry's index, or a side of the agreement, to the list or map it is in.
  if (typeof path[at] === 'number' || path[at] === 'customer' || path[at] === 'us') at--;
  return String(path[at] ?? '');
}

export function schemaFindings(
  file: SourceFile,
  kind: DocumentKind,
  schema: ZodTypeAny,
  data: unknown,
  issues: readonly ZodIssue[],
  subjectOf: (path: YamlPath) => string,
  basePath: YamlPath = [],
): Finding[] {
  const findings: Finding[] = [];
  const kept = withoutUnions(issues, data);
  // A required field written with a typo (`owenr:`) is one mistake: the unknown field, whose
  // message says "did you mean owner?", not also "`owner` is missing".
  const misspelt = new Set<string>();
  for (const issue of kept) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issuePath(issue);
    const allowed = allowedKeys(schema, path);
    for (const key of issue.keys) {
      const meant = closest(key, allowed);
      if (meant !== undefined) misspelt.add(pathKey([...path, meant]));
    }
  }
  for (const issue of kept) {
    const path = issuePath(issue);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        if (key === MERGE_KEY) {
          findings.push(finding(file, [...basePath, ...keyPath], 'key', subjectOf(keyPath), `${thingName(kind, path, data)}: ${MERGE_MESSAGE}`));
          continue;
        }
        const hint = didYouMean(key, allowed);
        const list = allowed.length > 0 ? `; allowed fields: ${allowed.join(', ')}` : '';
        findings.push(
          finding(file, [...basePath, ...keyPath], 'key', subjectOf(keyPath), `${thingName(kind, path, data)}: unknown field \`${key}\`${hint}${list}`),
        );
      }
      continue;
    }
    if (issue.code === 'invalid_union') continue;
    // An entry of a list (`after: [a, 5]`, `tags:`) is named by its list and its place in it, not
    // by its index alone.
    const last = path[path.length - 1];
    const listEntry = typeof last === 'number' && typeof path[path.length - 2] === 'string';
    const field = String((listEntry ? path[path.length - 2] : last) ?? '');
    const owner = thingName(kind, path.slice(0, listEntry ? -2 : -1), data);
    const value = valueAt(data, path);
    if (issue.code === 'invalid_key') {
      // A key of a keyed map (`handoff:`, `handoff_checklist:`) that is not of the key's form:
      // the finding points at the key, which is what to rename.
      const holder = thingName(kind, path.slice(0, -1), data);
      const message =
        field === MERGE_KEY
          ? `${holder}: ${MERGE_MESSAGE}`
          : `${holder}: \`${field}\` is not an id (ids are lowercase kebab-case: letters a-z, digits and single dashes); rename it to \`${suggestedId(field)}\``;
      findings.push(finding(file, [...basePath, ...path], 'key', subjectOf(path), message));
      continue;
    }
    let message: string;
    if (issue.code === 'invalid_type' && value === undefined) {
      if (misspelt.has(pathKey(path))) continue;
      message = `${owner}: \`${field}\` is missing; add \`${field}:\` with ${hintFor(field, path)}`;
      findings.push(finding(file, [...basePath, ...path], 'key', subjectOf(path), message));
      continue;
    }
    // The thing itself when it is the whole entry (`kim-lee: Kim` in people.yaml), else its field.
    const what =
      path.length === 0 ? `${owner}${basePath.length > 0 ? ` ${basePath.join('.')}` : ''}` : listEntry ? `${owner}: \`${field}\` (entry ${(last as number) + 1})` : `${owner}: \`${field}\``;
    const written = (): string => (isCollection(value) ? writtenCollection(file, [...basePath, ...path], value) : show(value));
    const itemFields = issue.code === 'invalid_type' && issue.expected === 'array' && isCollection(value) && !Array.isArray(value) ? allowedKeys(schema, [...path, 0]) : [];
    if (itemFields.length > 0) {
      // Fields where a list of items belongs: an item whose `- ` was forgotten, or items written as a map's entries.
      message = `${what} ${listExpected(field, value as Record<string, unknown>, itemFields, written())}`;
    } else if (issue.code === 'invalid_value') {
      const options = issue.values.map(String);
      message = `${what} is ${written()}${isCollection(value) ? '' : didYouMean(String(value), options)}; expected one of ${options.join(', ')}`;
    } else if (issue.code === 'invalid_type' && value === null) {
      message = `${what} is empty; ${expectation(issue, field, path)}`;
    } else if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && !NOT_PLAIN_TEXT.test(field)) {
      // `id: 42`, `owner: 007`, `name: yes`: YAML read a number or a truth value where text was meant.
      const written = writtenScalar(file, [...basePath, ...path]) ?? String(value);
      const name = typeof value === 'number' ? 'a number' : 'true or false';
      message = `${what} is read as ${name} (${written}), not as text; put it in quotes: \`${listEntry ? `"${written}"` : `${field}: "${written}"`}\``;
    } else if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof value === 'string' && issue.message.includes('kebab-case')) {
      // An id not in kebab-case: the fix is this very id in kebab-case, not the schema's example.
      message = `${what} is ${show(value)}${invisibleNote(value)}; an id is lowercase kebab-case (letters a-z, digits, single dashes): write \`${suggestedId(value)}\``;
    } else {
      message = `${what} is ${written()}; ${expectation(issue, field, path)}`;
    }
    findings.push(finding(file, [...basePath, ...path], 'value', subjectOf(path), message));
  }
  return findings;
}

/**
 * A value that may be written in two forms (one signature, or a list of them) fails as a union,
 * with the issues of each form. What a person needs is the issues of the form they wrote: the
 * list's when they wrote a list, else the other's; their paths are made whole.
 */
function withoutUnions(issues: readonly ZodIssue[], data: unknown): ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const wroteList = Array.isArray(valueAt(data, issuePath(issue)));
    const branch = issue.errors.find((errors) => errors.some((e) => e.path.length > 0 || e.code !== 'invalid_type') && isListIssue(errors) === wroteList) ?? issue.errors[0]!;
    const nested = branch.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as ZodIssue);
    return withoutUnions(nested, data);
  });
}

/** Whether a union branch's issues are about a list (their paths start with an index, or it expected one). */
function isListIssue(errors: readonly ZodIssue[]): boolean {
  const first = errors[0];
  if (!first) return false;
  return typeof first.path[0] === 'number' || (first.code === 'too_small' && first.origin === 'array') || (first.code === 'invalid_type' && first.expected === 'array');
}

/** YAML's merge key: a way to copy fields that the playbook does not take. */
export const MERGE_KEY = '<<';
export const MERGE_MESSAGE = 'merge keys (`<<: *name`) are not supported in a playbook; write the fields out in full here';

/** Fields whose value is a date or a duration: a number there is not text to quote. */
const NOT_PLAIN_TEXT = /^(since|date|kickoff|due|done|from|to|target|break_in_until|review_by|explained|.*_every|remind_before)$/;

/** A value as it is written in the file (`007`, not the 7 YAML made of it), when it is a plain one-line scalar. */
function writtenScalar(file: SourceFile, path: YamlPath): string | undefined {
  const { line, column } = file.place(path, 'value');
  const rest = file.lineText(line).slice(column - 1);
  const written = /^[^\s,\]}#][^,\]}#]*/.exec(rest)?.[0]?.trim();
  return written === undefined || written === '' ? undefined : written;
}

/** A finding of the `schema` rule at a YAML node. */
export function finding(file: SourceFile, path: YamlPath, anchor: 'key' | 'value', subject: string, message: string): Finding {
  const { line, column } = file.place(path, anchor);
  return { rule: 'schema', severity: 'error', file: file.path, line, column, subject, message };
}

function expectation(issue: ZodIssue, field: string, path: YamlPath): string {
  if (issue.code === 'invalid_type' && (issue.expected === 'object' || issue.expected === 'record' || issue.expected === 'array')) {
    return issue.expected === 'array'
      ? 'expected a list (one `- item` per line, or `[a, b]`)'
      : 'expected a group of fields (`key: value` lines indented below it)';
  }
  // A plan's handoff item is dated: `partner-onboarded: 2026-08-25`.
  if (issue.code === 'invalid_type' && (DATE_FIELDS.has(field) || (path.length === 2 && path[0] === 'handoff'))) {
    return 'expected a date written YYYY-MM-DD, such as 2026-11-02';
  }
  if (issue.code === 'invalid_type' && DURATION_FIELD.test(field)) return 'expected a duration such as `2w` or `10d`';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'expected a whole number';
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') return 'expected `true` or `false`';
  if (issue.code === 'invalid_type') return `expected ${article(issue.expected)}`;
  return issue.message.replace(/^Invalid input.*$/, 'this value is not allowed here');
}

function hintFor(field: string, path: YamlPath): string {
  if (DATE_FIELDS.has(field)) return 'a date written YYYY-MM-DD';
  return own(FIELD_HINTS, `${holderOf(path)}.${field}`) ?? own(FIELD_HINTS, field) ?? 'a value';
}

function article(type: string): string {
  return type === 'string' ? 'text' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  // `status:` with nothing after it (or only a `# comment`): YAML's null, which people call empty.
  if (value === null) return 'empty';
  if (value instanceof Date) return value.toISOString();
  // A character that does not show is shown as its code point (invisible.ts).
  const text = showInvisible(typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isCollection(value: unknown): value is unknown[] | Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof Date);
}

/**
 * A list or a group of fields as the person wrote it: `[Northwind, Logistics]` when it is written
 * on one line (shortened when long), else described ("a list of 2 items", "a group of 2 fields
 * (`lead:`, `dev:`)"), never as JSON, which nobody wrote.
 */
function writtenCollection(file: SourceFile, path: YamlPath, value: unknown[] | Record<string, unknown>): string {
  const { line, column } = file.place(path, 'value');
  const rest = file.lineText(line).slice(column - 1);
  const flow = oneLineFlow(rest);
  if (flow !== undefined) return `\`${flow.length > 60 ? shortened(flow) : flow}\``;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  const keys = Object.keys(value);
  const shown = keys.slice(0, 3).map((key) => `\`${key}:\``).join(', ') + (keys.length > 3 ? ', ...' : '');
  return `a group of ${keys.length} field${keys.length === 1 ? '' : 's'} (${shown})`;
}

/** A long `[a, b, c, d]` as its first entries that fit, then `, ...]`. */
function shortened(flow: string): string {
  const cut = flow.lastIndexOf(', ', 56);
  return `${flow.slice(0, cut > 0 ? cut : 56)}, ...${flow[flow.length - 1]!}`;
}

/** A `[...]` or `{...}` written whole at the start of `text`, quotes heeded, or undefined. */
function oneLineFlow(text: string): string | undefined {
  if (text[0] !== '[' && text[0] !== '{') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return text.slice(0, k + 1);
    }
  }
  return undefined;
}

/** What an entry of a list is called: `contacts` -> contact. */
const ENTRY_NAMES: Record<string, string> = { contacts: 'contact', touchpoints: 'touchpoint', incidents: 'incident', commitments: 'commitment', milestones: 'milestone', slips: 'slip' };

/**
 * The advice for a group of fields where a list of items belongs (after the thing's name). Fields
 * of the list's items: its one item lacks its `- `. Anything else (`Bob Smith:` with the contact's
 * fields below): each entry is to be written as an item, shown with the item's first field
 * (`- name: Bob Smith`).
 */
function listExpected(field: string, value: Record<string, unknown>, itemFields: readonly string[], written: string): string {
  const keys = Object.keys(value);
  const first = itemFields[0]!;
  // `-name: Bob Smith`: the item's `- ` without its space, which YAML reads as a field `-name`.
  const unspaced = keys.find((key) => key.startsWith('-') && itemFields.includes(key.slice(1)));
  if (unspaced !== undefined) {
    const shown = typeof value[unspaced] === 'string' || typeof value[unspaced] === 'number' ? `- ${unspaced.slice(1)}: ${String(value[unspaced])}` : `- ${unspaced.slice(1)}:`;
    return `holds \`${unspaced}:\` where a list is expected: the item's \`-\` has no space after it; write \`${shown}\``;
  }
  if (keys.length > 0 && keys.every((key) => itemFields.includes(key))) {
    const start = keys[0]!;
    const shown = typeof value[start] === 'string' || typeof value[start] === 'number' ? `- ${start}: ${String(value[start])}` : `- ${start}:`;
    const fields = keys.slice(0, 3).map((key) => `\`${key}:\``).join(', ') + (keys.length > 3 ? ', ...' : '');
    return `holds the fields of one item (${fields}) where a list is expected: its first line seems to lack its \`- \`; write \`${shown}\`, with the item's other fields under \`${start}:\``;
  }
  const entry = own(ENTRY_NAMES, field) ?? 'entry';
  const [key, inner] = Object.entries(value)[0] ?? ['', undefined];
  const named = inner !== null && typeof inner === 'object' && typeof (inner as Record<string, unknown>)[first] === 'string' ? String((inner as Record<string, unknown>)[first]) : first === 'id' ? suggestedId(key) : key;
  return `is ${written} where a list is expected: write each ${entry} as an item, on a line starting with \`- \`, such as \`- ${first}: ${named}\` with its other fields under \`${first}:\``;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** "commitment install-scanners", "slip 2 of commitment install-scanners", "the account". */
export function thingName(kind: DocumentKind, path: YamlPath, data: unknown): string {
  const [first, second, third, fourth] = path;
  const idAt = (p: YamlPath): string => {
    const item = valueAt(data, p) as { id?: unknown; name?: unknown; date?: unknown } | undefined;
    if (item && typeof item.id === 'string') return ` ${item.id}`;
    if (item && typeof item.name === 'string') return ` ${item.name}`;
    return ` #${Number(p[p.length - 1]) + 1}`;
  };
  if (kind === 'plan' && (first === 'commitments' || first === 'milestones') && typeof second === 'number') {
    const item = `${first === 'commitments' ? 'commitment' : 'milestone'}${idAt([first, second])}`;
    if (third === 'slips' && typeof fourth === 'number') return `slip ${fourth + 1} of ${item}`;
    if (third === 'dropped' && path.length === 3) return `the drop of ${item}`;
    if (third === 'added' && path.length === 3) return `the addition of ${item}`;
    return item;
  }
  if (kind === 'plan' && first === 'agreement') {
    if (second === 'customer') return "the customer's signature";
    if (second === 'us') return 'our signature';
    return 'the agreement';
  }
  if (kind === 'plan' && first === 'handoff') return 'the handoff checklist';
  if (kind === 'account' && first === 'touchpoints' && typeof second === 'number') {
    const touchpoint = valueAt(data, [first, second]) as { date?: unknown } | undefined;
    return typeof touchpoint?.date === 'string' ? `touchpoint of ${touchpoint.date}` : `touchpoint #${second + 1}`;
  }
  if (kind === 'account' && first === 'contacts' && typeof second === 'number') return `contact${idAt([first, second])}`;
  if (kind === 'account' && first === 'incidents' && typeof second === 'number') return `incident${idAt([first, second])}`;
  if (kind === 'settings' && first === 'handoff_checklist') return 'handoff_checklist';
  if (kind === 'settings' && first === 'rules') return 'rules';
  if (kind === 'settings' && first === 'repository') return 'repository';
  if (path.length === 0 || kind === 'person') return WHOLE[kind];
  return `${WHOLE[kind]} (${path.join('.')})`;
}

const WHOLE: Record<DocumentKind, string> = {
  settings: 'playbook.yaml',
  people: 'people.yaml',
  person: 'person',
  account: 'account',
  plan: 'plan',
  guide: 'guide',
};

/**
 * A schema's definition as far as the messages read it. By the definition's `type`, not by zod's
 * classes (`instanceof z.ZodObject`), so that this module does not load zod: a check whose
 * documents are all valid never asks for it (schema/zod-schemas.ts).
 */
interface Definition {
  type: string;
  shape?: Record<string, ZodTypeAny>;
  element?: ZodTypeAny;
  valueType?: ZodTypeAny;
  innerType?: ZodTypeAny;
  out?: ZodTypeAny;
  options?: ZodTypeAny[];
}
const definition = (schema: ZodTypeAny | undefined): Definition | undefined => (schema as unknown as { _zod?: { def: Definition } } | undefined)?._zod?.def;

/** The field names an object schema allows at `path`. */
function allowedKeys(schema: ZodTypeAny, path: YamlPath): string[] {
  let node: ZodTypeAny | undefined = schema;
  for (const segment of path) {
    const def = definition(unwrap(node, segment));
    if (def?.type === 'object') node = own(def.shape!, String(segment));
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else return [];
  }
  const def = definition(unwrap(node, 'field'));
  return def?.type === 'object' ? Object.keys(def.shape!) : [];
}

/** The schema under wrappers; of a union, the form that `next` (a key or a list index) goes into. */
function unwrap(schema: ZodTypeAny | undefined, next: string | number): ZodTypeAny | undefined {
  let node = schema;
  for (;;) {
    const def = definition(node);
    if (def?.type === 'optional' || def?.type === 'nullable' || def?.type === 'default') node = def.innerType;
    else if (def?.type === 'pipe') node = def.out;
    else if (def?.type === 'union') {
      const options = def.options!;
      node = options.find((option) => (typeof next === 'number') === (definition(unwrap(option, 'field'))?.type === 'array')) ?? options[0];
    } else return node;
  }
}
