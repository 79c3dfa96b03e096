// The rules the checker runs, in this order. A new rule is one file beside this one, listed here;
// catalog.ts reads its id, severity and description from it. (`schema` findings come from
// loading, not from a rule here.)
import { agreementUnsigned } from './agreement-unsigned.ts';
import { backdatedTouchpoint } from './backdated-touchpoint.ts';
import type { BaseRule } from './base-rule.ts';
import { closedPlanOpenItems } from './closed-plan-open-items.ts';
import { dependencyCycle } from './dependency-cycle.ts';
import { dependencyOrder } from './dependency-order.ts';
import { dueSoon } from './due-soon.ts';
import { duplicateId } from './duplicate-id.ts';
import { futureDate } from './future-date.ts';
import { governanceOverdue } from './governance-overdue.ts';
import { guideReviewDue } from './guide-review-due.ts';
import { handoffLate } from './handoff-late.ts';
import { incidentUnexplained } from './incident-unexplained.ts';
import { ownerAbsent } from './owner-absent.ts';
import { unagreedAddition } from './unagreed-addition.ts';
import { historyRewritten } from './history-rewritten.ts';
import { handoffIncomplete } from './handoff-incomplete.ts';
import { milestoneOverdue } from './milestone-overdue.ts';
import { overdue } from './overdue.ts';
import type { Rule } from './rule.ts';
import { silentSlip } from './silent-slip.ts';
import { slipMismatch } from './slip-mismatch.ts';
import { slipUndisclosed } from './slip-undisclosed.ts';
import { staleFollowUp } from './stale-follow-up.ts';
import { unknownReference } from './unknown-reference.ts';
import { vanishedCommitment } from './vanished-commitment.ts';

export const CONTENT_RULES: readonly Rule[] = [
  unknownReference,
  duplicateId,
  dependencyCycle,
  slipUndisclosed,
  slipMismatch,
  futureDate,
  overdue,
  milestoneOverdue,
  staleFollowUp,
  ownerAbsent,
  governanceOverdue,
  incidentUnexplained,
  handoffIncomplete,
  agreementUnsigned,
  dependencyOrder,
  closedPlanOpenItems,
  dueSoon,
  handoffLate,
  guideReviewDue,
];

/** The rules that compare with a base; they run only with `check --base REF`. */
export const BASE_RULES: readonly BaseRule[] = [silentSlip, vanishedCommitment, historyRewritten, unagreedAddition, backdatedTouchpoint];

export type { Rule, RuleContext } from './rule.ts';
export type { BaseRule, BaseRuleContext, Comparison } from './base-rule.ts';
