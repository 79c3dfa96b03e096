// Every rule the checker knows, in one list: the content rules, the rules that judge a change,
// and the two whose findings come from elsewhere (`schema`, from loading; `codeowners-stale`,
// from the repository). Each rule carries its own id, severity and description in its file.
import { BASE_RULES, CONTENT_RULES } from './index.ts';
import type { RuleInfo } from './rule.ts';

export type { RuleInfo };

const SCHEMA: RuleInfo = { id: 'schema', severity: 'error', description: 'The YAML does not parse, or a field is missing, unknown, or of the wrong form' };
const CODEOWNERS_STALE: RuleInfo = {
  id: 'codeowners-stale',
  severity: 'warning',
  scope: 'repository',
  description: "The repository's CODEOWNERS does not match the accounts' owners and teams; run `playbook codeowners`",
};

export const RULES: readonly RuleInfo[] = [SCHEMA, ...CONTENT_RULES, ...BASE_RULES, CODEOWNERS_STALE].map(({ id, severity, description, scope }) => ({
  id,
  severity,
  description,
  ...(scope ? { scope } : {}),
}));

export type RuleId = string;

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/**
 * Rules that mean the content cannot be read as a whole: they fail the site's build, at any
 * level (refusedLevel says which levels playbook.yaml may not set).
 */
export const STRUCTURAL_RULES: readonly string[] = ['schema', 'unknown-reference', 'duplicate-id', 'dependency-cycle'];

/**
 * Why playbook.yaml may not set `rule` to `level`, or undefined when it may. `schema` cannot be
 * changed: content that does not validate cannot be judged. The other structural rules cannot be
 * turned off: a broken reference or a repeated id would reach the pages unseen (a misspelt owner
 * shown as the client's on the client's letter); lowered, they are still reported and still stop
 * the build. A refused level is reported by the loader and not applied.
 */
export function refusedLevel(rule: string, level: unknown): string | undefined {
  if (rule === 'schema' && level !== 'error') return '`schema` cannot be changed: content that does not validate cannot be judged. Remove this line';
  if (level === 'off' && STRUCTURAL_RULES.includes(rule)) {
    return `\`${rule}\` cannot be turned off: the site cannot be built over what it finds, at any level. Set it to warning or notice to keep it from failing \`check\`, or remove this line`;
  }
  return undefined;
}

/** The findings of STRUCTURAL_RULES: what stops the site's build. */
export function structuralFindings<F extends { rule: string }>(findings: readonly F[]): F[] {
  return findings.filter((finding) => STRUCTURAL_RULES.includes(finding.rule));
}

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((rule) => rule.id === id);
}
