// Commitments and milestones as they stand on a day: whose they are, who on our side answers for
// them, their status, and how their dates moved. Both kinds of item are read the same way, so a
// milestone slips, is dropped and is added after signing exactly as a commitment is.
import type { Content, Indexed, Plan } from '../content.ts';
import { daysBetween, type CalendarDate } from '../dates.ts';
import type { Addition, CommitmentData, MilestoneData, Slip } from '../schema/index.ts';
import { ID_PATTERN } from '../schema/values.ts';
import { contactName } from './contact-names.ts';
import { daysLate, itemStatus, milestoneStatus, type ItemStatus, type MilestoneStatus } from './status.ts';

/** Ours (a person id owns it), the client's (a contact owns it), or internal (between our own teams). */
export type Side = 'ours' | 'client' | 'internal';

interface ItemViewBase {
  /** `<account>/<plan>#<id>` */
  key: string;
  id: string;
  plan: Plan;
  /** What is promised: a commitment's `what`, a milestone's title. */
  title: string;
  side: Side;
  /**
   * The owner: a person id or a contact's name (as written in the account's `contacts`, whichever
   * Unicode form the item's `owner` is typed in); for a milestone its `owner`, else the plan's.
   */
  ownerId: string;
  /** The owner's name: a person's name from people.yaml, or the contact's name. */
  ownerName: string;
  /** For the client's items: who on our side follows it up (`chaser`, else the plan's owner). */
  chaserId: string | undefined;
  chaserName: string | undefined;
  /**
   * The person on our side who answers for it: the owner of our own and internal items, the
   * chaser of the client's, a milestone's owner or else the plan's.
   */
  answerableId: string;
  /** Neither done nor dropped. */
  open: boolean;
  /** The day it was done, when it is done as of today (a `done` dated later has not happened yet). */
  doneOn: CalendarDate | undefined;
  /** Days past due for an overdue item, else 0. */
  daysLate: number;
  slips: readonly Slip[];
  /** The due date first agreed: the first slip's `from`, or `due` if it never slipped. */
  firstDue: CalendarDate;
  /** Added after the agreement was signed (`added`): not part of the scope both sides signed. */
  addition: Addition | undefined;
  /**
   * The due date as the letter of agreement was signed, for an item of the signed scope of a
   * plan both sides signed; `undefined` otherwise. Differs from `due` when it slipped since.
   */
  signedDue: CalendarDate | undefined;
}

export interface CommitmentView extends ItemViewBase {
  kind: 'commitment';
  data: Indexed<CommitmentData>;
  status: ItemStatus;
}

export interface MilestoneView extends ItemViewBase {
  kind: 'milestone';
  data: Indexed<MilestoneData>;
  status: MilestoneStatus;
}

export type ItemView = CommitmentView | MilestoneView;

/**
 * Whose a commitment is: internal when it says so, else ours when a person id owns it, else the
 * client's. While people.yaml cannot be read (its own finding says why), an owner written as an id
 * (`omar-haddad`) is taken for one of ours and a name (`Bob Smith`) for a contact, rather than
 * calling all of our people the client.
 */
export function commitmentSide(content: Pick<Content, 'personIds' | 'peopleUnreadable'>, commitment: { owner: string; internal?: boolean | undefined }): Side {
  if (commitment.internal === true) return 'internal';
  if (content.peopleUnreadable) return ID_PATTERN.test(commitment.owner) ? 'ours' : 'client';
  return content.personIds.has(commitment.owner) ? 'ours' : 'client';
}

/**
 * Who on our side follows a commitment up: for one of the client's, its `chaser`, else the plan's
 * owner; `undefined` for our own and internal ones (and for a milestone, which has no chaser).
 */
export function chaserOf(content: Pick<Content, 'personIds' | 'peopleUnreadable'>, planOwner: string, commitment: { owner: string; internal?: boolean | undefined; chaser?: string | undefined }): string | undefined {
  return commitmentSide(content, commitment) === 'client' ? (commitment.chaser ?? planOwner) : undefined;
}

