// `playbook done <account>/<plan>#<item>`: mark a commitment or milestone done.
import { parseArgs } from 'node:util';
import { markDone } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, editAccount, itemRef, onePositional, type EditEnvironment } from './edit-command.ts';

export function runDone(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, date: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const ref = itemRef(onePositional(positionals, 'item (<account>/<plan>#<item>)'));
  return editAccount(values, io, ref.accountId, (context) => markDone(context, ref, { date: values.date }));
}
