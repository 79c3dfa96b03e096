// The report for a job summary or a pull-request comment: counts, then every finding grouped by
// severity and rule, each naming its file and line.
import { countOf } from '../words.ts';
import type { CalendarDate } from '../dates.ts';
import { compareByPlace, countBySeverity, type Finding } from '../findings.ts';
import { RULES } from '../rules/catalog.ts';
import { SEVERITIES } from '../schema/values.ts';
import { personName, subjectName, type Model } from '../model.ts';
import { fitRows } from './fit.ts';
import { printable, printableLine } from './printable.ts';

export interface MarkdownOptions {
  asOf: CalendarDate;
  title?: string;
  /** Link each place to this base (a repository's blob URL); plain text when absent. */
  linkBase?: string;
  /**
   * At most this many characters: a job summary or a pull-request comment has a limit (GitHub
   * takes 65,536 characters in a comment). Each rule then lists its first findings, by place, up
   * to a number that fits, and says how many it leaves out. Default: no limit.
   */
  maxLength?: number;
  /**
   * The model the findings were judged on: the Subject and Owner columns then name what they
   * are about and who answers ("Install scanners (Scanner rollout · Northwind Logistics)", "Omar
   * Haddad"), as the messages beside them do. Without it they show the ids.
   */
  model?: Model;
}

const HEADINGS = { error: 'Errors', warning: 'Warnings', notice: 'Notices' } as const;

interface RuleSection {
  severity: (typeof SEVERITIES)[number];
  rule: string;
  findings: Finding[];
}

export function formatMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const sections = ruleSections(findings);
  const render = (perRule: number) => renderMarkdown(findings, sections, options, perRule);
  if (options.maxLength === undefined) return render(Infinity);
  return fitRows(render, Math.max(0, ...sections.map((section) => section.findings.length)), options.maxLength);
}

/** The findings by severity, then by rule in the catalogue's order, each sorted by place. */
function ruleSections(findings: readonly Finding[]): RuleSection[] {
  const sections: RuleSection[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    for (const rule of RULES.map((r) => r.id as string).concat(extraRules(ofSeverity))) {
      const ofRule = ofSeverity.filter((f) => f.rule === rule).sort(compareByPlace);
      if (ofRule.length > 0) sections.push({ severity, rule, findings: ofRule });
    }
  }
  return sections;
}

function renderMarkdown(findings: readonly Finding[], sections: readonly RuleSection[], options: MarkdownOptions, perRule: number): string {
  const counts = countBySeverity(findings);
  const lines = [`## ${escapeMarkdown(options.title ?? 'Playbook check')}`, ''];
  lines.push(`As of **${options.asOf}**: ${countOf(counts.error, 'error')}, ${countOf(counts.warning, 'warning')}, ${countOf(counts.notice, 'notice')}.`, '');
  if (findings.length === 0) {
    lines.push('Nothing is overdue, stale or broken. :tada:', '');
    return lines.join('\n');
  }
  const shown = sections.reduce((sum, section) => sum + Math.min(section.findings.length, perRule), 0);
  if (shown < findings.length) {
    lines.push(`> **${shown} of ${findings.length}** findings are listed here, the first few of each rule: GitHub takes at most 65,536 characters in a comment. Run \`playbook check\` to see every one.`, '');
  }
  let severity: string | undefined;
  for (const section of sections) {
    if (section.severity !== severity) {
      severity = section.severity;
      lines.push(`### ${HEADINGS[section.severity]} (${counts[section.severity]})`, '');
    }
    const listed = section.findings.slice(0, perRule);
    lines.push(`#### \`${section.rule}\` (${section.findings.length})`, '');
    if (listed.length > 0) {
      lines.push('| Where | Subject | Owner | Finding |', '| --- | --- | --- | --- |');
      for (const f of listed) {
        const place = `${f.file}:${f.line}:${f.column}`;
        // A file's name is content too: a line break in it would end the row, and what follows
        // would be markdown again (a mention, HTML). In a code span it stays on its line.
        const where = options.linkBase ? `[${cell(place)}](${options.linkBase}/${encodeURI(f.file)}#L${f.line})` : `\`${printableLine(place).replace(/[`|]/g, '')}\``;
        lines.push(`| ${where} | ${cell(subjectOf(f, options.model))} | ${cell(ownerOf(f, options.model))} | ${cell(f.message)} |`);
      }
      lines.push('');
    }
    const left = section.findings.length - listed.length;
    if (left > 0) lines.push(`_...and ${left} more not listed here._`, '');
  }
  return lines.join('\n');
}

function subjectOf(finding: Finding, model: Model | undefined): string {
  return model ? subjectName(model, finding.subject) : finding.subject;
}

/** Who answers: the owner's name, and for the client's items who on our side chases them. */
function ownerOf(finding: Finding, model: Model | undefined): string {
  if (finding.owner === undefined) return '';
  if (!model) return finding.owner;
  const owner = personName(model, finding.owner);
  return finding.chaser === undefined ? owner : `${owner} (client), chased by ${personName(model, finding.chaser)}`;
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
  // Every line end, a lone `\r` too (CommonMark ends a line there), or the row breaks.
  return escapeMarkdown(clipped.replace(/\r\n?|\n/g, ' ')).replace(/\|/g, '\\|');
}

/**
 * Text that stays text in a comment: no markup, no HTML, no control character (printable.ts), and
 * no `@name` that would notify a GitHub user or team each time the report is posted (a zero-width
 * space after the `@`, as Renovate and Dependabot write mentions they quote).
 */
export function escapeMarkdown(text: string): string {
  return printable(text)
    .replace(/[\\`*_[\]<>#~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
}
