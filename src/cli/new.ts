// `playbook new account|plan|guide`: scaffold a file that passes the checker, from a template
// with the agreement block and the handoff checklist in place. At a terminal it asks for what
// the flags leave out; otherwise the required flags must be given.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { EditContext } from '../core/edit/apply.ts';
import { EditError, FlagError } from '../core/edit/errors.ts';
import type { Edit } from '../core/edit/file-edit.ts';
import { newAccount, newGuide, newPlan } from '../core/edit/scaffold.ts';
import { findAccount, requirePerson } from '../core/edit/targets.ts';
import { isCalendarDate, whyNotADate } from '../core/dates.ts';
import { ACCOUNT_STAGES, PLAN_STATUSES } from '../core/schema/values.ts';
import { COMMON_OPTIONS, finish, openFor, type EditEnvironment } from './edit-command.ts';
import { UsageError } from './errors.ts';

const KINDS = ['account', 'plan', 'guide'] as const;
type Kind = (typeof KINDS)[number];

interface Question {
  flag: string;
  label: string;
  /** A required flag without an answer is a usage error when nobody can be asked. */
  required?: boolean;
  multiple?: boolean;
  /** What an empty answer means, shown in brackets. */
  fallback?: (answers: Answers) => string | undefined;
  /** Throws an EditError when the answer cannot be used (asked again at a terminal). */
  check?: (value: string, answers: Answers) => void;
}

type Answers = Record<string, string | string[] | undefined>;

const FLAGS_BY_KIND: Record<Kind, readonly string[]> = {
  account: ['name', 'owner', 'stage', 'since', 'team', 'contact'],
  plan: ['title', 'owner', 'status', 'kickoff', 'target'],
  guide: ['title', 'summary', 'owner', 'review-by', 'tag'],
};

