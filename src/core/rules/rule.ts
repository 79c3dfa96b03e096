// What a rule is: a named function over the derived model that reports findings at places.
import type { Content } from '../content.ts';
import type { CalendarDate } from '../dates.ts';
import type { Anchor } from '../load/locate.ts';
import type { SourceFile } from '../load/source-file.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import type { Model } from '../model.ts';
import type { RuleId } from './catalog.ts';

export interface Report {
  file: SourceFile;
  /** The YAML node the finding is about. */
  path: YamlPath;
  anchor?: Anchor;
  subject: string;
  owner?: string;
  message: string;
}

export interface RuleContext {
  model: Model;
  content: Content;
  asOf: CalendarDate;
  report(report: Report): void;
}

export interface Rule {
  id: RuleId;
  check(context: RuleContext): void;
}
