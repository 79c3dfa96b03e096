// `playbook new`: a new account, plan or guide from a template that passes the checker as it
// stands, with what a person fills in later (signatures, handoff dates, commitments) written as
// comments in place, so that nothing has to be looked up.
import type { Content } from '../content.ts';
import { ACCOUNT_STAGES, PLAN_STATUSES } from '../schema/values.ts';
import { didYouMean } from '../suggest.ts';
import type { EditContext } from './apply.ts';
import { EditError, FlagError } from './errors.ts';
import type { Edit } from './file-edit.ts';
import { flowList, scalar } from './render.ts';
import { calendarDate, findAccount, requireId, requirePerson, requireText } from './targets.ts';

const COMMENT_COLUMN = 31;

/** `code` with `# comment` at the comment column, as the playbook format's examples are written. */
function line(code: string, comment?: string): string {
  if (comment === undefined) return `${code}\n`;
  return `${code.padEnd(Math.max(COMMENT_COLUMN, code.length + 1))}# ${comment}\n`;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new FlagError(`${flag} ${value} is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}.`);
}

function mustNotExist(content: Content, contentPath: string, what: string): void {
  if (content.files.has(contentPath)) throw new EditError(`${what} already exists (${contentPath}); nothing was written.`);
}

// ---------------------------------------------------------------------------------------------

export interface NewAccountInput {
  id: string;
  name: string;
  owner: string;
  stage: string;
  /** Default: today. */
  since?: string;
  team?: readonly string[];
  contacts?: readonly string[];
}

export function newAccount(context: EditContext, input: NewAccountInput): Edit {
  const { content, asOf } = context.current;
  const id = requireId(input.id, 'account');
  const contentPath = `accounts/${id}/index.mdx`;
  mustNotExist(content, contentPath, `the account ${id}`);
  if (content.accounts.some((a) => a.id === id)) throw new EditError(`the account ${id} already exists.`);
  const name = requireText(input.name, '--name');
  const owner = requirePerson(content, input.owner, '--owner');
  const stage = oneOf(input.stage, ACCOUNT_STAGES, '--stage');
  const since = calendarDate(input.since ?? asOf, '--since');
  const team = (input.team ?? []).map((person) => requirePerson(content, person, '--team'));
  const contacts = (input.contacts ?? []).map((contact) => requireText(contact, '--contact'));
  const duration = (days: number) => (days % 7 === 0 ? `${days / 7}w` : `${days}d`);
  const cadence = duration(content.settings.followUpDays);

  let text = '---\n';
  text += line(`name: ${scalar(name)}`);
  text += line(`owner: ${owner}`, 'the relationship owner, a person id');
  text += line(`stage: ${stage}`, ACCOUNT_STAGES.join(' | '));
  text += line(`since: ${since}`);
  text += line(`# follow_up_every: 1w`, `optional: how often we are in touch (default ${cadence})`);
  // owner-absent warns about it from the account's first month: where to change it is shown here.
  text += line(`# owner_touch_every: 6w`, `optional: how often its owner talks to them in person (default ${duration(content.settings.ownerTouchDays)})`);
  text += line(`# governance_every: 4w`, 'optional: how often we hold a governance review');
  text += line(`team: ${flowList(team)}`, 'our people who work with this client');
  if (contacts.length === 0) {
    text += line('contacts: []', "the client's people: - name: Bob Smith / role: ... / email: ...");
  } else {
    text += line('contacts:', "the client's people");
    for (const contact of contacts) text += `  - name: ${scalar(contact)}\n`;
  }
  text += line('touchpoints: []', `add with: playbook log ${id} --by ID --with NAME --kind KIND --note TEXT`);
  text += '---\n\n## Who they are\n\n## What we sold\n\n## What matters to them\n';
  return { change: { contentPath, before: undefined, after: text }, summary: `Created the account ${id} (${name}).` };
}

// ---------------------------------------------------------------------------------------------

export interface NewPlanInput {
  /** `<account>/<plan>` */
  id: string;
  title: string;
  owner: string;
  /** Default: draft. */
  status?: string;
  kickoff: string;
  target?: string;
}

