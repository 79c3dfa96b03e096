// The fixed vocabularies of the content format. Plain constants with no zod import, so that the
// command line's help can list them without loading the schemas.

export const ACCOUNT_STAGES = ['prospect', 'onboarding', 'delivery', 'partner', 'paused', 'closed'] as const;
export const TOUCHPOINT_KINDS = ['call', 'meeting', 'email', 'visit', 'review'] as const;
export const PLAN_STATUSES = ['draft', 'agreed', 'active', 'done', 'cancelled'] as const;
export const INCIDENT_CAUSES = ['ours', 'client', 'third-party', 'unknown'] as const;

/**
 * The content format this version reads: 1 is the contract's first version, 2 its second (which
 * only adds fields). playbook.yaml's `format:` says which one a playbook is written for, so that a
 * playbook written for a newer format is refused with an explanation rather than misread.
 */
export const CONTENT_FORMAT = 2;

/** How serious a finding is, most serious first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A lowercase kebab-case id: `jane-doe`, `install-scanners`. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A name written as an id, or '' when no letter or digit is left: `Acme Field Services` ->
 * `acme-field-services`, `Café Noël` -> `cafe-noel`, `O'Doe` -> `odoe`, `Site 8` -> `site-8`.
 * The one way every suggestion, `init` and the generator turn a name into an id.
 */
export function idFrom(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id a message suggests for `text`: `my-id` when no letter or digit is left. */
export function suggestedId(text: string): string {
  return idFrom(text) || 'my-id';
}
