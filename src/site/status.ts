// How each status reads on the page: a word and a symbol, never colour alone. The statuses
// themselves come from the core's model; this only names them.
import type { CommitmentStatus, MilestoneStatus } from '../core/model.ts';
import type { Severity } from '../core/findings.ts';

export interface StatusLabel {
  label: string;
  /** A symbol shown beside the word, hidden from screen readers (the word says it). */
  icon: string;
}

export const STATUS_LABELS: Record<CommitmentStatus | MilestoneStatus, StatusLabel> = {
  overdue: { label: 'Overdue', icon: '▲' },
  'due-soon': { label: 'Due soon', icon: '◆' },
  'at-risk': { label: 'At risk', icon: '!' },
  open: { label: 'Open', icon: '○' },
  done: { label: 'Done', icon: '✓' },
  dropped: { label: 'Dropped', icon: '✕' },
};

export const SEVERITY_LABELS: Record<Severity, StatusLabel> = {
  error: { label: 'Error', icon: '✕' },
  warning: { label: 'Warning', icon: '▲' },
  notice: { label: 'Notice', icon: 'i' },
};

export const PLAN_STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  agreed: 'Agreed',
  active: 'Active',
  done: 'Done',
  cancelled: 'Cancelled',
};

/**
 * What a plan's status means for its dates, beside the status on the plan's page: a draft
 * promises nothing yet; a closed plan's dates are no longer judged (an open commitment in it is
 * `closed-plan-open-items`). Agreed and active plans promise their dates: nothing to add.
 */
export const PLAN_STATUS_NOTES: Record<string, string | undefined> = {
  draft: 'no dates are promised yet',
  done: 'closed: its dates are no longer judged',
  cancelled: 'closed: its dates are no longer judged',
};

export const STAGE_LABELS: Record<string, string> = {
  prospect: 'Prospect',
  onboarding: 'Onboarding',
  delivery: 'Delivery',
  partner: 'Partner',
  paused: 'Paused',
  closed: 'Closed',
};

export const SIDE_LABELS = { ours: 'Ours', client: 'Client', internal: 'Internal' } as const;

/** Whose cause an incident was, in words that blame nobody. */
export const CAUSE_LABELS: Record<string, string> = { ours: 'On our side', client: 'On the client’s side', 'third-party': 'A third party', unknown: 'Not known yet' };
