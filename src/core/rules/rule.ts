// What a rule is: one file that carries its own id, default severity and description, and a
// function over the derived model that reports findings at places.
//
// A rule runs once a check, so most of its loop runs before V8 has optimised it. A loop over the
// model's items (40,000 at 1,000 accounts) is therefore written with an index, not `for...of`,
// which until then allocates a result object per step and costs several times as much:
// slip-mismatch 9.4 -> 5.7 ms, overdue 5.2 -> 3.6 ms (docs/benchmarks.md, ninth round).
import type { Content } from '../content.ts';
import type { FindingRow } from '../findings.ts';
import type { CalendarDate } from '../dates.ts';
import type { Anchor } from '../load/locate.ts';
import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import type { Model } from '../model.ts';
import type { Severity } from '../schema/settings.ts';

export interface Report {
  file: SourceFile;
  /** The YAML node the finding is about. */
  path: YamlPath;
  anchor?: Anchor;
  subject: string;
  owner?: string;
  /** For a finding about a client's commitment: who on our side follows it up. */
  chaser?: string;
  /** The day the finding stops holding by itself (a record dated ahead of today is one no longer on its day): for pages read later, never in the JSON. */
  endsOn?: CalendarDate;
  /** The touchpoint or checklist item it is about, when the subject (the account, the plan) is coarser: the site links to that row. */
  row?: FindingRow;
  message: string;
}

export interface RuleContext {
  model: Model;
  content: Content;
  asOf: CalendarDate;
  report(report: Report): void;
}

/** What every rule says of itself: for `--help`, the reports page, the docs and the JSON Schema of `rules:`. */
export interface RuleInfo {
  id: string;
  /** Its level unless playbook.yaml's `rules:` sets another. */
  severity: Severity;
  /** One line: when it fires. */
  description: string;
  /**
   * When the rule runs, if not on every check: `base` only with `check --base REF` (it compares
   * with the content at that ref), `repository` only when the playbook is in a git repository
   * that has the file the rule is about.
   */
  scope?: 'base' | 'repository';
}

export interface Rule extends RuleInfo {
  check(context: RuleContext): void;
}