export async function runNew(argv: string[], io: EditEnvironment): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      name: { type: 'string' },
      owner: { type: 'string' },
      stage: { type: 'string' },
      since: { type: 'string' },
      team: { type: 'string', multiple: true },
      contact: { type: 'string', multiple: true },
      title: { type: 'string' },
      status: { type: 'string' },
      kickoff: { type: 'string' },
      target: { type: 'string' },
      summary: { type: 'string' },
      'review-by': { type: 'string' },
      tag: { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: true,
  });
  const [kindText, id, ...extra] = positionals;
  if (kindText === undefined) throw new UsageError('say what to create: account, plan or guide.');
  if (!(KINDS as readonly string[]).includes(kindText)) throw new UsageError(`\`${kindText}\` is not something \`playbook new\` creates: use account, plan or guide.`);
  const kind = kindText as Kind;
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.map((e) => JSON.stringify(e)).join(' ')} (quote a value that has spaces).`);
  const allowed = new Set([...FLAGS_BY_KIND[kind], ...Object.keys(COMMON_OPTIONS)]);
  for (const flag of Object.keys(values)) {
    if (!allowed.has(flag)) throw new UsageError(`--${flag} does not apply to a new ${kind}.`);
  }

  const context = openFor(values, io);
  const questions = questionsFor(kind, context);
  const answers: Answers = { id, ...(values as Answers) };
  const interactive = io.stdin?.isTTY === true;
  const asker = interactive ? new Asker(io) : undefined;
  try {
    for (const question of questions) {
      if (answers[question.flag] !== undefined) continue;
      if (asker) {
        answers[question.flag] = await asker.ask(question, answers);
      } else if (question.required) {
        throw new UsageError(question.flag === 'id' ? `name the ${kind} to create (${idHint(kind)}).` : `--${question.flag} is required (${question.label.toLowerCase()}).`);
      }
    }
  } finally {
    asker?.close();
  }
  return finish(context, build(kind, context, answers), values, io);
}

function idHint(kind: Kind): string {
  return kind === 'plan' ? '<account>/<plan>, such as northwind/scanner-rollout' : kind === 'account' ? 'an id such as northwind' : 'an id such as handing-over';
}

function build(kind: Kind, context: EditContext, a: Answers): Edit {
  const one = (key: string) => a[key] as string | undefined;
  const many = (key: string) => (a[key] as string[] | undefined) ?? [];
  switch (kind) {
    case 'account':
      return newAccount(context, { id: one('id')!, name: one('name')!, owner: one('owner')!, stage: one('stage') ?? 'prospect', since: one('since'), team: many('team'), contacts: many('contact') });
    case 'plan':
      return newPlan(context, { id: one('id')!, title: one('title')!, owner: one('owner')!, status: one('status'), kickoff: one('kickoff')!, target: one('target') });
    case 'guide':
      return newGuide(context, { id: one('id')!, title: one('title')!, summary: one('summary'), owner: one('owner'), reviewBy: one('review-by'), tags: many('tag') });
  }
}

function questionsFor(kind: Kind, context: EditContext): Question[] {
  const { content, asOf } = context.current;
  const person = (value: string) => void requirePerson(content, value, 'owner');
  const date = (value: string) => {
    if (!isCalendarDate(value)) throw new FlagError(`${value} ${whyNotADate(value, asOf)}.`);
  };
  const choice = (allowed: readonly string[]) => (value: string) => {
    if (!allowed.includes(value)) throw new FlagError(`choose one of ${allowed.join(', ')}.`);
  };
  switch (kind) {
    case 'account':
      return [
        { flag: 'id', label: 'Account id (lowercase-kebab, the folder name)', required: true },
        { flag: 'name', label: "The client's name", required: true },
        { flag: 'owner', label: 'Relationship owner (person id)', required: true, check: person },
        { flag: 'stage', label: `Stage (${ACCOUNT_STAGES.join(', ')})`, fallback: () => 'prospect', check: choice(ACCOUNT_STAGES) },
        { flag: 'since', label: 'Since', fallback: () => asOf, check: date },
        { flag: 'team', label: 'Our team (person ids, comma-separated)', multiple: true, check: person },
        { flag: 'contact', label: "The client's contacts (names, comma-separated)", multiple: true },
      ];
    case 'plan':
      return [
        { flag: 'id', label: 'Plan id (<account>/<plan>)', required: true, check: (value) => void findAccount(content, value.split('/')[0] ?? '') },
        { flag: 'title', label: 'Title', required: true },
        {
          flag: 'owner',
          label: 'Delivery lead (person id)',
          required: true,
          check: person,
        },
        { flag: 'status', label: `Status (${PLAN_STATUSES.join(', ')})`, fallback: () => 'draft', check: choice(PLAN_STATUSES) },
        { flag: 'kickoff', label: 'Kickoff date', required: true, fallback: () => asOf, check: date },
        { flag: 'target', label: 'Target date (optional)', check: date },
      ];
    case 'guide':
      return [
        { flag: 'id', label: 'Guide id (lowercase-kebab, the file name)', required: true },
        { flag: 'title', label: 'Title', required: true },
        { flag: 'summary', label: 'Summary (optional)' },
        { flag: 'owner', label: 'Owner (person id, optional)', check: person },
        { flag: 'review-by', label: 'Review by (optional)', check: date },
        { flag: 'tag', label: 'Tags (comma-separated, optional)', multiple: true },
      ];
  }
}

/** Questions at a terminal, one line per answer. */
class Asker {
  private readonly lines: AsyncIterator<string>;
  private readonly close_: () => void;

  private readonly io: EditEnvironment;

  constructor(io: EditEnvironment) {
    this.io = io;
    const rl = createInterface({ input: io.stdin!, terminal: false });
    this.lines = rl[Symbol.asyncIterator]();
    this.close_ = () => rl.close();
  }

  async ask(question: Question, answers: Answers): Promise<string | string[] | undefined> {
    const fallback = question.fallback?.(answers);
    for (;;) {
      this.io.stderr.write(`${question.label}${fallback !== undefined ? ` [${fallback}]` : ''}: `);
      const next = await this.lines.next();
      if (next.done) throw new UsageError(`no answer for ${question.flag === 'id' ? 'the id' : `--${question.flag}`}; the input ended.`);
      const answer = next.value.trim() || fallback;
      if (answer === undefined || answer === '') {
        if (question.required) {
          this.io.stderr.write('  (required)\n');
          continue;
        }
        return question.multiple ? [] : undefined;
      }
      const values = question.multiple ? answer.split(',').map((v) => v.trim()).filter(Boolean) : [answer];
      try {
        for (const value of values) question.check?.(value, answers);
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        this.io.stderr.write(`  ${error.message}\n`);
        continue;
      }
      return question.multiple ? values : answer;
    }
  }

  close(): void {
    this.close_();
  }
}
