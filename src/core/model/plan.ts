// A plan as it stands on a day: whether it promises dates or is closed, its items, its handoff
// checklist and its letter of agreement.
import type { Content, Plan } from '../content.ts';
import type { CalendarDate } from '../dates.ts';
import { deriveAgreement, signingDate, type AgreementView } from './agreement.ts';
import { deriveItems, type CommitmentView, type MilestoneView } from './items.ts';
import { CLOSED_STATUSES, hasStarted, PROMISING_STATUSES } from './status.ts';

export interface HandoffItem {
  id: string;
  /** What must be true before kickoff, from playbook.yaml's checklist. */
  label: string;
  done: CalendarDate | undefined;
  /** Dated after the plan's kickoff: delivery started without it. */
  late: boolean;
}

export interface PlanView {
  plan: Plan;
  /** Agreed or active: its dates are promises today. */
  promising: boolean;
  /** Done or cancelled. */
  closed: boolean;
  commitments: CommitmentView[];
  milestones: MilestoneView[];
  /** The checklist in playbook.yaml's order, each item with the date it was done. */
  handoff: HandoffItem[];
  /**
   * The checklist items without a date of a plan that promises dates and has started (kickoff
   * today or earlier): delivery began without them (`handoff-incomplete`, the reminders issue).
   */
  handoffMissing: HandoffItem[];
  agreement: AgreementView;
  /** The day the agreement took effect (the latest signature), when both sides signed. */
  signedOn: CalendarDate | undefined;
}

export function derivePlan(content: Content, plan: Plan, asOf: CalendarDate): PlanView {
  const promising = PROMISING_STATUSES.has(plan.data.status);
  const signedOn = signingDate(plan);
  const { commitments, milestones } = deriveItems(content, plan, promising, signedOn, asOf);
  const handoff = Object.entries(content.settings.checklist).map(([id, label]): HandoffItem => {
    const done = Object.hasOwn(plan.data.handoff, id) ? plan.data.handoff[id] : undefined;
    return { id, label, done, late: done !== undefined && done > plan.data.kickoff };
  });
  return {
    plan,
    promising,
    closed: CLOSED_STATUSES.has(plan.data.status),
    commitments,
    milestones,
    handoff,
    handoffMissing: promising && hasStarted(plan.data.kickoff, asOf) && !plan.invalidFields.has('handoff') ? handoff.filter((item) => item.done === undefined) : [],
    agreement: deriveAgreement(content, plan, commitments, milestones, signedOn),
    signedOn,
  };
}
