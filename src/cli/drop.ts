// `playbook drop <account>/<plan>#<item>`: give up a commitment openly.
import { parseArgs } from 'node:util';
import { dropItem } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, editAccount, itemRef, onePositional, required, type EditEnvironment } from './edit-command.ts';

export function runDrop(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, reason: { type: 'string' }, told: { type: 'string' }, date: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const ref = itemRef(onePositional(positionals, 'item (<account>/<plan>#<item>)'));
  const input = { reason: required(values.reason, '--reason'), told: required(values.told, '--told'), date: values.date };
  return editAccount(values, io, ref.accountId, (context) => dropItem(context, ref, input));
}
