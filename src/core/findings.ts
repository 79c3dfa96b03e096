// The finding: one problem or reminder about one place in one file.
import type { Severity } from './schema/settings.ts';
import { groupBy } from './group-by.ts';

export type { Severity };

export interface Finding {
  rule: string;
  severity: Severity;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based, counted in the whole file (a frontmatter's opening `---` is line 1). */
  line: number;
  column: number;
  /** `northwind`, `northwind/scanner-rollout`, `northwind/scanner-rollout#install-scanners`, `guides/x`, `people/x`, or the file. */
  subject: string;
  /** The person id or contact name who owns the thing, where it has one. */
  owner?: string;
  /** For a finding about a client's commitment: the person id on our side who follows it up. */
  chaser?: string;
  /** The day it stops holding by itself (rule.ts `Report`); the JSON report leaves it out. */
  endsOn?: string;
  /** The row it is about, finer than `subject` (rule.ts `Report`); the JSON report leaves it out. */
  row?: FindingRow;
  message: string;
}

/**
 * A row of the subject's page a finding is about, where the subject is coarser than that row: a
 * touchpoint of the account (which has no id: its index in the account's log, as written) or an
 * item of the plan's handoff checklist. Said by the rule that knows it, so that the site links the
 * finding to that row without mapping a line back to content.
 */
export type FindingRow = { touchpoint: number } | { checklist: string };

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** File, then line and column, then rule: the order a person reads a file in. */
export function compareByPlace(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Longer runs of text without a space are a pasted value, not words: cut in a message. */
const LONGEST_WORD = 120;

/**
 * A message with every run of more than 120 characters without a space cut to its start and a
 * count: a name of 30,000 characters quoted in a finding is shown as a name, not as a page.
 */
export function clipValues(message: string): string {
  if (message.length <= LONGEST_WORD || !hasLongRun(message)) return message;
  return message.replace(LONG_WORD, (word) => `${word.slice(0, 60)}...(${word.length} characters)`);
}

const LONG_WORD = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g');

/**
 * Whether some run of more than 120 characters has no space, tab or line break: the expression
 * above tries every start inside every word, 18 ms of a check at 1,000 accounts (some 2,000
 * messages, nearly none with such a run). A run between ASCII blanks can only be longer than
 * one between any blanks, so `false` here is `false` for the expression too.
 */
function hasLongRun(message: string): boolean {
  let run = 0;
  for (let i = 0; i < message.length; i++) {
    if (message.charCodeAt(i) <= 32) run = 0;
    else if (++run > LONGEST_WORD) return true;
  }
  return false;
}

/** Most severe first, then by place. */
export function compareBySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareByPlace(a, b);
}

/** Locale-independent, so output is identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `severity` is at or above `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[threshold];
}

/** Findings grouped by file, files in order, each group in reading order. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupBy([...findings].sort(compareByPlace), (finding) => finding.file);
}