export function newPlan(context: EditContext, input: NewPlanInput): Edit {
  const { content } = context.current;
  const [accountId = '', slug = '', ...rest] = input.id.split('/');
  if (rest.length > 0 || !accountId || !slug) throw new EditError(`the plan id ${input.id} must be <account>/<plan>, such as northwind/scanner-rollout.`);
  const account = findAccount(content, accountId);
  requireId(slug, 'plan');
  if (slug === 'index') throw new EditError('a plan cannot be called `index`: that file is the account plan.');
  const contentPath = `accounts/${accountId}/${slug}.mdx`;
  mustNotExist(content, contentPath, `the plan ${input.id}`);
  const title = requireText(input.title, '--title');
  const owner = requirePerson(content, input.owner, '--owner');
  const status = oneOf(input.status ?? 'draft', PLAN_STATUSES, '--status');
  const kickoff = calendarDate(input.kickoff, '--kickoff');
  const target = input.target === undefined ? undefined : calendarDate(input.target, '--target');
  const contact = account.contacts[0]?.name ?? 'Their Signatory';
  const checklist = Object.entries(content.settings.checklist);

  let text = '---\n';
  text += line(`title: ${scalar(title)}`);
  text += line(`owner: ${owner}`, 'our delivery lead, a person id');
  text += line(`status: ${status}`, PLAN_STATUSES.join(' | '));
  text += line(`kickoff: ${kickoff}`);
  text += target === undefined ? line('# target: YYYY-MM-DD', 'optional: when it is all done') : line(`target: ${target}`);
  text += line('# break_in_until: YYYY-MM-DD', 'optional: the end of the break-in period');
  text += line('agreement: {}', 'the letter of agreement; once signed, replace {} with:');
  text += line(`#   customer: { by: ${scalar(contact, true)}, date: YYYY-MM-DD }`, 'a contact of the account');
  text += line(`#   us: { by: ${account.data.owner}, date: YYYY-MM-DD }`, 'a person id');
  if (checklist.length === 0) {
    text += line('handoff: {}', 'playbook.yaml has no handoff_checklist yet');
  } else {
    text += line('handoff: {}', 'the handoff checklist; as items are done, replace {} with:');
    for (const [item, label] of checklist) text += line(`#   ${item}: YYYY-MM-DD`, label);
  }
  text += line('milestones: []', 'replace [] with entries such as:');
  text += '#   - id: pilot\n#     title: Pilot site live\n#     due: YYYY-MM-DD\n';
  text += line('commitments: []', 'replace [] with entries such as:');
  text += `#   - id: install-scanners\n#     what: Install scanners at all sites\n#     owner: ${owner}\n#     due: YYYY-MM-DD\n#     milestone: pilot\n`;
  text += '---\n\n## What was sold\n\n## What was promised, and what was not\n';
  return { change: { contentPath, before: undefined, after: text }, summary: `Created the plan ${accountId}/${slug} (${title}) for ${account.data.name}.` };
}

// ---------------------------------------------------------------------------------------------

export interface NewGuideInput {
  id: string;
  title: string;
  summary?: string;
  owner?: string;
  reviewBy?: string;
  tags?: readonly string[];
}

export function newGuide(context: EditContext, input: NewGuideInput): Edit {
  const { content } = context.current;
  const slug = requireId(input.id.replace(/^guides\//, ''), 'guide');
  const contentPath = `guides/${slug}.mdx`;
  mustNotExist(content, contentPath, `the guide ${slug}`);
  const title = requireText(input.title, '--title');
  const summary = input.summary === undefined ? undefined : requireText(input.summary, '--summary');
  const owner = input.owner === undefined ? undefined : requirePerson(content, input.owner, '--owner');
  const reviewBy = input.reviewBy === undefined ? undefined : calendarDate(input.reviewBy, '--review-by');
  const tags = (input.tags ?? []).map((tag) => requireText(tag, '--tag'));

  let text = '---\n';
  text += line(`title: ${scalar(title)}`);
  text += summary === undefined ? line('# summary: (optional) one line on what this guide is for') : line(`summary: ${scalar(summary)}`);
  text += owner === undefined ? line('# owner: (optional) the person id of who keeps it up to date') : line(`owner: ${owner}`, 'who keeps it up to date');
  text += reviewBy === undefined ? line('# review_by: (optional) YYYY-MM-DD, when it must be reread') : line(`review_by: ${reviewBy}`, 'when it must be reread');
  text += line(`tags: ${flowList(tags)}`);
  text += `---\n\n# ${title.replace(/[<>{}]/g, '')}\n\n`;
  return { change: { contentPath, before: undefined, after: text }, summary: `Created the guide ${slug} (${title}).` };
}
