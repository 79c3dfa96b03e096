// The letter of agreement of a plan: who signed for each side, whether it is signed, what scope
// both sides signed, what was added under those signatures since, and what moved.
import type { Content, Plan, Signer } from '../content.ts';
import { daysBetween, type CalendarDate } from '../dates.ts';
import { contactName } from './contact-names.ts';
import type { CommitmentView, ItemView, MilestoneView } from './items.ts';

export interface SignerView extends Signer {
  /** The signer's name: a person's name from people.yaml for us, the contact's name for the client. */
  name: string;
}

/** One way the plan differs from what was signed. */
export type AgreementChange =
  | { kind: 'moved'; item: ItemView; signed: CalendarDate; now: CalendarDate; days: number }
  | { kind: 'dropped'; item: ItemView; date: CalendarDate; reason: string }
  | { kind: 'added'; item: ItemView; date: CalendarDate; reason: string; told: string | undefined };

export interface AgreementView {
  customer: SignerView[];
  us: SignerView[];
  /** Both sides have at least one signature. */
  signed: boolean;
  /** The latest signature's date, when both sides signed. */
  signedOn: CalendarDate | undefined;
  /** The scope both sides sign: every item of either side without `added`, never an internal one. */
  scope: { commitments: CommitmentView[]; milestones: MilestoneView[] };
  /** Items added after signing (with `added`), never internal ones. */
  additions: ItemView[];
  /** Since signing: moved due dates, drops and additions, in the plan's order. Empty until signed. */
  changes: AgreementChange[];
}

/** The latest date among all signatures, when both sides signed. */
export function signingDate(plan: Plan): CalendarDate | undefined {
  if (!plan.signatures.some((s) => s.side === 'customer') || !plan.signatures.some((s) => s.side === 'us')) return undefined;
  return plan.signatures.reduce((latest, s) => (s.date > latest ? s.date : latest), plan.signatures[0]!.date);
}

/** `signedOn`: the plan's `signingDate`, which its caller has already. */
export function deriveAgreement(content: Content, plan: Plan, commitments: readonly CommitmentView[], milestones: readonly MilestoneView[], signedOn: CalendarDate | undefined): AgreementView {
  // A customer's signer by the contact's name as written in `contacts`, whichever Unicode form `by` is typed in.
  const signers = plan.signatures.map((s): SignerView => ({ ...s, name: s.side === 'us' ? (content.people.get(s.by)?.name ?? s.by) : contactName(plan.account, s.by) }));
  // One pass over each kind (a plan is derived for every page and every check): the items both
  // sides see (never internal ones), and of those the signed scope and the additions.
  const items: ItemView[] = [];
  const additions: ItemView[] = [];
  const sort = <T extends ItemView>(all: readonly T[], scope: T[]) => {
    for (let n = 0; n < all.length; n++) {
      const item = all[n]!;
      if (item.side === 'internal') continue;
      items.push(item);
      if (item.addition === undefined) scope.push(item);
      else additions.push(item);
    }
  };
  const scope = { commitments: [] as CommitmentView[], milestones: [] as MilestoneView[] };
  sort(milestones, scope.milestones);
  sort(commitments, scope.commitments);
  const changes: AgreementChange[] = [];
  if (signedOn !== undefined) {
    for (const item of items) {
      if (item.addition) changes.push({ kind: 'added', item, date: item.addition.date, reason: item.addition.reason, told: item.addition.told });
      else if (item.signedDue !== undefined && item.signedDue !== item.data.due) {
        changes.push({ kind: 'moved', item, signed: item.signedDue, now: item.data.due, days: daysBetween(item.signedDue, item.data.due) });
      }
      // A drop is a change to what was signed once it has happened (its date is today or earlier)
      // and came after the signing: one before it was part of what both sides signed, as a slip is.
      const drop = item.data.dropped;
      if (drop && item.addition === undefined && item.status === 'dropped' && drop.date > signedOn) changes.push({ kind: 'dropped', item, date: drop.date, reason: drop.reason });
    }
  }
  return {
    customer: signers.filter((s) => s.side === 'customer'),
    us: signers.filter((s) => s.side === 'us'),
    signed: signedOn !== undefined,
    signedOn,
    scope,
    additions,
    changes,
  };
}
