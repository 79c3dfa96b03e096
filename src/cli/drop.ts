// `playbook drop <account>/<plan>#<item>`: give up a commitment openly.
import { parseArgs } from 'node:util';
import { dropCommitment } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, itemRef, onePositional, openFor, required, type EditEnvironment } from './edit-command.ts';

export const DROP_USAGE = `Usage: playbook drop <account>/<plan>#<item> --reason TEXT --told NAME [--date DATE]

Records that a commitment will not be kept, why, and who on the client's side was told.
  --reason TEXT   why it is dropped
  --told NAME     the contact of the account who was told
  --date DATE     when it was agreed (default: today); never after today
${COMMON_USAGE}
Example:
  playbook drop northwind/scanner-rollout#install-site-8 --reason "Client removed site 8" --told "Bob Smith"
`;

export function runDrop(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, reason: { type: 'string' }, told: { type: 'string' }, date: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const ref = itemRef(onePositional(positionals, 'item (<account>/<plan>#<item>)'));
  const input = { reason: required(values.reason, '--reason'), told: required(values.told, '--told'), date: values.date };
  const context = openFor(values, io);
  return finish(context, dropCommitment(context, ref, input), values, io);
}
