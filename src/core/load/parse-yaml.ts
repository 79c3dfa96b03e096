// YAML text to plain values. block-yaml.ts reads the block YAML playbooks are written in, and
// js-yaml whatever it declines (js-yaml is several times faster than the position-keeping
// parser); only when js-yaml fails does the `yaml` package read the text again, to report every
// syntax error with its place and in words for the person editing the file (yaml-errors.ts).
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { hasUnsureCharacters, readBlockYaml } from './block-yaml.ts';
import { explainSyntaxErrors, type YamlSyntaxError } from './yaml-errors.ts';

export type { YamlSyntaxError };

export type ParsedYaml = { ok: true; data: unknown } | { ok: false; errors: YamlSyntaxError[] };

/** Aliases (`*name`) a document may use: a few are handy, thousands are a way to make a small file huge. */
const MAX_ALIASES = 100;
const MAY_HAVE_ALIASES = /(^|[\s[{,])\*[^\s[\]{},]/m;

/**
 * How deeply a document may nest lists and maps. A playbook needs five or six levels; thousands
 * would overflow the call stack of both YAML parsers (and of everything that walks the result).
 */
const MAX_DEPTH = 64;

export function parseYaml(text: string): ParsedYaml {
  // Nearly every document has none: then its only line break is `\n`, which tooDeep can rely on.
  const unsure = hasUnsureCharacters(text);
  const deep = tooDeep(text, !unsure);
  if (deep) return { ok: false, errors: [{ ...deep, message: `the YAML does not parse: lists and maps nest more than ${MAX_DEPTH} levels deep here; a playbook needs a few, so close the brackets or remove the extra indentation` }] };
  // Most documents are block YAML that block-yaml.ts reads as js-yaml would, twice as fast. It
  // declines anything with an alias, so the check for aliases below is js-yaml's alone.
  const block = unsure ? undefined : readBlockYaml(text, true);
  if (block) return { ok: true, data: block.data };
  let data: unknown;
  try {
    // The core schema keeps dates as text (YAML 1.2), as the `yaml` package does.
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    try {
      return { ok: false, errors: explainSyntaxErrors(text, { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, reason }) };
    } catch {
      // The `yaml` package could not read it either (the guard above makes this unlikely).
      return { ok: false, errors: [{ line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: 'the YAML does not parse: this is not valid YAML; check the indentation, the `: ` after each field name, and any quote or bracket that is opened but not closed' }] };
    }
  }
  // js-yaml shares an aliased value rather than copying it, so a chain of aliases costs nothing
  // to parse but everything to validate, which walks each use. Such a document is refused.
  if (text.includes('*') && MAY_HAVE_ALIASES.test(text)) {
    const aliasLine = () => Math.max(1, text.split('\n').findIndex((l) => MAY_HAVE_ALIASES.test(l)) + 1);
    try {
      parseDocument(text).toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      return {
        ok: false,
        errors: [{ line: aliasLine(), column: 1, message: `the YAML does not parse: it repeats values through aliases (\`*name\`) more than ${MAX_ALIASES} times; write the values out in full` }],
      };
    }
    const copy = unshared(data, new Set());
    if (copy === CYCLE) {
      return { ok: false, errors: [{ line: aliasLine(), column: 1, message: 'the YAML does not parse: a value holds itself through an alias (`*name` inside what `&name` names); write the values out in full' }] };
    }
    data = copy;
  }
  return { ok: true, data };
}

const CYCLE = Symbol('cycle');

/**
 * A copy of `value` in which nothing is reachable twice: js-yaml hands an aliased value to every
 * place that names it, while what reads a document may change it (the validator turns a valid one
 * into its valid form where it lies: schema/in-place.ts). CYCLE when a value holds itself, which
 * js-yaml allows and nothing after it could walk. Bounded: the aliases were counted above.
 */
function unshared(value: unknown, ancestors: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return CYCLE;
  ancestors.add(value);
  let copy: unknown = Array.isArray(value) ? [] : {};
  for (const [key, item] of Object.entries(value)) {
    const inner = unshared(item, ancestors);
    if (inner === CYCLE) {
      copy = CYCLE;
      break;
    }
    // defineProperty, not `=`: a `__proto__` key stays a key (it is reported later), as js-yaml keeps it.
    Object.defineProperty(copy, key, { value: inner, writable: true, enumerable: true, configurable: true });
  }
  ancestors.delete(value);
  return copy;
}

/** True when the text has at most MAX_DEPTH opening brackets in all, so they cannot nest deeper (indexOf is native: far cheaper than a loop over every character). */
function fewBrackets(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++count > MAX_DEPTH) return false;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) if (++count > MAX_DEPTH) return false;
  return true;
}

/** The deepest nesting of `[` and `{`, quotes not considered (so never less than the truth). */
function maxBrackets(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return max;
}

const INDENT_64 = ' '.repeat(64);
/** A line break (any of the four `/^/m` knows) and 64 spaces: made once, not for every document. */
const [DEEP_LF, DEEP_CR, DEEP_LS, DEEP_PS] = ['\n', '\r', '\u2028', '\u2029'].map((lineBreak) => `${lineBreak}${INDENT_64}`) as [string, string, string, string];

/**
 * Whether a line starts with 64 spaces, what `/^ {64}/m` tells (a line starts after any of the
 * four breaks it knows, or only after `\n` when `onlyLf` says the text has no other): by
 * `indexOf`, 24 ms -> ~3 ms over the 4,102 files of 1,000 accounts.
 */
function deepIndent(text: string, onlyLf: boolean): boolean {
  if (text.startsWith(INDENT_64) || text.includes(DEEP_LF)) return true;
  return !onlyLf && (text.includes(DEEP_CR) || text.includes(DEEP_LS) || text.includes(DEEP_PS));
}

/**
 * Where brackets or indentation first nest deeper than MAX_DEPTH, or undefined. Approximate on
 * purpose (quotes are skipped, comments are not parsed): it only has to catch what no playbook has.
 */
function tooDeep(text: string, onlyLf: boolean): { line: number; column: number } | undefined {
  // Nearly every document is shallow: proven so cheaply, without the careful walk below.
  if (!deepIndent(text, onlyLf) && (fewBrackets(text) || maxBrackets(text) <= MAX_DEPTH)) return undefined;
  let flow = 0;
  const indents: number[] = [];
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === lineStart && quote === undefined && flow === 0) {
      let indent = 0;
      while (text[i + indent] === ' ') indent++;
      const blank = text[i + indent] === '\n' || text[i + indent] === '\r' || text[i + indent] === '#' || i + indent >= text.length;
      if (!blank) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_DEPTH) return { line, column: indent + 1 };
      }
    }
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      const before = text[i - 1];
      if (before === undefined || /[\s:[{,]/.test(before)) quote = c;
    } else if (c === '[' || c === '{') {
      if (++flow > MAX_DEPTH) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}
