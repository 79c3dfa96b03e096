// The edits behind `playbook log`, `done`, `drop`, `slip`, `sign` and `handoff`: each checks its input against the
// loaded playbook, then builds the changed file as splices into the original text.
import type { Content, Plan } from '../content.ts';
import { accountSchema, commitmentSchema, milestoneSchema, planSchema, TOUCHPOINT_KINDS, type Touchpoint } from '../schema/index.ts';
import { own } from '../own.ts';
import { didYouMean } from '../suggest.ts';
import type { Change, EditContext } from './apply.ts';
import { EditError } from './errors.ts';
import { locateFrontmatter } from './frontmatter.ts';
import { flowMap, plain, type YamlFields, type YamlValue } from './render.ts';
import { applySplices, shiftSplices } from './text.ts';
import { calendarDate, findAccount, findItem, findPlan, hint, pastDate, requireContact, requirePerson, type FoundItem, type ItemRef } from './targets.ts';
import { YamlEditor } from './yaml-edit.ts';
import { isMap, type Node, type YAMLMap } from 'yaml';

/** Field orders, from the schemas: where a new field goes among those already written. */
const ACCOUNT_ORDER = Object.keys(accountSchema.shape);
const COMMITMENT_ORDER = Object.keys(commitmentSchema.shape);
const MILESTONE_ORDER = Object.keys(milestoneSchema.shape);
const PLAN_ORDER = Object.keys(planSchema.shape);
const AGREEMENT_ORDER = ['customer', 'us'];

/** What an edit did, for the one-line summary a command prints. */
export interface Edit {
  change: Change;
  summary: string;
}

/** Edit the frontmatter of one loaded file. */
function editFrontmatter(content: Content, contentPath: string, edit: (editor: YamlEditor, root: YAMLMap) => void): Change {
  const file = content.files.get(contentPath);
  if (!file) throw new EditError(`${contentPath} was not found in the content folder.`);
  const place = locateFrontmatter(file.text);
  if (!place) throw new EditError(`${file.path} has no frontmatter between two \`---\` lines; fix it first.`);
  const editor = new YamlEditor(place.yaml, file.path);
  edit(editor, editor.root());
  const after = applySplices(file.text, shiftSplices(editor.splices, place.start));
  return { contentPath, before: file.text, after };
}

function text(value: string | undefined, flag: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') throw new EditError(`${flag} must not be empty.`);
  return trimmed;
}

// ---------------------------------------------------------------------------------------------
// log

export interface TouchpointInput {
  /** Default: today. */
  date?: string;
  by: string;
  with: readonly string[];
  kind: string;
  note?: string;
}

export function logTouchpoint(context: EditContext, accountId: string, input: TouchpointInput): Edit {
  const { content, asOf } = context.current;
  const account = findAccount(content, accountId);
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const by = requirePerson(content, input.by, '--by');
  const withNames = input.with.map((name) => requireContact(account, name, '--with'));
  const kind = input.kind.trim();
  if (!(TOUCHPOINT_KINDS as readonly string[]).includes(kind)) {
    throw new EditError(`--kind ${kind} is not a kind of touchpoint${didYouMean(kind, TOUCHPOINT_KINDS)}; the kinds are ${TOUCHPOINT_KINDS.join(', ')}.`);
  }
  const note = input.note === undefined ? undefined : text(input.note, '--note');
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
  const people = withNames.length > 0 ? ` with ${withNames.join(', ')}` : '';
  return { change, summary: `Logged ${kind === 'email' ? 'an' : 'a'} ${kind as Touchpoint['kind']} of ${date} by ${by}${people} for ${account.data.name}.` };
}

// ---------------------------------------------------------------------------------------------
// done, drop, slip

