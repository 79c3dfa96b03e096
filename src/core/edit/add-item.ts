// The edit behind `playbook add`: a new commitment or milestone at the end of the plan's list.
// Once both sides have signed the letter of agreement, an item of ours or the client's is work
// added under the client's signature: it is recorded with `added` (when, who on the client's side
// agreed, and why), which the contract asks for and `unagreed-addition` checks at review time.
import type { Account, Content, Plan } from '../content.ts';
import type { CalendarDate } from '../dates.ts';
import { commitmentSide, type Side } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import type { EditContext } from './apply.ts';
import { EditError } from './errors.ts';
import { accountOf, editFrontmatter, PLAN_ORDER, planView, validField, type Edit } from './file-edit.ts';
import { plain, type YamlFields, type YamlValue } from './render.ts';
import { calendarDate, findPlan, pastDate, requireContactOrPerson, requireId, requirePerson, requireText, requireTold } from './targets.ts';
import { nameOf } from './who.ts';

/** Who agreed to an item added after signing, and why; `date` defaults to today. */
export interface AdditionInput {
  told?: string;
  reason?: string;
  date?: string;
}

export interface NewCommitmentInput extends AdditionInput {
  kind: 'commitment';
  id: string;
  what: string;
  /** A person id (ours) or a contact's name (the client's). */
  owner: string;
  due: string;
  milestone?: string;
  after?: readonly string[];
  /** For the client's commitments: who on our side follows it up. */
  chaser?: string;
  internal?: boolean;
}

export interface NewMilestoneInput extends AdditionInput {
  kind: 'milestone';
  id: string;
  title: string;
  due: string;
  owner?: string;
}

export type NewItemInput = NewCommitmentInput | NewMilestoneInput;

export function addItem(context: EditContext, planId: string, input: NewItemInput): Edit {
  const { content } = context.current;
  const plan = findPlan(content, planId);
  const list = input.kind === 'commitment' ? 'commitments' : 'milestones';
  validField(plan, list);
  const id = newItemId(plan, input.id, input.kind);
  const due = calendarDate(input.due, '--due');
  const item = input.kind === 'commitment' ? commitmentFields(content, plan, id, due, input) : milestoneFields(content, id, due, input);
  const addition = additionFields(context, plan, input, item.side);
  const fields: YamlFields = addition ? [...item.fields, ['added', addition.fields]] : item.fields;
  const change = editFrontmatter(content, plan.file.contentPath, (editor, root) => {
    editor.appendToList(root, list, fields, PLAN_ORDER);
  });
  const agreed = addition ? ` Recorded as added after signing: ${addition.told} agreed on ${addition.date}.` : '';
  return { change, summary: `Added the ${input.kind} ${plan.id}#${id} (${item.title}) to ${plan.data.title}: ${item.details}.${agreed}` };
}

/** A kebab-case id that no commitment or milestone of the plan has (`duplicate-id` is per plan). */
function newItemId(plan: Plan, id: string, kind: NewItemInput['kind']): string {
  requireId(id, kind);
  const commitment = plan.commitments.find((c) => c.id === id);
  const milestone = plan.milestones.find((m) => m.id === id);
  if (commitment || milestone || plan.commitmentIds.has(id) || plan.milestoneIds.has(id)) {
    const what = commitment ? `a commitment \`${id}\` (${commitment.what})` : milestone ? `a milestone \`${id}\` (${milestone.title})` : `an item \`${id}\``;
    throw new EditError(`${plan.id} already has ${what}; give the new ${kind} an id of its own.`);
  }
  return id;
}

interface ItemFields {
  fields: [string, YamlValue][];
  side: Side;
  title: string;
  /** `owner omar-haddad, due 2026-12-15`, for the summary. */
  details: string;
}

