// The checker: load a content folder, derive the model for a day, run every rule, and apply the
// severities that playbook.yaml sets. The CLI and the site both call this, so they agree on
// every finding by construction.
import type { Content } from './content.ts';
import { dateInZone, isCalendarDate, whyNotADate, type CalendarDate } from './dates.ts';
import { clipValues, compareByPlace, countBySeverity, type Finding, type Severity, type SeverityCounts } from './findings.ts';
import { loadPlaybook, type LoadOptions } from './load/load-playbook.ts';
import type { FilePlace, SourceFile } from './load/source-file.ts';
import type { YamlPath } from './load/yaml-places.ts';
import { deriveModel, ruleLevel, type Model } from './model.ts';
import { pairUp, type BaseReport } from './rules/base-rule.ts';
import { BASE_RULES, CONTENT_RULES, type BaseRule, type Comparison, type Rule, type RuleContext } from './rules/index.ts';
import type { Report } from './rules/rule.ts';
import type { RuleLevel } from './schema/settings.ts';
import { notCompared } from './rules/not-compared.ts';

export interface CheckOptions extends LoadOptions {
  /** The day to judge as of; default: today in the playbook's time zone. */
  asOf?: CalendarDate;
  /** The clock, passed in: the core never reads it. */
  now: Date;
  /**
   * How the date in a time zone at `now` is told: dates.ts's dateInZone (an Intl formatter, which
   * works everywhere) unless the caller has a sooner way of its own (src/cli/zone-date.ts).
   */
  dateInZone?: (now: Date, timeZone: string) => CalendarDate;
}

export interface CheckResult {
  asOf: CalendarDate;
  counts: SeverityCounts;
  /** Sorted by file, line and column. */
  findings: Finding[];
  content: Content;
  model: Model;
}

import { AsOfError } from './errors.ts';

export { AsOfError };

export function checkPlaybook(contentDir: string, options: CheckOptions): CheckResult {
  const { asOf, content, model } = openModel(contentDir, options);
  const findings = judge(model);
  return { asOf, counts: countBySeverity(findings), findings, content, model };
}

/** The playbook loaded and its model derived for the day, not yet judged. */
export function openModel(contentDir: string, options: CheckOptions): Pick<CheckResult, 'asOf' | 'content' | 'model'> {
  const content = loadPlaybook(contentDir, options);
  const asOf = resolveAsOf(content, options);
  return { asOf, content, model: deriveModel(content, asOf) };
}

/** `--as-of` when given, else the date in the playbook's time zone at `now`. */
export function resolveAsOf(content: Content, options: Pick<CheckOptions, 'asOf' | 'now' | 'dateInZone'>): CalendarDate {
  if (options.asOf !== undefined) {
    if (!isCalendarDate(options.asOf)) {
      throw new AsOfError(`The as-of date ${JSON.stringify(options.asOf)} ${whyNotADate(options.asOf, '2026-11-22')}.`);
    }
    return options.asOf;
  }
  return (options.dateInZone ?? dateInZone)(options.now, content.settings.timezone);
}

/** Every finding about the model: the loader's, then each rule's, at the levels playbook.yaml sets. */
export function judge(model: Model, rules: readonly Rule[] = CONTENT_RULES): Finding[] {
  const { content } = model;
  const findings: Finding[] = [];
  for (const problem of content.problems) findings.push(problem);
  const reports: RuleReport[] = [];
  for (const rule of rules) {
    const level = ruleLevel(content, rule.id);
    if (level === 'off') continue;
    const context: RuleContext = {
      model,
      content,
      asOf: model.asOf,
      report: (report) => reports.push({ rule: rule.id, level, report }),
    };
    rule.check(context);
  }
  findings.push(...placed(reports));
  return findings.sort(compareByPlace);
}

interface RuleReport {
  rule: string;
  level: Severity;
  report: BaseReport;
}

/**
 * The reports as findings at their places. Placed once every rule has reported, so that each
 * file is scanned once for just the paths its findings name (see SourceFile.expectPlaces).
 */
function placed(reports: readonly RuleReport[]): Finding[] {
  const pathsByFile = new Map<SourceFile, YamlPath[]>();
  for (const { report } of reports) {
    if (report.at !== undefined) continue;
    let paths = pathsByFile.get(report.file);
    if (paths === undefined) pathsByFile.set(report.file, (paths = []));
    paths.push(report.path);
  }
  for (const [file, paths] of pathsByFile) file.expectPlaces(paths);
  return reports.map(({ rule, level, report }) => toFinding(rule, level, report, report.at ?? report.file.place(report.path, report.anchor)));
}

/** A rule's report as a finding at its place; `owner` and `chaser` only where it has them. */
function toFinding(rule: string, severity: Severity, report: Report, place: FilePlace): Finding {
  const finding: Finding = { rule, severity, file: report.file.path, line: place.line, column: place.column, subject: report.subject, message: clipValues(report.message) };
  if (report.owner !== undefined) finding.owner = report.owner;
  if (report.chaser !== undefined) finding.chaser = report.chaser;
  if (report.endsOn !== undefined) finding.endsOn = report.endsOn;
  if (report.row !== undefined) finding.row = report.row;
  return finding;
}

/**
 * The findings of the base-comparison rules (`check --base REF`): the model now judged against
 * the content at the base, at the levels playbook.yaml sets. Only these rules' findings: the
 * caller adds them to `judge`'s.
 */
export function judgeChange(model: Model, comparison: Comparison, rules: readonly BaseRule[] = BASE_RULES): Finding[] {
  const { content } = model;
  // At the stricter of the base's level and the change's: a pull request cannot switch off, or
  // soften, the rules that judge it (`rules: { silent-slip: off }` added with a silent slip). A
  // change to the levels applies from the next change on, once it is merged.
  const levelOf = (rule: string) => stricter(ruleLevel(content, rule), ruleLevel(comparison.base, rule));
  // No content folder at the base: nothing to judge against, and a whole playbook judged as
  // added would only be noise (every old touchpoint "backdated"). The one finding says so.
  if (comparison.folderMissing) return notCompared(content, comparison, levelOf);
  const pairs = pairUp(content, comparison);
  const reports: RuleReport[] = [];
  for (const rule of rules) {
    const level = levelOf(rule.id);
    if (level === 'off') continue;
    rule.check({
      model,
      content,
      asOf: model.asOf,
      comparison,
      ...pairs,
      report: (report: BaseReport) => reports.push({ rule: rule.id, level, report }),
    });
  }
  return [...placed(reports), ...notCompared(content, comparison, levelOf, pairs)].sort(compareByPlace);
}

const STRICTNESS: Record<RuleLevel, number> = { off: 0, notice: 1, warning: 2, error: 3 };

function stricter(a: RuleLevel, b: RuleLevel): RuleLevel {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}
