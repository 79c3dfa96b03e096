// YAML text to plain values. js-yaml reads the values (it is several times faster than the
// position-keeping parser); only when it fails does the `yaml` package read the text again, to
// report every syntax error with its place rather than the first.
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';

export interface YamlSyntaxError {
  /** 1-based, inside the YAML text. */
  line: number;
  column: number;
  message: string;
}

export type ParsedYaml = { ok: true; data: unknown } | { ok: false; errors: YamlSyntaxError[] };

export function parseYaml(text: string): ParsedYaml {
  try {
    // The core schema keeps dates as text (YAML 1.2), as the `yaml` package does.
    return { ok: true, data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { ok: false, errors: syntaxErrors(text, error) };
  }
}

function syntaxErrors(text: string, jsYamlError: unknown): YamlSyntaxError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const errors = doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { line, column: col, message: firstSentence(error.message) };
  });
  if (errors.length > 0) return errors;
  // The two parsers disagree on what is valid: report js-yaml's reason.
  const mark = (jsYamlError as { mark?: { line: number; column: number } }).mark;
  const reason = (jsYamlError as { reason?: string }).reason ?? String(jsYamlError);
  return [{ line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: reason }];
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
