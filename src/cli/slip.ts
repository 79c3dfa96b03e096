// `playbook slip <account>/<plan>#<item>`: move a commitment's due date, recording the slip.
import { parseArgs } from 'node:util';
import { slipItem } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, editAccount, itemRef, onePositional, required, type EditEnvironment } from './edit-command.ts';

export function runSlip(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      to: { type: 'string' },
      told: { type: 'string' },
      reason: { type: 'string' },
      workaround: { type: 'string' },
      date: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  const ref = itemRef(onePositional(positionals, 'item (<account>/<plan>#<item>)'));
  const input = {
    to: required(values.to, '--to'),
    told: required(values.told, '--told'),
    reason: required(values.reason, '--reason'),
    workaround: values.workaround,
    date: values.date,
  };
  return editAccount(values, io, ref.accountId, (context) => slipItem(context, ref, input));
}
