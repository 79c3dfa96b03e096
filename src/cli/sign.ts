// `playbook sign <account>/<plan>`: record a signature on a plan's letter of agreement, for the
// customer, for us, or one of each. Several signers on one side are recorded one run each, so
// that every flag says one thing (a title belongs to the one signer named beside it).
import { parseArgs } from 'node:util';
import { signAgreement, type SignerInput } from '../core/edit/sign.ts';
import { UsageError } from './errors.ts';
import { COMMON_OPTIONS, editAccount, onePositional, planId, type EditEnvironment } from './edit-command.ts';

export function runSign(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      customer: { type: 'string', multiple: true },
      'customer-title': { type: 'string' },
      us: { type: 'string', multiple: true },
      'us-title': { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  const plan = planId(onePositional(positionals, 'plan (<account>/<plan>)'));
  const customer = signer(values.customer, values['customer-title'], 'customer');
  const us = signer(values.us, values['us-title'], 'us');
  if (customer === undefined && us === undefined) throw new UsageError('name who signed: --customer, --us or both.');
  const input = { customer, us, date: values.date, force: values.force };
  return editAccount(values, io, plan.split('/')[0]!, (context) => signAgreement(context, plan, input));
}

function signer(names: string[] | undefined, title: string | undefined, side: 'customer' | 'us'): SignerInput | undefined {
  if (names === undefined) {
    if (title !== undefined) throw new UsageError(`--${side}-title needs --${side}: the title is the role of the signer it names.`);
    return undefined;
  }
  if (names.length > 1) {
    throw new UsageError(`one --${side} per run: record ${names.map((n) => JSON.stringify(n)).join(' and ')} with one \`playbook sign\` each (each with its own --${side}-title).`);
  }
  return { by: names[0]!, title };
}
