// `playbook log <account>`: append a touchpoint to the account plan.
import { parseArgs } from 'node:util';
import { logTouchpoint } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, editAccount, onePositional, required, type EditEnvironment } from './edit-command.ts';

export function runLog(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      by: { type: 'string' },
      with: { type: 'string', multiple: true },
      kind: { type: 'string' },
      note: { type: 'string' },
      date: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  const account = onePositional(positionals, 'account');
  const input = {
    by: required(values.by, '--by'),
    kind: required(values.kind, '--kind'),
    with: values.with ?? [],
    note: values.note,
    date: values.date,
  };
  return editAccount(values, io, account, (context) => logTouchpoint(context, account, input));
}
