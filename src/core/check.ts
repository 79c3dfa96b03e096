// The checker: load a content folder, derive the model for a day, run every rule, and apply the
// severities that playbook.yaml sets. The CLI and the site both call this, so they agree on
// every finding by construction.
import type { Content } from './content.ts';
import { dateInZone, isCalendarDate, whyNotADate, type CalendarDate } from './dates.ts';
import { clipValues, compareByPlace, countBySeverity, type Finding, type SeverityCounts } from './findings.ts';
import { loadPlaybook, type LoadOptions } from './load/load-playbook.ts';
import { deriveModel, type Model } from './model.ts';
import { own } from './own.ts';
import { ruleInfo } from './rules/catalog.ts';
import { pairUp, type BaseReport } from './rules/base-rule.ts';
import { BASE_RULES, CONTENT_RULES, type BaseRule, type Comparison, type Rule, type RuleContext } from './rules/index.ts';

export interface CheckOptions extends LoadOptions {
  /** The day to judge as of; default: today in the playbook's time zone. */
  asOf?: CalendarDate;
  /** The clock, passed in: the core never reads it. */
  now: Date;
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
  const content = loadPlaybook(contentDir, options);
  const asOf = resolveAsOf(content, options);
  const model = deriveModel(content, asOf);
  const findings = judge(model);
  return { asOf, counts: countBySeverity(findings), findings, content, model };
}

/** `--as-of` when given, else the date in the playbook's time zone at `now`. */
export function resolveAsOf(content: Content, options: { asOf?: string; now: Date }): CalendarDate {
  if (options.asOf !== undefined) {
    if (!isCalendarDate(options.asOf)) {
      throw new AsOfError(`The as-of date ${JSON.stringify(options.asOf)} ${whyNotADate(options.asOf, '2026-11-22')}.`);
    }
    return options.asOf;
  }
  return dateInZone(options.now, content.settings.timezone);
}

/** Every finding about the model: the loader's, then each rule's, at the levels playbook.yaml sets. */
export function judge(model: Model, rules: readonly Rule[] = CONTENT_RULES): Finding[] {
  const { content } = model;
  const levels = content.settings.levels;
  const findings: Finding[] = [];
  for (const problem of content.problems) findings.push(problem);
  for (const rule of rules) {
    const level = own(levels, rule.id) ?? ruleInfo(rule.id)!.severity;
    if (level === 'off') continue;
    const context: RuleContext = {
      model,
      content,
      asOf: model.asOf,
      report({ file, path, anchor, subject, owner, message }) {
        const { line, column } = file.place(path, anchor);
        const finding: Finding = { rule: rule.id, severity: level, file: file.path, line, column, subject, message: clipValues(message) };
        if (owner !== undefined) finding.owner = owner;
        findings.push(finding);
      },
    };
    rule.check(context);
  }
  return findings.sort(compareByPlace);
}

/**
 * The findings of the base-comparison rules (`check --base REF`): the model now judged against
 * the content at the base, at the levels playbook.yaml sets. Only these rules' findings: the
 * caller adds them to `judge`'s.
 */
export function judgeChange(model: Model, comparison: Comparison, rules: readonly BaseRule[] = BASE_RULES): Finding[] {
  const { content } = model;
  const pairs = pairUp(content, comparison);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = own(content.settings.levels, rule.id) ?? ruleInfo(rule.id)!.severity;
    if (level === 'off') continue;
    rule.check({
      model,
      content,
      asOf: model.asOf,
      comparison,
      ...pairs,
      report({ file, path, anchor, at, subject, owner, message }: BaseReport) {
        const { line, column } = at ?? file.place(path, anchor);
        const finding: Finding = { rule: rule.id, severity: level, file: file.path, line, column, subject, message: clipValues(message) };
        if (owner !== undefined) finding.owner = owner;
        findings.push(finding);
      },
    });
  }
  return findings.sort(compareByPlace);
}
