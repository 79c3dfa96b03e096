// `playbook handoff <account>/<plan> <item>`: date an item of a plan's handoff checklist.
import { parseArgs } from 'node:util';
import { dateHandoff } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, editAccount, planId, positionalsOf, type EditEnvironment } from './edit-command.ts';

export function runHandoff(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, date: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const [plan, item] = positionalsOf(positionals, ['plan (<account>/<plan>)', 'handoff item']) as [string, string];
  const id = planId(plan);
  return editAccount(values, io, id.split('/')[0]!, (context) => dateHandoff(context, id, item, { date: values.date, force: values.force }));
}
