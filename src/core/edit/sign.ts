// The edit behind `playbook sign`: one more signature on a plan's letter of agreement, per side
// and per run. Either side may have several signers; the first is written `customer: { ... }`,
// the second turns it into a list in the file's style. The same person signing again changes
// nothing, unless --force asks to correct the date or title of their signature in place.
import { isMap, type Node, type YAMLMap } from 'yaml';
import type { Content, Plan, Signer } from '../content.ts';
import type { CalendarDate } from '../dates.ts';
import { signingDate } from '../model/agreement.ts';
import { sameName } from '../model/contact-names.ts';
import type { EditContext } from './apply.ts';
import { EditError } from './errors.ts';
import { accountOf, AGREEMENT_ORDER, editFrontmatter, mapUnder, PLAN_ORDER, planView, SIGNATURE_ORDER, validField, type Edit } from './file-edit.ts';
import { plain, type YamlFields, type YamlValue } from './render.ts';
import { findPlan, pastDate, requireContact, requirePerson, requireText } from './targets.ts';
import { nameOf } from './who.ts';
import type { YamlEditor } from './yaml-edit.ts';

export interface SignerInput {
  /** A contact of the account for the customer, a person id for us. */
  by: string;
  /** Their role, such as Operations director. */
  title?: string;
}

export interface SignInput {
  customer?: SignerInput;
  us?: SignerInput;
  /** Default: today. */
  date?: string;
  /** Correct the date or title of a signature already recorded for the same person. */
  force?: boolean;
}

type Side = 'customer' | 'us';

/** What the run does on one side: a new signer, or a correction of one already there. */
type Step =
  | { side: Side; kind: 'add'; by: string; date: CalendarDate; title: string | undefined; beside: Signer[] }
  | { side: Side; kind: 'correct'; by: string; date: CalendarDate; title: string | undefined; signer: Signer };

export function signAgreement(context: EditContext, planId: string, input: SignInput): Edit {
  const { content, asOf } = context.current;
  const plan = findPlan(content, planId);
  validField(plan, 'agreement');
  const date = pastDate(input.date ?? asOf, asOf, '--date');
  const given = (['customer', 'us'] as const).filter((side) => input[side] !== undefined);
  if (given.length === 0) throw new EditError('name who signed: --customer, --us or both.');
  const steps = given.map((side): Step => {
    const signer = input[side]!;
    const flag = `--${side}`;
    const by = side === 'customer' ? requireContact(accountOf(plan), signer.by, flag) : requirePerson(content, signer.by, flag);
    const title = signer.title === undefined ? undefined : requireText(signer.title, `${flag}-title`);
    // The signer already written, in whichever Unicode form their name was typed then.
    const same = plan.signatures.find((s) => s.side === side && sameName(s.by, by));
    if (!same) return { side, kind: 'add', by, date, title, beside: plan.signatures.filter((s) => s.side === side) };
    // A correction changes only what was asked: the date when --date is given, the title when a title is.
    const corrected = { date: input.date === undefined ? same.date : date, title: title ?? same.title };
    const already = `${plan.id} is already signed by ${who(side)}: ${signerText(same)} on ${same.date}`;
    if (corrected.date === same.date && corrected.title === same.title) {
      const others = given.length > 1 ? ` (leave out ${flag} to record only the other signature)` : '';
      throw new EditError(`${already}; nothing to change${others}.`);
    }
    if (!input.force) throw new EditError(`${already}; pass --force to change the ${corrected.date === same.date ? 'title' : corrected.title === same.title ? 'date' : 'date and title'} of that signature.`);
    return { side, kind: 'correct', by, date: corrected.date, title: corrected.title, signer: same };
  });

  const change = editFrontmatter(content, plan.file.contentPath, (editor, root) => {
    const agreement = mapUnder(editor, root, 'agreement');
    const newSides: [string, YamlValue][] = [];
    // The customer's side first: a new `us:` line goes after whatever the customer's side gains.
    for (const step of steps) {
      if (step.kind === 'correct') {
        const signature = editor.getIn(step.signer.path);
        if (!isMap(signature)) throw new EditError(`${plan.id}: the signature of ${step.by} is not a set of \`field: value\`; fix it first.`);
        correct(editor, signature, step);
        continue;
      }
      const fields = signatureFields(step.by, step.date, step.title);
      if (agreement && editor.get(agreement, step.side)) editor.addListEntry(agreement, step.side, fields, SIGNATURE_ORDER);
      else newSides.push([step.side, plain(editor.flowMap(fields))]);
    }
    if (newSides.length > 0) editor.addFieldsUnder(root, 'agreement', newSides, PLAN_ORDER, AGREEMENT_ORDER);
  });
  return { change, summary: [...describe(content, plan, steps), ...consequences(context, plan, steps)].join(' ') };
}

