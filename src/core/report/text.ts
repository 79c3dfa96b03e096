// The report for people at a terminal: findings grouped by file, each with `path:line:col` so
// that editors and terminals can jump to it, and a closing count.
import { countOf } from '../words.ts';
import type { CalendarDate } from '../dates.ts';
import { countBySeverity, groupByFile, type Finding, type Severity } from '../findings.ts';
import { SEVERITIES } from '../schema/values.ts';
import { printableLine } from './printable.ts';

export interface TextOptions {
  /** ANSI colours: only for a terminal that wants them. */
  color: boolean;
  asOf: CalendarDate;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  notice: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

export function formatText(findings: readonly Finding[], options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text);
  const lines: string[] = [];
  const groups = groupByFile(findings);
  for (const [path, group] of groups) {
    // A path and a message may hold what content holds (printable.ts); the colours are ours.
    const file = printableLine(path);
    lines.push(paint('bold', file));
    for (const finding of group) {
      const severity = paint(finding.severity, finding.severity.padEnd(7));
      lines.push(`  ${file}:${finding.line}:${finding.column}  ${severity}  ${printableLine(finding.message)}  ${paint('dim', finding.rule)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(findings, options.asOf, groups.size));
  return `${lines.join('\n')}\n`;
}

/** "1 error, 4 warnings and 2 notices in 3 files, as of 2026-11-22" */
export function summaryLine(findings: readonly Finding[], asOf: CalendarDate, files?: number): string {
  if (findings.length === 0) return `No findings as of ${asOf}.`;
  const counts = countBySeverity(findings);
  const parts = SEVERITIES
    .filter((severity) => counts[severity] > 0)
    .map((severity) => countOf(counts[severity], severity));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const where = files === undefined ? '' : ` in ${countOf(files, 'file')}`;
  return `${list}${where}, as of ${asOf}.`;
}