/** The commitments and milestones of one plan. */
export function deriveItems(content: Content, plan: Plan, promising: boolean, signedOn: CalendarDate | undefined, asOf: CalendarDate): { commitments: CommitmentView[]; milestones: MilestoneView[] } {
  const { remindDays } = content.settings;
  const name = (id: string): string => content.people.get(id)?.name ?? id;
  // Each view is one object literal with its fields always in this order: every item view has
  // one shape, and no part is made only to be copied into it.
  const view = <K extends ItemView['kind'], D extends ItemView['data'], S extends ItemStatus>(
    kind: K,
    data: D,
    status: S,
    title: string,
    side: Side,
    ownerId: string,
    ownerName: string,
    chaserId: string | undefined,
  ): ItemViewBase & { kind: K; data: D; status: S } => ({
    key: `${plan.id}#${data.id}`,
    id: data.id,
    plan,
    open: status !== 'done' && status !== 'dropped',
    doneOn: status === 'done' ? data.done : undefined,
    daysLate: daysLate(status, data.due, asOf),
    slips: data.slips,
    firstDue: data.slips[0]?.from ?? data.due,
    addition: data.added,
    signedDue: signedOn === undefined || data.added !== undefined || side === 'internal' ? undefined : signedDue(data, signedOn),
    kind,
    data,
    status,
    title,
    side,
    ownerId,
    ownerName,
    chaserId,
    chaserName: chaserId === undefined ? undefined : name(chaserId),
    answerableId: chaserId ?? ownerId,
  });
  const commitments = plan.commitments.map((data): CommitmentView => {
    const side = commitmentSide(content, data);
    const chaserId = chaserOf(content, plan.data.owner, data);
    // The client's owner by the contact's name as written in `contacts`, whichever Unicode form the
    // owner is typed in: one person is one group in the trend, one lane on the timeline.
    const owner = side === 'client' ? contactName(plan.account, data.owner) : data.owner;
    return view('commitment', data, itemStatus(data, promising, asOf, remindDays), data.what, side, owner, side === 'client' ? owner : name(owner), chaserId);
  });
  const milestones = plan.milestones.map((data): MilestoneView => {
    const owner = data.owner ?? plan.data.owner;
    return view('milestone', data, milestoneStatus(data, promising, asOf, remindDays), data.title, 'ours', owner, name(owner), undefined);
  });
  return { commitments, milestones };
}

/**
 * An item's due date as it stood when the agreement was signed on `signedOn`: the `from` of the
 * first slip dated after that day, else the current `due` (it has not moved since).
 *
 * This is derived from the slips rather than from git history on purpose: the slips are the
 * record the playbook keeps (and `silent-slip` makes every later move add one), they say when a
 * date was renegotiated rather than when someone committed a file, and they are there in a
 * shallow clone, a site build without history or a folder that is not a repository at all.
 * A slip dated the day of signing is taken as part of what was signed.
 */
export function signedDue(item: { due: CalendarDate; slips: readonly Slip[] }, signedOn: CalendarDate): CalendarDate {
  return item.slips.find((slip) => slip.date > signedOn)?.from ?? item.due;
}

/** "Omar Haddad", or "Rosa Delgado (client)" for an item of the client's side. */
export function ownerLabel(item: ItemView): string {
  return item.side === 'client' ? `${item.ownerName} (client)` : item.ownerName;
}

/** "owner Omar Haddad", or "owner Rosa Delgado (client), chased by Kim Lee": how findings name who answers. */
export function ownerAndChaser(item: ItemView): string {
  return item.chaserName === undefined ? `owner ${ownerLabel(item)}` : ownerChasedBy(ownerLabel(item), item.chaserName);
}

/**
 * The same for one of the client's commitments known only as written (at a git base, or with a
 * duplicate id): `owner` the contact who owns it, `chaser` the person id who chases it.
 */
export function clientOwnerAndChaser(people: Content['people'], owner: string, chaser: string): string {
  return ownerChasedBy(`${owner} (client)`, people.get(chaser)?.name ?? chaser);
}

function ownerChasedBy(ownerLabel: string, chaserName: string): string {
  return `owner ${ownerLabel}, chased by ${chaserName}`;
}

/** Where an item is written: `['commitments', 3]` or `['milestones', 0]`. */
export function itemPath(item: ItemView): ['commitments' | 'milestones', number] {
  return [item.kind === 'commitment' ? 'commitments' : 'milestones', item.data.index];
}

/** "Install scanners at all 8 facilities", or "Milestone Pilot site live". */
export function itemLabel(item: ItemView): string {
  return item.kind === 'milestone' ? `Milestone ${item.title}` : item.title;
}