function commitmentFields(content: Content, plan: Plan, id: string, due: CalendarDate, input: NewCommitmentInput): ItemFields {
  const account = accountOf(plan);
  const what = requireText(input.what, '--what');
  const owner = commitmentOwner(content, account, input.owner, input.internal === true);
  const side = commitmentSide(content, { owner, internal: input.internal });
  if (input.chaser !== undefined && side !== 'client') {
    const whose = side === 'internal' ? 'an internal commitment is followed up by its owner' : `${owner} is one of our people and answers for it`;
    throw new EditError(`--chaser is only for the client's commitments (owned by a contact of ${account.data.name}): ${whose}.`);
  }
  const chaser = input.chaser === undefined ? undefined : requirePerson(content, input.chaser, '--chaser');
  const milestone = input.milestone === undefined ? undefined : existingMilestone(plan, input.milestone);
  const after = [...new Set((input.after ?? []).map((ref) => existingCommitment(plan, ref)))];

  const fields: [string, YamlValue][] = [
    ['id', id],
    ['what', what],
    ['owner', owner],
  ];
  if (chaser !== undefined) fields.push(['chaser', chaser]);
  if (side === 'internal') fields.push(['internal', plain('true')]);
  fields.push(['due', plain(due)]);
  if (milestone !== undefined) fields.push(['milestone', milestone]);
  if (after.length > 0) fields.push(['after', after]);
  const whose =
    side === 'client' ? ` (client), chased by ${chaser !== undefined ? nameOf(content, chaser) : `${nameOf(content, plan.data.owner)} (the plan's owner)`}` : side === 'internal' ? ' (internal)' : '';
  return { fields, side, title: what, details: `owner ${nameOf(content, owner, account.contactNames)}${whose}, due ${due}` };
}

/** A commitment's owner: a person id or a contact's name; only a person for an internal one. */
function commitmentOwner(content: Content, account: Account, owner: string, internal: boolean): string {
  if (!internal) return requireContactOrPerson(content, account, owner, '--owner');
  const trimmed = owner.trim();
  if (account.contactNames?.has(trimmed) && !content.personIds.has(trimmed)) {
    throw new EditError(`--owner "${trimmed}" is a contact of ${account.data.name}, but an internal commitment is between our own teams: its owner is one of our people (a person id).`);
  }
  return requirePerson(content, trimmed, '--owner');
}

function existingMilestone(plan: Plan, id: string): string {
  if (plan.milestoneIds.has(id)) return id;
  const ids = [...plan.milestoneIds];
  throw new EditError(`--milestone \`${id}\` is not a milestone of ${plan.id}${didYouMean(id, ids)}; its milestones are ${ids.join(', ') || 'none yet (add one with `playbook add ' + plan.id + ' milestone`)'}.`);
}

function existingCommitment(plan: Plan, id: string): string {
  if (plan.commitmentIds.has(id)) return id;
  if (plan.milestoneIds.has(id)) throw new EditError(`--after \`${id}\` is a milestone of ${plan.id}; --after names commitments it waits for (use --milestone to place it in a milestone).`);
  const ids = [...plan.commitmentIds];
  throw new EditError(`--after \`${id}\` is not a commitment of ${plan.id}${didYouMean(id, ids)}; its commitments are ${ids.join(', ') || 'none yet'}.`);
}

function milestoneFields(content: Content, id: string, due: CalendarDate, input: NewMilestoneInput): ItemFields {
  const title = requireText(input.title, '--title');
  const owner = input.owner === undefined ? undefined : requirePerson(content, input.owner, '--owner');
  const fields: [string, YamlValue][] = [
    ['id', id],
    ['title', title],
  ];
  if (owner !== undefined) fields.push(['owner', owner]);
  fields.push(['due', plain(due)]);
  return { fields, side: 'ours', title, details: `${owner === undefined ? '' : `owner ${nameOf(content, owner)}, `}due ${due}` };
}

/**
 * `added: { date, told, reason }`, or nothing. Before both sides have signed, a new item is part
 * of the scope they will sign, so an addition is refused rather than written: it would take the
 * item out of that scope. After signing, an item of ours or the client's needs one; an internal
 * item never does (it is not on the letter), but may record one, told to a colleague.
 */
function additionFields(context: EditContext, plan: Plan, input: NewItemInput, side: Side): { fields: YamlFields; told: string; date: CalendarDate } | undefined {
  const { content, asOf } = context.current;
  const { signed, signedOn } = planView(context, plan).agreement;
  const given = [input.told !== undefined && '--told', input.reason !== undefined && '--reason', input.date !== undefined && '--date'].filter((flag): flag is string => flag !== false);
  if (!signed) {
    if (given.length === 0) return undefined;
    throw new EditError(
      `${plan.id} is not signed by both sides yet, so the new ${input.kind} is part of the scope they will sign; leave out ${listed(given)} (they record an item added after signing).`,
    );
  }
  if (side === 'internal' && given.length === 0) return undefined;
  if (input.told === undefined || input.reason === undefined) {
    const missing = listed([input.told === undefined && '--told NAME', input.reason === undefined && '--reason TEXT'].filter((flag): flag is string => flag !== false));
    const why =
      side === 'internal'
        ? `an internal commitment needs no record of its addition, but one that is written says who was told and why: give ${missing}, or leave out ${listed(given)}`
        : `the letter of agreement of ${plan.id} was signed on ${signedOn}, so a ${input.kind} added now is work under the client's signature: say who on the client's side agreed (--told, a contact of ${accountOf(plan).data.name}) and why (--reason); missing: ${missing}`;
    throw new EditError(`${why}.`);
  }
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  if (signedOn !== undefined && date < signedOn) {
    throw new EditError(`--date ${date} is before the letter of agreement of ${plan.id} was signed (${signedOn}): an item added under the signatures is added on or after that day.`);
  }
  const told = requireTold(content, accountOf(plan), input.told, side === 'internal');
  const reason = requireText(input.reason, '--reason');
  return {
    fields: [
      ['date', plain(date)],
      ['told', told],
      ['reason', reason],
    ],
    told: nameOf(content, told, accountOf(plan).contactNames),
    date,
  };
}

/** `a`, `a and b`, `a, b and c` */
function listed(flags: readonly string[]): string {
  return flags.length <= 1 ? (flags[0] ?? '') : `${flags.slice(0, -1).join(', ')} and ${flags[flags.length - 1]}`;
}
