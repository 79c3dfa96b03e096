// The edits behind `playbook log`, `done`, `drop`, `slip` and `handoff`: each checks its input
// against the loaded playbook, then builds the changed file as splices into the original text.
// (`add` is in add-item.ts, `sign` in sign.ts, `new` in scaffold.ts.)
import type { YAMLMap } from 'yaml';
import type { Touchpoint } from '../schema/index.ts';
import { TOUCHPOINT_KINDS } from '../schema/values.ts';
import { followUpDays, reachesClient, type ItemView } from '../model.ts';
import { addDays } from '../dates.ts';
import { cadenceLabel } from '../rules/describe.ts';
import { own } from '../own.ts';
import { didYouMean } from '../suggest.ts';
import type { EditContext } from './apply.ts';
import { EditError, FlagError } from './errors.ts';
import { accountOf, ACCOUNT_ORDER, COMMITMENT_ORDER, editFrontmatter, mapUnder, MILESTONE_ORDER, PLAN_ORDER, validField, type Edit } from './file-edit.ts';
import { plain, type YamlFields, type YamlValue } from './render.ts';
import { calendarDate, findAccount, findItem, findPlan, pastDate, requireContactOrPerson, requirePerson, requireText, requireTold, type FoundItem, type ItemRef } from './targets.ts';
import { nameOf } from './who.ts';
import type { YamlEditor } from './yaml-edit.ts';

export type { Edit };

// ---------------------------------------------------------------------------------------------
// log

export interface TouchpointInput {
  /** Default: today. */
  date?: string;
  by: string;
  /** Contacts of the account and/or our own people (person ids). */
  with: readonly string[];
  kind: string;
  note?: string;
}

export function logTouchpoint(context: EditContext, accountId: string, input: TouchpointInput): Edit {
  const { content, asOf } = context.current;
  const account = findAccount(content, accountId);
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const by = requirePerson(content, input.by, '--by');
  const withNames = input.with.map((name) => requireContactOrPerson(content, account, name, '--with'));
  const kind = input.kind.trim();
  if (!(TOUCHPOINT_KINDS as readonly string[]).includes(kind)) {
    throw new FlagError(`--kind ${kind} is not a kind of touchpoint${didYouMean(kind, TOUCHPOINT_KINDS)}; the kinds are ${TOUCHPOINT_KINDS.join(', ')}.`);
  }
  const note = input.note === undefined ? undefined : requireText(input.note, '--note');
  const entry: [string, YamlValue][] = [
    ['date', plain(date)],
    ['by', by],
  ];
  if (withNames.length > 0) entry.push(['with', withNames]);
  entry.push(['kind', kind]);
  if (note !== undefined) entry.push(['note', note]);
  const change = editFrontmatter(content, account.file.contentPath, (editor, root) => {
    editor.appendToList(root, 'touchpoints', entry, ACCOUNT_ORDER);
  });
  const contacts = account.contactNames;
  const people = withNames.length > 0 ? ` with ${withNames.map((name) => nameOf(content, name, contacts)).join(', ')}` : '';
  // Said, not refused: a touchpoint among our own people is worth logging, but people who meant to
  // record a follow-up should learn here that it does not count as one.
  const internal = reachesClient(account, { with: withNames })
    ? ''
    : `; it names none of the contacts of ${account.data.name}, so it is internal and not a follow-up with the client`;
  // Said now rather than only in the pull request, where backdated-touchpoint warns of it: a
  // touchpoint is logged when it happens, and one logged late does not make a stale account fresh.
  const cadence = followUpDays(account, content.settings);
  const late = addDays(date, cadence) >= asOf
    ? ''
    : `. It is dated more than the follow-up cadence (${cadenceLabel(cadence)}) before today: its pull request will show it as backdated-touchpoint (a warning); keep it if it did happen then`;
  return { change, summary: `Logged ${kind === 'email' ? 'an' : 'a'} ${kind as Touchpoint['kind']} of ${date} by ${nameOf(content, by)}${people} for ${account.data.name}${internal}${late}.` };
}

// ---------------------------------------------------------------------------------------------
// done, drop, slip: on commitments and milestones alike

function itemMap(editor: YamlEditor, root: YAMLMap, found: FoundItem): YAMLMap {
  const list = found.kind === 'commitment' ? 'commitments' : 'milestones';
  const maps = editor.findById(root, list, found.data.id);
  if (maps.length !== 1) throw new EditError(`${found.plan.id}#${found.data.id}: could not find it in ${found.plan.file.path}; run \`playbook check\`.`);
  return maps[0]!;
}

function fieldOrder(found: FoundItem): readonly string[] {
  return found.kind === 'commitment' ? COMMITMENT_ORDER : MILESTONE_ORDER;
}

/** `commitment northwind/rollout#site-8 (Install site 8)`: how messages name an item. */
function named(found: FoundItem): string {
  return `${found.kind} ${found.plan.id}#${found.data.id} (${found.kind === 'commitment' ? found.data.what : found.data.title})`;
}

/** Neither done nor dropped: something can still happen to it. */
function openItem(found: FoundItem, command: string): FoundItem {
  if (found.data.done !== undefined) throw new EditError(`the ${named(found)} was already done on ${found.data.done}; nothing to ${command}.`);
  if (found.data.dropped !== undefined) throw new EditError(`the ${named(found)} was dropped on ${found.data.dropped.date}; nothing to ${command}.`);
  return found;
}

/** The item as the model sees it: whose it is (ours, the client's, internal). */
function viewOf(context: EditContext, found: FoundItem): ItemView {
  const key = `${found.plan.id}#${found.data.id}`;
  const view = context.current.model.items.find((item) => item.key === key && item.kind === found.kind);
  if (!view) throw new EditError(`${key} is not in the derived model; run \`playbook check\`.`);
  return view;
}

