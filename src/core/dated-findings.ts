// The findings of the days to come: every finding the checker reports on some day from `asOf` to
// `asOf + days`, each with the verdict (model/when.ts) that says on which of those days it holds.
// A site built for one day lists them all and the reader's browser shows those of its today, so a
// page read three weeks after its build lists what a build made that day would list, in the
// checker's own words.
//
// Three runs of the checker find them: the day itself; the last day, for the rules whose findings
// only grow as the days pass (an overdue commitment stays overdue); and the day itself with the
// due-soon window stretched to the last day, for `due-soon`, whose findings come and go. Their
// messages differ from another day's only in the distances ("in 3 days"), which the page rewrites.
import type { CheckResult } from './check.ts';
import { judge } from './check.ts';
import { addDays, type CalendarDate } from './dates.ts';
import { compareByPlace, type Finding } from './findings.ts';
import { deriveModel, type Model } from './model.ts';
import type { IncidentView, ItemView } from './model.ts';
import { holds, type When } from './model/status.ts';
import { findingWhen, GROWING_RULES, type WhenIndex } from './model/when.ts';
import { withoutDistances } from './rules/describe.ts';
import { CONTENT_RULES } from './rules/index.ts';

export interface DatedFinding {
  finding: Finding;
  /** The days it holds on; on `asOf` itself exactly when it is one of that day's findings. */
  when: When;
}

/** Subjects by key, for `findingWhen`. */
export function whenIndex(model: Model): WhenIndex {
  return {
    items: new Map<string, ItemView>(model.items.map((item) => [item.key, item])),
    accounts: new Map(model.accounts.map((view) => [view.account.id, view])),
    incidents: new Map<string, IncidentView>(model.accounts.flatMap((view) => view.incidents.map((incident) => [incident.key, incident] as const))),
    plans: new Map(model.plans.map((view) => [view.plan.id, view])),
    guides: new Map(model.guides.map((guide) => [guide.id, guide])),
  };
}

/**
 * A finding's identity across days: the same rule about the same thing at the same place, in the
 * same words but for its distances from today. The words tell apart the findings one rule makes at
 * one place: `handoff-incomplete` once per checklist item, all at the plan's `kickoff`.
 */
function identity(finding: Finding): string {
  return [finding.rule, finding.subject, finding.file, finding.line, finding.column, withoutDistances(finding.message)].join('\0');
}

export function findingsWithin(result: Pick<CheckResult, 'content' | 'model' | 'findings'>, days: number): DatedFinding[] {
  const { content, model, findings } = result;
  const asOf = model.asOf;
  const last = addDays(asOf, days);
  const remindDays = content.settings.remindDays;
  const today = whenIndex(model);
  const seen = new Set(findings.map(identity));
  const dated: DatedFinding[] = findings.map((finding) => ({ finding, when: findingWhen(today, finding) }));
  const add = (found: readonly Finding[], index: WhenIndex) => {
    for (const finding of found) {
      const key = identity(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      const when = findingWhen(index, finding);
      if (holdsWithin(when, asOf, last, remindDays)) dated.push({ finding, when });
    }
  };
  if (days > 0) {
    const growing = CONTENT_RULES.filter((rule) => GROWING_RULES.includes(rule.id));
    const lastModel = deriveModel(content, last);
    add(judge(lastModel, growing), whenIndex(lastModel));
    const stretched = deriveModel({ ...content, settings: { ...content.settings, remindDays: remindDays + days } }, asOf);
    add(judge(stretched, CONTENT_RULES.filter((rule) => rule.id === 'due-soon')), whenIndex(stretched));
  }
  return dated.sort((a, b) => compareByPlace(a.finding, b.finding));
}

/** Whether a verdict holds on any day from `from` to `to`. */
export function holdsWithin(when: When, from: CalendarDate, to: CalendarDate, remindDays: number): boolean {
  // The last day first: most of these findings come from the rules whose findings only grow
  // (overdue stays overdue), which hold on the last day if on any. At 1,000 accounts this asks
  // `holds` 84,936 times instead of 215,438 (counted), for the same 11,843 findings.
  if (from <= to && holds(when, to, remindDays)) return true;
  for (let day = from; day < to; day = addDays(day, 1)) if (holds(when, day, remindDays)) return true;
  return false;
}
