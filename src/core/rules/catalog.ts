// Every rule the checker knows: its id, its default severity and what it is for. The rule
// functions live one per file beside this one; this list is data only, so that settings can be
// validated against it without loading the rules.
import type { Severity } from '../schema/settings.ts';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line, for `--help`, the reports page and the JSON Schema of `rules:`. */
  description: string;
  /**
   * When the rule runs, if not on every check: `base` only with `check --base REF` (it compares
   * with the content at that ref), `repository` only when the playbook is in a git repository
   * that has the file the rule is about.
   */
  scope?: 'base' | 'repository';
}

export const RULES = [
  { id: 'schema', severity: 'error', description: 'The YAML does not parse, or a field is missing, unknown, or of the wrong form' },
  { id: 'unknown-reference', severity: 'error', description: 'A person id, contact name, milestone, checklist item or `after` id that does not exist' },
  { id: 'duplicate-id', severity: 'error', description: 'Two items with the same id in one plan' },
  { id: 'dependency-cycle', severity: 'error', description: 'Commitments that wait for each other through `after`' },
  { id: 'slip-undisclosed', severity: 'error', description: 'A slip or a drop without `told`' },
  { id: 'slip-mismatch', severity: 'error', description: 'The slips do not chain: each `from` is the previous `to`, and the last `to` is the `due`' },
  { id: 'future-date', severity: 'error', description: 'A touchpoint, `done`, slip or drop dated after today' },
  { id: 'overdue', severity: 'warning', description: 'An open commitment whose due date is before today' },
  { id: 'milestone-overdue', severity: 'warning', description: 'A milestone not done whose due date is before today' },
  { id: 'stale-follow-up', severity: 'warning', description: 'An account nobody has been in touch with within its cadence' },
  { id: 'governance-overdue', severity: 'warning', description: 'An account in delivery or partner whose governance review is overdue' },
  { id: 'handoff-incomplete', severity: 'warning', description: 'A plan past kickoff whose handoff checklist has an item without a date' },
  { id: 'agreement-unsigned', severity: 'warning', description: 'A plan agreed, active or done that lacks either signature' },
  { id: 'dependency-order', severity: 'warning', description: 'An open commitment due before an open one it waits for' },
  { id: 'closed-plan-open-items', severity: 'warning', description: 'A plan done or cancelled with open commitments' },
  { id: 'due-soon', severity: 'notice', description: 'An open commitment due today or within `remind_before`' },
  { id: 'guide-review-due', severity: 'notice', description: 'A guide whose `review_by` is before today' },
  { id: 'silent-slip', severity: 'error', scope: 'base', description: "A commitment's `due` moved later than at the base without a new slip from the old date" },
  { id: 'vanished-commitment', severity: 'error', scope: 'base', description: 'A commitment, milestone or plan that existed at the base is gone instead of being marked done or dropped' },
  { id: 'history-rewritten', severity: 'error', scope: 'base', description: 'A touchpoint or slip that existed at the base was removed or changed (these logs are append-only)' },
  { id: 'backdated-touchpoint', severity: 'warning', scope: 'base', description: 'A touchpoint added since the base dated more than the follow-up cadence before today' },
  { id: 'codeowners-stale', severity: 'warning', scope: 'repository', description: "The repository's CODEOWNERS does not match the accounts' owners and teams; run `playbook codeowners`" },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/**
 * Rules that mean the content cannot be read as a whole: they fail the site's build, and
 * `schema` cannot be turned down in playbook.yaml.
 */
export const STRUCTURAL_RULES: readonly string[] = ['schema', 'unknown-reference', 'duplicate-id', 'dependency-cycle'];

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
