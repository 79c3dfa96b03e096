// The report for a job summary or a pull-request comment: counts, then every finding grouped by
// severity and rule, each naming its file and line.
import { countOf } from '../words.ts';
import type { CalendarDate } from '../dates.ts';
import { compareByPlace, countBySeverity, type Finding } from '../findings.ts';
import { RULES } from '../rules/catalog.ts';

export interface MarkdownOptions {
  asOf: CalendarDate;
  title?: string;
  /** Link each place to this base (a repository's blob URL); plain text when absent. */
  linkBase?: string;
}

const HEADINGS = { error: 'Errors', warning: 'Warnings', notice: 'Notices' } as const;

export function formatMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const counts = countBySeverity(findings);
  const lines = [`## ${escapeMarkdown(options.title ?? 'Playbook check')}`, ''];
  lines.push(`As of **${options.asOf}**: ${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${countOf(counts.notice, 'notice')}.`, '');
  if (findings.length === 0) {
    lines.push('Nothing is overdue, stale or broken. :tada:', '');
    return lines.join('\n');
  }
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`### ${HEADINGS[severity]} (${ofSeverity.length})`, '');
    for (const rule of RULES.map((r) => r.id as string).concat(extraRules(ofSeverity))) {
      const ofRule = ofSeverity.filter((f) => f.rule === rule).sort(compareByPlace);
      if (ofRule.length === 0) continue;
      lines.push(`#### \`${rule}\` (${ofRule.length})`, '', '| Where | Subject | Owner | Finding |', '| --- | --- | --- | --- |');
      for (const f of ofRule) {
        const place = `${f.file}:${f.line}:${f.column}`;
        const where = options.linkBase ? `[${cell(place)}](${options.linkBase}/${encodeURI(f.file)}#L${f.line})` : `\`${place.replace(/[`|]/g, '')}\``;
        lines.push(`| ${where} | ${cell(f.subject)} | ${cell(f.owner ?? '')} | ${cell(f.message)} |`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** Rules not in the catalogue (added by a caller), in the order they appear. */
function extraRules(findings: readonly Finding[]): string[] {
  const known = new Set<string>(RULES.map((r) => r.id));
  return [...new Set(findings.map((f) => f.rule).filter((rule) => !known.has(rule)))];
}

/** Longer cell text is cut: a table row is one line to read, not a document. */
const MAX_CELL = 300;

/** Text that stays text inside a table cell: no markup, no HTML, no broken columns. */
export function cell(text: string): string {
  const clipped = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 3)}...` : text;
  return escapeMarkdown(clipped).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#~]/g, (c) => `\\${c}`).replace(/&/g, '&amp;');
}
