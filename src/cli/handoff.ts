// `playbook handoff <account>/<plan> <item>`: date an item of a plan's handoff checklist.
import { parseArgs } from 'node:util';
import { dateHandoff } from '../core/edit/operations.ts';
import { COMMON_OPTIONS, COMMON_USAGE, finish, openFor, planId, positionalsOf, type EditEnvironment } from './edit-command.ts';

export const HANDOFF_USAGE = `Usage: playbook handoff <account>/<plan> <item> [--date DATE] [--force]

Dates an item of the handoff checklist: adds \`<item>: DATE\` under the plan's \`handoff:\`
(creating it if needed). The item is an id of \`handoff_checklist\` in playbook.yaml.
  --date DATE     when it was done (default: today); never after today
  --force         change a date already recorded
${COMMON_USAGE}
Example:
  playbook handoff northwind/scanner-rollout delivery-briefed --date 2026-11-18
`;

export function runHandoff(argv: string[], io: EditEnvironment): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, date: { type: 'string' }, force: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  const [plan, item] = positionalsOf(positionals, ['plan (<account>/<plan>)', 'handoff item']) as [string, string];
  const context = openFor(values, io);
  return finish(context, dateHandoff(context, planId(plan), item, { date: values.date, force: values.force }), values, io);
}