function itemMap(editor: YamlEditor, root: YAMLMap, found: FoundItem): YAMLMap {
  const list = found.kind === 'commitment' ? 'commitments' : 'milestones';
  const maps = editor.findById(root, list, found.data.id);
  if (maps.length !== 1) throw new EditError(`${found.plan.id}#${found.data.id}: could not find it in ${found.plan.file.path}; run \`playbook check\`.`);
  return maps[0]!;
}

function openCommitment(found: FoundItem, command: string): Extract<FoundItem, { kind: 'commitment' }> {
  const key = `${found.plan.id}#${found.data.id}`;
  if (found.kind !== 'commitment') {
    throw new EditError(`${key} is a milestone; \`playbook ${command}\` works on commitments (a milestone is reached with \`playbook done\`, and its commitments carry the dates).`);
  }
  if (found.data.done !== undefined) throw new EditError(`${key} was already done on ${found.data.done}; nothing to ${command}.`);
  if (found.data.dropped !== undefined) throw new EditError(`${key} was dropped on ${found.data.dropped.date}; nothing to ${command}.`);
  return found;
}

function accountOf(plan: Plan): NonNullable<Plan['account']> {
  if (!plan.account) {
    throw new EditError(`the account of ${plan.id} has errors that stop it from loading, so its contacts are unknown; run \`playbook check\` and fix them first.`);
  }
  return plan.account;
}

export function markDone(context: EditContext, ref: ItemRef, input: { date?: string }): Edit {
  const { content, asOf } = context.current;
  const found = findItem(content, ref);
  const key = `${found.plan.id}#${found.data.id}`;
  if (found.data.done !== undefined) throw new EditError(`${key} is already marked done on ${found.data.done}; nothing was written.`);
  if (found.kind === 'commitment' && found.data.dropped !== undefined) {
    throw new EditError(`${key} was dropped on ${found.data.dropped.date}; a dropped commitment cannot also be done.`);
  }
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    editor.addField(itemMap(editor, root, found), 'done', plain(date), found.kind === 'commitment' ? COMMITMENT_ORDER : MILESTONE_ORDER);
  });
  const title = found.kind === 'commitment' ? found.data.what : found.data.title;
  return { change, summary: `Marked ${found.kind} ${key} (${title}) done on ${date}.` };
}

export interface DropInput {
  date?: string;
  reason: string;
  told: string;
}

export function dropCommitment(context: EditContext, ref: ItemRef, input: DropInput): Edit {
  const { content, asOf } = context.current;
  const found = openCommitment(findItem(content, ref), 'drop');
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const reason = text(input.reason, '--reason');
  const told = requireContact(accountOf(found.plan), input.told, '--told');
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    const fields: YamlFields = [
      ['date', plain(date)],
      ['reason', reason],
      ['told', told],
    ];
    editor.addField(itemMap(editor, root, found), 'dropped', fields, COMMITMENT_ORDER);
  });
  return { change, summary: `Dropped ${found.plan.id}#${found.data.id} (${found.data.what}) on ${date}; ${told} was told.` };
}

export interface SlipInput {
  date?: string;
  to: string;
  told: string;
  reason: string;
  workaround?: string;
}

export function slipCommitment(context: EditContext, ref: ItemRef, input: SlipInput): Edit {
  const { content, asOf } = context.current;
  const found = openCommitment(findItem(content, ref), 'slip');
  const key = `${found.plan.id}#${found.data.id}`;
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const to = calendarDate(input.to, '--to');
  const from = found.data.due;
  if (to === from) throw new EditError(`${key} is already due ${from}; --to must be the new due date.`);
  const told = requireContact(accountOf(found.plan), input.told, '--told');
  const reason = text(input.reason, '--reason');
  const workaround = input.workaround === undefined ? undefined : text(input.workaround, '--workaround');
  const slip: [string, YamlValue][] = [
    ['date', plain(date)],
    ['from', plain(from)],
    ['to', plain(to)],
    ['told', told],
    ['reason', reason],
  ];
  if (workaround !== undefined) slip.push(['workaround', workaround]);
  const change = editFrontmatter(content, found.plan.file.contentPath, (editor, root) => {
    const map = itemMap(editor, root, found);
    const due = editor.get(map, 'due');
    if (!due) throw new EditError(`${key} has no \`due\`; fix it first.`);
    editor.replaceScalar(due, to);
    editor.appendToList(map, 'slips', slip, COMMITMENT_ORDER);
  });
  return { change, summary: `Moved ${key} (${found.data.what}) from ${from} to ${to}; slip recorded, ${told} was told.` };
}