/** What the signatures recorded or corrected are, one sentence per kind of step; our signers by name. */
function describe(content: Content, plan: Plan, steps: readonly Step[]): string[] {
  const party = (side: Side) => (side === 'customer' ? accountOf(plan).data.name : 'us');
  const name = (side: Side, by: string) => (side === 'us' ? nameOf(content, by) : by);
  const letter = `the letter of agreement of ${plan.id} (${plan.data.title})`;
  const sentences: string[] = [];
  const added = steps.filter((s) => s.kind === 'add');
  if (added.length > 0) {
    const names = added.map((s) => `${signerText({ by: name(s.side, s.by), title: s.title })} for ${party(s.side)}${s.beside.length > 0 ? ` (with ${s.beside.map((b) => name(s.side, b.by)).join(', ')})` : ''}`);
    sentences.push(`Recorded the signature${added.length > 1 ? 's' : ''} on ${letter}: ${names.join(' and ')}, on ${added[0]!.date}.`);
  }
  for (const step of steps) {
    if (step.kind !== 'correct') continue;
    const now = [step.signer.date !== step.date && `dated ${step.date}`, step.title !== step.signer.title && `titled ${step.title}`].filter(Boolean);
    sentences.push(`Corrected the signature of ${name(step.side, step.by)} for ${party(step.side)} on ${letter}: now ${now.join(' and ')}.`);
  }
  return sentences;
}

/**
 * What changes with these signatures, said because it changes the rules for the plan: the
 * agreement becomes signed (items added from now on need `added`), or the day it took effect
 * (its latest signature, as the model reads it) moves.
 */
function consequences(context: EditContext, plan: Plan, steps: readonly Step[]): string[] {
  const { agreement } = planView(context, plan);
  // The signatures as they will be, read by the model's own rule for the agreement's date.
  const after: Signer[] = plan.signatures.map((signer) => {
    const step = steps.find((s) => s.kind === 'correct' && s.signer === signer);
    return step ? { ...signer, date: step.date } : signer;
  });
  for (const step of steps) if (step.kind === 'add') after.push({ side: step.side, by: step.by, date: step.date, title: step.title, path: ['agreement', step.side] });
  const signedOn = signingDate({ ...plan, signatures: after });
  if (signedOn === undefined || signedOn === agreement.signedOn) return [];
  if (!agreement.signed) return ['Both sides have now signed: an item added to the plan from now on needs who on the client\'s side agreed, and why (`playbook add ... --told NAME --reason TEXT`).'];
  return [`The agreement now dates from ${signedOn} (its latest signature), no longer ${agreement.signedOn}.`];
}

/** The same signer's date and title, corrected in place (quotes and comments kept). */
function correct(editor: YamlEditor, signature: YAMLMap, step: Extract<Step, { kind: 'correct' }>): void {
  const { signer, date, title } = step;
  const dateNode = editor.get(signature, 'date');
  if (!dateNode) throw new EditError(`the signature of ${signer.by} has no \`date\`; fix it first.`);
  if (signer.date !== date) editor.replaceScalar(dateNode, date);
  if (title === undefined || title === signer.title) return;
  const titleNode = editor.get(signature, 'title');
  if (titleNode) editor.replaceString(titleNode as Node, title, signature.flow ?? false);
  else editor.addField(signature, 'title', title, SIGNATURE_ORDER);
}

function signatureFields(by: string, date: CalendarDate, title: string | undefined): YamlFields {
  const fields: [string, YamlValue][] = [
    ['by', by],
    ['date', plain(date)],
  ];
  if (title !== undefined) fields.push(['title', title]);
  return fields;
}

function who(side: Side): string {
  return side === 'customer' ? 'the customer' : 'us';
}

/** `Bob Smith (Operations director)` */
function signerText(signer: { by: string; title?: string | undefined }): string {
  return signer.title === undefined ? signer.by : `${signer.by} (${signer.title})`;
}
