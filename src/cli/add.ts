// `playbook add <account>/<plan> commitment|milestone`: a new item at the end of the plan's list;
// after both sides signed, with who on the client's side agreed to it and why.
import { parseArgs } from 'node:util';
import { addItem, type NewItemInput } from '../core/edit/add-item.ts';
import { COMMON_OPTIONS, editAccount, planId, positionalsOf, required, type EditEnvironment } from './edit-command.ts';
import { UsageError } from './errors.ts';

const KINDS = ['commitment', 'milestone'] as const;
type Kind = (typeof KINDS)[number];

/** The flags each kind of item takes; any other is a usage error, not silently ignored. */
const FLAGS_BY_KIND: Record<Kind, readonly string[]> = {
  commitment: ['id', 'what', 'owner', 'due', 'milestone', 'after', 'chaser', 'internal', 'told', 'reason', 'date'],
  milestone: ['id', 'title', 'owner', 'due', 'told', 'reason', 'date'],
};

export function runAdd(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      id: { type: 'string' },
      what: { type: 'string' },
      title: { type: 'string' },
      owner: { type: 'string' },
      due: { type: 'string' },
      milestone: { type: 'string' },
      after: { type: 'string', multiple: true },
      chaser: { type: 'string' },
      internal: { type: 'boolean' },
      told: { type: 'string' },
      reason: { type: 'string' },
      date: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  const [planText, kindText] = positionalsOf(positionals, ['plan (<account>/<plan>)', 'kind of item (commitment or milestone)']) as [string, string];
  const plan = planId(planText);
  if (!(KINDS as readonly string[]).includes(kindText)) throw new UsageError(`\`${kindText}\` is not something \`playbook add\` adds: use commitment or milestone.`);
  const kind = kindText as Kind;
  const allowed = new Set([...FLAGS_BY_KIND[kind], ...Object.keys(COMMON_OPTIONS)]);
  for (const flag of Object.keys(values)) {
    if (!allowed.has(flag)) throw new UsageError(`--${flag} does not apply to a ${kind}.`);
  }
  const addition = { told: values.told, reason: values.reason, date: values.date };
  const id = required(values.id, '--id');
  const due = required(values.due, '--due');
  const input: NewItemInput =
    kind === 'commitment'
      ? {
          kind,
          id,
          what: required(values.what, '--what'),
          owner: required(values.owner, '--owner'),
          due,
          milestone: values.milestone,
          after: values.after,
          chaser: values.chaser,
          internal: values.internal,
          ...addition,
        }
      : { kind, id, title: required(values.title, '--title'), due, owner: values.owner, ...addition };
  return editAccount(values, io, plan.split('/')[0]!, (context) => addItem(context, plan, input));
}
