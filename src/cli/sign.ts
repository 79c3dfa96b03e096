// `playbook sign <account>/<plan>`: record the signatures on a plan's letter of agreement.
import { parseArgs } from 'node:util';
import { signAgreement } from '../core/edit/operations.ts';
import { UsageError } from './errors.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, onePositional, openFor, planId, type EditEnvironment } from './edit-command.ts';

export const SIGN_USAGE = `Usage: playbook sign <account>/<plan> [--customer NAME] [--us ID] [--date DATE] [--force]

Records who signed the plan's letter of agreement, and when: \`agreement.customer\` and/or
\`agreement.us\`, each \`{ by: ..., date: DATE }\`. Creates the \`agreement:\` block if needed.
  --customer NAME  the contact of the account who signed for the customer
  --us ID          the person id (people.yaml) who signed for us
  --date DATE      when (default: today); never after today
  --force          replace a signature already recorded
${COMMON_USAGE}
Example:
  playbook sign northwind/scanner-rollout --customer "Bob Smith" --us jane-doe --date 2026-11-18
`;

export function runSign(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, customer: { type: 'string' }, us: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const plan = planId(onePositional(positionals, 'plan (<account>/<plan>)'));
  if (values.customer === undefined && values.us === undefined) throw new UsageError('name who signed: --customer, --us or both.');
  const context = openFor(values, io);
  return finish(context, signAgreement(context, plan, { customer: values.customer, us: values.us, date: values.date, force: values.force }), values, io);
}
