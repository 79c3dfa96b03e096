// YAML text to plain values. js-yaml reads the values (it is several times faster than the
// position-keeping parser); only when it fails does the `yaml` package read the text again, to
// report every syntax error with its place and in words for the person editing the file
// (yaml-errors.ts).
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { explainSyntaxErrors, type YamlSyntaxError } from './yaml-errors.ts';

export type { YamlSyntaxError };

export type ParsedYaml = { ok: true; data: unknown } | { ok: false; errors: YamlSyntaxError[] };

/** Aliases (`*name`) a document may use: a few are handy, thousands are a way to make a small file huge. */
const MAX_ALIASES = 100;
const MAY_HAVE_ALIASES = /(^|[\s[{,])\*[^\s[\]{},]/m;

export function parseYaml(text: string): ParsedYaml {
  let data: unknown;
  try {
    // The core schema keeps dates as text (YAML 1.2), as the `yaml` package does.
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { ok: false, errors: explainSyntaxErrors(text, { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, reason }) };
  }
  // js-yaml shares an aliased value rather than copying it, so a chain of aliases costs nothing
  // to parse but everything to validate, which walks each use. Such a document is refused.
  if (MAY_HAVE_ALIASES.test(text)) {
    try {
      parseDocument(text).toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      const line = text.split('\n').findIndex((l) => MAY_HAVE_ALIASES.test(l)) + 1;
      return {
        ok: false,
        errors: [{ line: Math.max(1, line), column: 1, message: `the YAML does not parse: it repeats values through aliases (\`*name\`) more than ${MAX_ALIASES} times; write the values out in full` }],
      };
    }
  }
  return { ok: true, data };
}