// ---------------------------------------------------------------------------------------------
// sign, handoff

function validField(plan: Plan, field: 'agreement' | 'handoff'): void {
  if (plan.invalidFields.has(field)) throw new EditError(`${plan.id}: \`${field}\` has errors; run \`playbook check\` and fix them first.`);
}

/** The map under `key` of the plan's frontmatter, when it has one. */
function mapUnder(editor: YamlEditor, map: YAMLMap, key: string): YAMLMap | undefined {
  const value = editor.get(map, key);
  return isMap(value) ? value : undefined;
}

export interface SignInput {
  /** A contact of the account who signed for the customer. */
  customer?: string;
  /** The person id who signed for us. */
  us?: string;
  /** Default: today. */
  date?: string;
  /** Replace a signature already written. */
  force?: boolean;
}

export function signAgreement(context: EditContext, planId: string, input: SignInput): Edit {
  const { content, asOf } = context.current;
  const plan = findPlan(content, planId);
  validField(plan, 'agreement');
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const sides: { side: 'customer' | 'us'; by: string }[] = [];
  if (input.customer !== undefined) sides.push({ side: 'customer', by: requireContact(accountOf(plan), input.customer, '--customer') });
  if (input.us !== undefined) sides.push({ side: 'us', by: requirePerson(content, input.us, '--us') });
  if (sides.length === 0) throw new EditError('name who signed: --customer, --us or both.');
  for (const { side, by } of sides) {
    const signed = plan.data.agreement?.[side];
    if (!signed) continue;
    const who = side === 'customer' ? 'the customer' : 'us';
    if (signed.by === by && signed.date === date) throw new EditError(`${plan.id} is already signed by ${who}: ${signed.by} on ${signed.date}; nothing to change.`);
    if (!input.force) throw new EditError(`${plan.id} is already signed by ${who}: ${signed.by} on ${signed.date}; pass --force to replace that signature.`);
  }
  const change = editFrontmatter(content, plan.file.contentPath, (editor, root) => {
    const agreement = mapUnder(editor, root, 'agreement');
    const added: [string, YamlValue][] = [];
    for (const { side, by } of sides) {
      const signature = agreement && mapUnder(editor, agreement, side);
      if (!signature) {
        added.push([side, plain(flowMap([['by', by], ['date', plain(date)]]))]);
        continue;
      }
      const byNode = editor.get(signature, 'by');
      const dateNode = editor.get(signature, 'date');
      if (!byNode || !dateNode) throw new EditError(`${plan.id}: \`agreement.${side}\` has no \`by\` or \`date\`; fix it first.`);
      editor.replaceString(byNode as Node, by, signature.flow ?? false);
      editor.replaceScalar(dateNode as Node, date);
    }
    if (added.length > 0) editor.addFieldsUnder(root, 'agreement', added, PLAN_ORDER, AGREEMENT_ORDER);
  });
  const names = sides.map(({ side, by }) => (side === 'customer' ? `${by} for ${accountOf(plan).data.name}` : `${by} for us`));
  return { change, summary: `Recorded the signature${sides.length > 1 ? 's' : ''} on the letter of agreement of ${plan.id} (${plan.data.title}): ${names.join(' and ')}, on ${date}.` };
}

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
    throw new EditError(`\`${item}\` is not an item of the handoff checklist in ${where}${hint(item, ids)}; the items are ${ids.join(', ')}.`);
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
