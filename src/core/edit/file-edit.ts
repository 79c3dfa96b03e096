// What every edit of an existing file shares: the `Edit` a command returns, the frontmatter of a
// loaded file edited as splices, the schemas' field orders (where a new field goes among those
// already written), and the plan's parts an edit leans on (its account, a valid block).
import type { YAMLMap } from 'yaml';
import { isMap } from 'yaml';
import type { Content, Plan } from '../content.ts';
import type { PlanView } from '../model.ts';
import { FIELD_ORDERS } from '../schema/compiled.ts';
import type { Change, EditContext } from './apply.ts';
import { EditError } from './errors.ts';
import { locateFrontmatter } from './frontmatter.ts';
import { applySplices, shiftSplices } from './text.ts';
import { YamlEditor } from './yaml-edit.ts';

/** Field orders, from the schemas (written out with the emitted parsers: no schema is built for them). */
export const ACCOUNT_ORDER: readonly string[] = FIELD_ORDERS.account;
export const COMMITMENT_ORDER: readonly string[] = FIELD_ORDERS.commitment;
export const MILESTONE_ORDER: readonly string[] = FIELD_ORDERS.milestone;
export const PLAN_ORDER: readonly string[] = FIELD_ORDERS.plan;
export const AGREEMENT_ORDER = ['customer', 'us'];
export const SIGNATURE_ORDER: readonly string[] = FIELD_ORDERS.signature;

/** What an edit did, for the one-line summary a command prints. */
export interface Edit {
  change: Change;
  summary: string;
}

/** Edit the frontmatter of one loaded file. */
export function editFrontmatter(content: Content, contentPath: string, edit: (editor: YamlEditor, root: YAMLMap) => void): Change {
  const file = content.files.get(contentPath);
  if (!file) throw new EditError(`${contentPath} was not found in the content folder.`);
  const place = locateFrontmatter(file.text);
  if (!place) throw new EditError(`${file.path} has no frontmatter between two \`---\` lines; fix it first.`);
  const editor = new YamlEditor(place.yaml, file.path);
  edit(editor, editor.root());
  editor.assertNothingShared();
  const after = applySplices(file.text, shiftSplices(editor.splices, place.start));
  return { contentPath, before: file.text, after };
}

/** The plan's account: its contacts are what `told`, an owner or a signer is checked against. */
export function accountOf(plan: Plan): NonNullable<Plan['account']> {
  if (!plan.account) {
    throw new EditError(`the account of ${plan.id} has errors that stop it from loading, so its contacts are unknown; run \`playbook check\` and fix them first.`);
  }
  return plan.account;
}

/** A block of the plan that an edit adds to must have loaded: its errors come first. */
export function validField(plan: Plan, field: string): void {
  if (plan.invalidFields.has(field)) throw new EditError(`${plan.id}: \`${field}\` has errors; run \`playbook check\` and fix them first.`);
}

/** The map under `key`, when there is one. */
export function mapUnder(editor: YamlEditor, map: YAMLMap, key: string): YAMLMap | undefined {
  const value = editor.get(map, key);
  return isMap(value) ? value : undefined;
}

/** The plan as the model sees it today: its agreement signed or not, its items' sides. */
export function planView(context: EditContext, plan: Plan): PlanView {
  const view = context.current.model.plans.find((candidate) => candidate.plan === plan);
  if (!view) throw new EditError(`${plan.id} is not in the derived model; run \`playbook check\`.`);
  return view;
}
