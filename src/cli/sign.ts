// `playbook sign <account>/<plan>`: record the signatures on a plan's letter of agreement.
import { parseArgs } from 'node:util';
import { signAgreement } from '../core/edit/operations.ts';
import { UsageError } from './errors.ts';
import { COMMON_OPTIONS, editAccount, onePositional, planId, type EditEnvironment } from './edit-command.ts';

export function runSign(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, customer: { type: 'string' }, us: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const plan = planId(onePositional(positionals, 'plan (<account>/<plan>)'));
  if (values.customer === undefined && values.us === undefined) throw new UsageError('name who signed: --customer, --us or both.');
  const signatures = { customer: values.customer, us: values.us, date: values.date, force: values.force };
  return editAccount(values, io, plan.split('/')[0]!, (context) => signAgreement(context, plan, signatures));
}
