// `playbook done <account>/<plan>#<item>`: mark a commitment or milestone done.
import { parseArgs } from 'node:util';
import { markDone } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, itemRef, onePositional, openFor, type EditEnvironment } from './edit-command.ts';

export const DONE_USAGE = `Usage: playbook done <account>/<plan>#<item> [--date DATE]

Marks a commitment kept, or a milestone reached: adds \`done: DATE\` to it.
  --date DATE     when (default: today); never after today
${COMMON_USAGE}
Example:
  playbook done northwind/scanner-rollout#install-scanners --date 2026-11-29
`;

export function runDone(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, date: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const ref = itemRef(onePositional(positionals, 'item (<account>/<plan>#<item>)'));
  const context = openFor(values, io);
  return finish(context, markDone(context, ref, { date: values.date }), values, io);
}
