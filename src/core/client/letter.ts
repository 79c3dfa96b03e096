// The letter of agreement as a document both sides may read: the scope both sides signed (never
// an internal item, never a risk note), what was added under the signatures since (with when,
// who agreed and why), and one signature line per signer, plus a blank one for a side that has
// not signed. The main site and the client's view print it from this one value.
import type { CalendarDate } from '../dates.ts';
import type { Content, Plan } from '../content.ts';
import { compareText } from '../findings.ts';
import { contactName, type ItemView, type PlanView } from '../model.ts';

export interface LetterItem {
  /** "1", "2"... for commitments, "M1"... for milestones, in due-date order. */
  number: string;
  what: string;
  /** Who does it: the owner's name (a milestone has none on the letter). */
  who: string | undefined;
  due: CalendarDate;
  /** The due date as signed, when it moved since. */
  signedDue: CalendarDate | undefined;
  done: CalendarDate | undefined;
}

export interface LetterAddition extends LetterItem {
  /** "Northpeak will", "Maple Grocers will", or "Milestone". */
  side: string;
  added: CalendarDate;
  /** Who on the client's side agreed, as written. */
  agreedBy: string | undefined;
  reason: string;
}

export interface LetterSigner {
  name: string;
  title: string | undefined;
  date: CalendarDate | undefined;
}

export interface Letter {
  title: string;
  client: string;
  company: string;
  kickoff: CalendarDate;
  target: CalendarDate | undefined;
  breakInUntil: CalendarDate | undefined;
  deliveryLead: string;
  relationshipOwner: string | undefined;
  /** Our side first, then the client's: the signed scope, without dropped items. */
  sides: { title: string; items: LetterItem[] }[];
  milestones: LetterItem[];
  /** Items added after signing, with who agreed and why. */
  additions: LetterAddition[];
  /** How many items of the signed scope were dropped by agreement (not listed). */
  dropped: number;
  /** How many due dates moved since signing. */
  moved: number;
  signedOn: CalendarDate | undefined;
  /** Each side's signers; a side nobody signed has one blank line. */
  signatures: { party: string; signers: LetterSigner[] }[];
}

/** The company's name, from the playbook's title ("Acme Services playbook" -> "Acme Services"). */
export function companyName(content: Content): string {
  return content.settings.title.replace(/\s+playbook$/i, '') || content.settings.title;
}

/** Who agreed to an addition, named as the account's `contacts` write them. */
export function agreedBy(plan: Plan, told: string | undefined): string | undefined {
  return told === undefined ? undefined : contactName(plan.account, told);
}

export function letterOf(content: Content, view: PlanView): Letter {
  const { plan, agreement } = view;
  const { data } = plan;
  const client = plan.account?.data.name ?? plan.accountId;
  const company = companyName(content);
  const name = (id: string) => content.people.get(id)?.name ?? id;
  const numbers = numbering([...agreement.scope.milestones, ...agreement.additions.filter((i) => i.kind === 'milestone')], 'M');
  const commitmentNumbers = numbering([...agreement.scope.commitments, ...agreement.additions.filter((i) => i.kind === 'commitment')], '');
  const item = (i: ItemView): LetterItem => ({
    number: (i.kind === 'milestone' ? numbers : commitmentNumbers).get(i)!,
    what: i.title,
    // A milestone's owner too: the additions' table names who answers for each (the plan's owner
    // for a milestone that names none).
    who: i.ownerName,
    due: i.data.due,
    signedDue: i.signedDue !== undefined && i.signedDue !== i.data.due ? i.signedDue : undefined,
    done: i.doneOn,
  });
  const kept = <T extends ItemView>(items: readonly T[]) => byNumber(items.filter((i) => !i.data.dropped), (i) => (i.kind === 'milestone' ? numbers : commitmentNumbers).get(i)!);
  const sideTitle = (i: ItemView) => (i.kind === 'milestone' ? 'Milestone' : i.side === 'client' ? `${client} will` : `${company} will`);
  const signers = (side: 'customer' | 'us'): LetterSigner[] => {
    const written = agreement[side].map((s) => ({ name: s.name, title: s.title, date: s.date }));
    return written.length > 0 ? written : [{ name: '', title: undefined, date: undefined }];
  };
  const scope = [...agreement.scope.milestones, ...agreement.scope.commitments];
  return {
    title: data.title,
    client,
    company,
    kickoff: data.kickoff,
    target: data.target,
    breakInUntil: data.break_in_until,
    deliveryLead: name(data.owner),
    relationshipOwner: plan.account ? name(plan.account.data.owner) : undefined,
    sides: [
      { title: `${company} will`, items: kept(agreement.scope.commitments.filter((c) => c.side === 'ours')).map(item) },
      { title: `${client} will`, items: kept(agreement.scope.commitments.filter((c) => c.side === 'client')).map(item) },
    ],
    milestones: kept(agreement.scope.milestones).map(item),
    additions: kept(agreement.additions).map((i) => ({ ...item(i), side: sideTitle(i), added: i.addition!.date, agreedBy: agreedBy(plan, i.addition!.told), reason: i.addition!.reason })),
    dropped: scope.filter((i) => i.data.dropped).length,
    moved: scope.filter((i) => !i.data.dropped && i.signedDue !== undefined && i.signedDue !== i.data.due).length,
    signedOn: agreement.signedOn,
    signatures: [
      { party: client, signers: signers('customer') },
      { party: company, signers: signers('us') },
    ],
  };
}

/** Numbers in due-date order (then written order), prefixed: "1", "2"... or "M1", "M2"... */
function numbering(items: readonly ItemView[], prefix: string): Map<ItemView, string> {
  const sorted = [...items].sort((a, b) => compareText(a.data.due, b.data.due) || a.data.index - b.data.index);
  return new Map(sorted.map((item, i) => [item, `${prefix}${i + 1}`]));
}

function byNumber<T>(items: readonly T[], number: (item: T) => string): T[] {
  const value = (text: string) => Number(text.replace(/^M/, ''));
  return [...items].sort((a, b) => value(number(a)) - value(number(b)));
}
