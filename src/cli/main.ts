// The `playbook` command line: dispatch to a command, and the one place where errors become
// messages and exit codes (0 clean, 1 findings at or above --fail-on, 2 usage or unreadable content).
import { AsOfError } from '../core/check.ts';
import { ContentFolderError } from '../core/load/load-playbook.ts';
import { EditError } from '../core/edit/errors.ts';
import { CHECK_USAGE, runCheck } from './check.ts';
import { CODEOWNERS_USAGE, runCodeowners } from './codeowners.ts';
import { PUBLISH_ISSUE_USAGE, runPublishIssue } from './publish-issue.ts';
import { REPORT_USAGE, runReport } from './report.ts';
import { DONE_USAGE, runDone } from './done.ts';
import { DROP_USAGE, runDrop } from './drop.ts';
import { LOG_USAGE, runLog } from './log.ts';
import { NEW_USAGE, runNew } from './new.ts';
import { runSchema, SCHEMA_USAGE } from './schema.ts';
import { runSlip, SLIP_USAGE } from './slip.ts';
import { runSign, SIGN_USAGE } from './sign.ts';
import { HANDOFF_USAGE, runHandoff } from './handoff.ts';
import { defaultEnvironment, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

type Command = (argv: string[], io: CliEnvironment) => number | Promise<number>;

interface CommandEntry {
  run: Command;
  usage: string;
  summary: string;
}

export const COMMANDS: Record<string, CommandEntry> = {
  check: { run: runCheck, usage: CHECK_USAGE, summary: 'validate the playbook and report what is overdue, stale or broken' },
  new: { run: runNew, usage: NEW_USAGE, summary: 'create an account, plan or guide from a template' },
  log: { run: runLog, usage: LOG_USAGE, summary: 'append a touchpoint to an account' },
  done: { run: runDone, usage: DONE_USAGE, summary: 'mark a commitment or milestone done' },
  drop: { run: runDrop, usage: DROP_USAGE, summary: 'drop a commitment, with the reason and who was told' },
  slip: { run: runSlip, usage: SLIP_USAGE, summary: "move a commitment's due date and record the slip" },
  sign: { run: runSign, usage: SIGN_USAGE, summary: "record the signatures on a plan's letter of agreement" },
  handoff: { run: runHandoff, usage: HANDOFF_USAGE, summary: "date an item of a plan's handoff checklist" },
  schema: { run: runSchema, usage: SCHEMA_USAGE, summary: 'write the JSON Schemas editors use to validate and complete the YAML' },
  report: { run: runReport, usage: REPORT_USAGE, summary: 'what a person or an account owes and what is late (--stale: everything)' },
  codeowners: { run: runCodeowners, usage: CODEOWNERS_USAGE, summary: "write CODEOWNERS: each account's folder to its owner and team" },
  'publish-issue': { run: (argv, io) => runPublishIssue(argv, io), usage: PUBLISH_ISSUE_USAGE, summary: 'keep one GitHub issue listing what is overdue and stale' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(15)}${entry.summary}`);
  return `Usage: playbook <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`playbook <command> --help\` for a command's options.\n`;
}

export async function main(argv: string[], io: CliEnvironment = defaultEnvironment()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`playbook: unknown command \`${name}\`.\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`playbook ${name}: ${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof EditError) {
      // An edit refused (unknown id, a date after today, a change that would add an error): nothing was written.
      io.stderr.write(`playbook ${name}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof ContentFolderError || error instanceof AsOfError) {
      io.stderr.write(`playbook ${name}: ${error.message}\n`);
      return 2;
    }
    // A bug of ours, not the user's: say so plainly; the stack only when asked for.
    const detail = io.env.PLAYBOOK_DEBUG ? `\n${(error as Error).stack}` : ' (set PLAYBOOK_DEBUG=1 for details)';
    io.stderr.write(`playbook ${name}: internal error: ${(error as Error).message}${detail}\nPlease report this with the command you ran.\n`);
    return 2;
  }
}

/** node:util parseArgs throws TypeErrors with these codes for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
