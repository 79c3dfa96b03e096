// GitHub Actions workflow commands: each finding becomes an annotation on its line.
import { countOf } from '../words.ts';
import { compareBySeverity, type Finding, type Severity } from '../findings.ts';
import { SEVERITIES } from '../schema/values.ts';
import { printable } from './printable.ts';

/** GitHub shows at most this many annotations of each severity per step. */
export const ANNOTATION_LIMIT = 10;

export function formatGithub(findings: readonly Finding[]): string {
  const sorted = [...findings].sort(compareBySeverity);
  const lines = sorted.map(
    (f) => `::${f.severity} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(f.rule)}::${data(f.message)}`,
  );
  const hidden = SEVERITIES
    .map((severity): [Severity, number] => [severity, sorted.filter((f) => f.severity === severity).length - ANNOTATION_LIMIT])
    .filter(([, extra]) => extra > 0)
    .map(([severity, extra]) => countOf(extra, `more ${severity}`));
  if (hidden.length > 0) {
    lines.push(
      `GitHub shows only the first ${ANNOTATION_LIMIT} errors, ${ANNOTATION_LIMIT} warnings and ${ANNOTATION_LIMIT} notices of a step as annotations: ${hidden.join(', ')} are listed above but not annotated. Run \`playbook check\` to see every one.`,
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Escaping for a workflow command's message (a CI log shows escape sequences as they act: printable.ts). */
function data(text: string): string {
  return printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a workflow command's property values. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
