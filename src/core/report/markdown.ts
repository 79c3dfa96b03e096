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
        const where = options.linkBase ? `[${cell(place)}](${options.linkBase}/${linkPath(f.file)}#L${f.line})` : `\`${printableLine(place).replace(/[`|]/g, '')}\``;
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

/**
 * A file's path in a link's destination. encodeURI leaves `(`, `)`, `#` and `?` as they are: a
 * `)` in a file's name would end the link, and what follows in the name would be markdown again
 * (`a)@octocat.mdx`, a mention).
 */
export function linkPath(path: string): string {
  return encodeURI(path).replace(/[()#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
 * nothing GitHub turns into a link or a notification. Its autolinks (`https://...`, `www.`, an
 * email), references (`#123`, `GH-1`, `owner/repo#1`, a commit SHA) and @mentions are found in the
 * rendered text, after markdown is parsed, so a backslash does not stop them: a URL or a SHA is
 * put in a code span (GitHub links nothing in code), and a zero-width space is written after the
 * `@` of a mention or an email and the `#` or `GH-` of a reference (as Renovate and Dependabot
 * write those they quote). The one escaping function of every markdown output.
 */
export function escapeMarkdown(text: string): string {
  const source = printable(text);
  let out = '';
  let from = 0;
  for (const match of source.matchAll(LINKISH)) {
    const token = match[0].replace(TRAILING, '');
    if (token.length === 0) continue;
    out += escapeText(source.slice(from, match.index), true) + `\`${token}\``;
    from = match.index + token.length;
  }
  return out + escapeText(source.slice(from), false);
}

/**
 * What GitHub would link outside markup: a URL with a scheme, a `www.` address, and a run of 7 to
 * 40 hex digits with a digit in it (a commit SHA or its prefix). Never a backtick inside, so that
 * each fits in a code span.
 */
const LINKISH = /(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s`]+|(?<![A-Za-z0-9_])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}(?![A-Za-z0-9_])/gi;
/** Punctuation that ends a sentence rather than a URL (GitHub leaves it out of the link too). */
const TRAILING = /[.,:;!?'")\]}>*_~]+$/;

/** Markup and HTML; an `@` before a name; every `#`; a `GH-` before a number. */
const ACTIVE = /[\\`*_[\]<>~&#]|@(?=[A-Za-z0-9])|(?<![A-Za-z0-9_])gh-(?=[0-9])/gi;
/** The same, and an `@` that ends the text (a code span follows: `owner/repo@1a2b3c4`). */
const ACTIVE_BEFORE_TOKEN = /[\\`*_[\]<>~&#]|@(?=[A-Za-z0-9]|$)|(?<![A-Za-z0-9_])gh-(?=[0-9])/gi;

/** Markup escaped, and a zero-width space in each mention and reference, in one pass (the space is itself `&#8203;`). */
function escapeText(text: string, beforeToken: boolean): string {
  return text.replace(beforeToken ? ACTIVE_BEFORE_TOKEN : ACTIVE, (c: string, at: number) => {
    if (c === '&') return '&amp;';
    if (c === '@' || c.length === 3) return `${c}&#8203;`;
    // `#123` is a reference; any other `#` could start a heading.
    if (c === '#') return /[0-9]/.test(text.charAt(at + 1)) ? '#&#8203;' : '\\#';
    return `\\${c}`;
  });
}