/** `--told`: a contact of the account, or for an internal item a colleague too. */
function told(context: EditContext, found: FoundItem, name: string): string {
  return requireTold(context.current.content, accountOf(found.plan), name, viewOf(context, found).side === 'internal');
}

/** Who was told, as a confirmation names them: a colleague (of an internal item) by name. */
function toldOf(context: EditContext, found: FoundItem, toldName: string): string {
  return nameOf(context.current.content, toldName, accountOf(found.plan).contactNames);
}

export function markDone(context: EditContext, ref: ItemRef, input: { date?: string }): Edit {
  const { content, asOf } = context.current;
  const found = findItem(content, ref);
  if (found.data.done !== undefined) throw new EditError(`the ${named(found)} is already marked done on ${found.data.done}; nothing was written.`);
  if (found.data.dropped !== undefined) {
    throw new EditError(`the ${named(found)} was dropped on ${found.data.dropped.date}; a dropped ${found.kind} cannot also be done.`);
  }
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    editor.addField(itemMap(editor, root, found), 'done', plain(date), fieldOrder(found));
  });
  return { change, summary: `Marked ${named(found)} done on ${date}.` };
}

export interface DropInput {
  date?: string;
  reason: string;
  told: string;
}

export function dropItem(context: EditContext, ref: ItemRef, input: DropInput): Edit {
  const { content, asOf } = context.current;
  const found = openItem(findItem(content, ref), 'drop');
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const reason = requireText(input.reason, '--reason');
  const toldName = told(context, found, input.told);
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    const fields: YamlFields = [
      ['date', plain(date)],
      ['reason', reason],
      ['told', toldName],
    ];
    editor.addField(itemMap(editor, root, found), 'dropped', fields, fieldOrder(found));
  });
  return { change, summary: `Dropped ${named(found)} on ${date}; ${toldOf(context, found, toldName)} was told.` };
}

export interface SlipInput {
  date?: string;
  to: string;
  told: string;
  reason: string;
  workaround?: string;
}

export function slipItem(context: EditContext, ref: ItemRef, input: SlipInput): Edit {
  const { content, asOf } = context.current;
  const found = openItem(findItem(content, ref), 'slip');
  const key = `${found.plan.id}#${found.data.id}`;
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const to = calendarDate(input.to, '--to');
  const from = found.data.due;
  if (to === from) throw new EditError(`the ${named(found)} is already due ${from}; --to must be the new due date.`);
  // A date renegotiated on `date` is one still to come; and slips are kept in the order they happened.
  if (to < date) throw new EditError(`--to ${to} is before the day of the slip (${date}): a date agreed anew is one still to come; give the new due date.`);
  const last = found.data.slips.at(-1)?.date;
  if (last !== undefined && date < last) throw new EditError(`--date ${date} is before the ${named(found)}'s last slip, of ${last}: slips are kept in the order they happened; give a date on or after ${last}.`);
  const toldName = told(context, found, input.told);
  const reason = requireText(input.reason, '--reason');
  const workaround = input.workaround === undefined ? undefined : requireText(input.workaround, '--workaround');
  const slip: [string, YamlValue][] = [
    ['date', plain(date)],
    ['from', plain(from)],
    ['to', plain(to)],
    ['told', toldName],
    ['reason', reason],
  ];
  if (workaround !== undefined) slip.push(['workaround', workaround]);
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    const map = itemMap(editor, root, found);
    const due = editor.get(map, 'due');
    if (!due) throw new EditError(`${key} has no \`due\`; fix it first.`);
    editor.replaceScalar(due, to);
    editor.appendToList(map, 'slips', slip, fieldOrder(found));
  });
  return { change, summary: `Moved ${named(found)} from ${from} to ${to}; slip recorded, ${toldOf(context, found, toldName)} was told.` };
}

// ---------------------------------------------------------------------------------------------
// handoff

export interface HandoffInput {
  /** Default: today. */
  date?: string;
  /** Replace a date already written. */
  force?: boolean;
}

export function dateHandoff(context: EditContext, planId: string, item: string, input: HandoffInput): Edit {
  const { content, asOf } = context.current;
  const plan = findPlan(content, planId);
  const checklist = content.settings.checklist;
  const ids = Object.keys(checklist);
  const where = content.settings.file?.path ?? 'playbook.yaml';
  if (!Object.hasOwn(checklist, item)) {
    if (ids.length === 0) throw new EditError(`${where} has no handoff_checklist; add the items under \`handoff_checklist:\` first.`);
    throw new EditError(`\`${item}\` is not an item of the handoff checklist in ${where}${didYouMean(item, ids)}; the items are ${ids.join(', ')}.`);
  }
  validField(plan, 'handoff');
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const current = own(plan.data.handoff, item);
  if (current !== undefined) {
    if (current === date) throw new EditError(`${plan.id}: the handoff item ${item} is already dated ${current}; nothing to change.`);
    if (!input.force) throw new EditError(`${plan.id}: the handoff item ${item} is already dated ${current}; pass --force to change the date.`);
  }
  const change = editFrontmatter(content, plan.file.contentPath, (editor, root) => {
    const handoff = mapUnder(editor, root, 'handoff');
    const written = handoff && editor.get(handoff, item);
    if (written) editor.replaceScalar(written, date);
    else editor.addFieldsUnder(root, 'handoff', [[item, plain(date)]], PLAN_ORDER, ids);
  });
  return { change, summary: `Recorded the handoff item ${item} (${checklist[item]}) of ${plan.id} (${plan.data.title}) as done on ${date}.` };
}
