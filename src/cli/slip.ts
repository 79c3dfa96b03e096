// `playbook slip <account>/<plan>#<item>`: move a commitment's due date, recording the slip.
import { parseArgs } from 'node:util';
import { slipCommitment } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, itemRef, onePositional, openFor, required, type EditEnvironment } from './edit-command.ts';

export const SLIP_USAGE = `Usage: playbook slip <account>/<plan>#<item> --to DATE --told NAME --reason TEXT
                     [--workaround TEXT] [--date DATE]

Moves a commitment's due date and records the slip in one step: the slip goes from the current
due date to the new one, so the history always chains.
  --to DATE          the new due date
  --told NAME        the contact of the account who was told
  --reason TEXT      why it moved
  --workaround TEXT  what was agreed in the meantime
  --date DATE        when it was renegotiated (default: today); never after today
${COMMON_USAGE}
Example:
  playbook slip northwind/scanner-rollout#install-scanners --to 2026-11-30 --told "Bob Smith" \\
    --reason "Firmware incompatibility" --workaround "Ship on 2.1 and patch on site"
`;

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
  const context = openFor(values, io);
  return finish(context, slipCommitment(context, ref, input), values, io);
}
