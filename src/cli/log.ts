// `playbook log <account>`: append a touchpoint to the account plan.
import { parseArgs } from 'node:util';
import { logTouchpoint } from '../core/edit/operations.ts';
import { TOUCHPOINT_KINDS } from '../core/schema/index.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, onePositional, openFor, required, type EditEnvironment } from './edit-command.ts';

export const LOG_USAGE = `Usage: playbook log <account> --by ID --kind KIND [--with NAME]... [--note TEXT] [--date DATE]

Appends a touchpoint (a call, meeting, email, visit or governance review) to the account plan.
  --by ID         who from our side: a person id from people.yaml
  --kind KIND     ${TOUCHPOINT_KINDS.join(' | ')} (a review is a governance review)
  --with NAME     a contact of the account, by name; repeat for several
  --note TEXT     what happened, in a sentence
  --date DATE     when (default: today); never after today
${COMMON_USAGE}
Example:
  playbook log northwind --by jane-doe --with "Bob Smith" --kind call --note "Confirmed install dates"
`;

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
  const context = openFor(values, io);
  return finish(context, logTouchpoint(context, account, input), values, io);
}
