// The `playbook` command line: dispatch to a command, and the one place where errors become
// messages and exit codes (0 clean, 1 findings at or above --fail-on, 2 usage or unreadable content).
// Help and unknown commands are answered from the command list alone, without loading the core.
import { printableLine } from '../core/report/printable.ts';
import { EditError, FlagError } from '../core/edit/errors.ts';
import { AsOfError, ContentFolderError } from '../core/errors.ts';
import { didYouMean } from '../core/suggest.ts';
import { COMMANDS, optionsOf } from './commands.ts';
import { completionScript } from './completion.ts';
import { defaultEnvironment, type CliEnvironment } from './environment.ts';
import { OutputError, UsageError } from './errors.ts';

export { COMMANDS };

/** What `playbook` takes before any command. */
const GLOBAL_OPTIONS = ['--help', '--version'];

const COMPLETION_USAGE = `Usage: playbook completion bash|zsh

Prints a script that completes playbook's commands and each command's options in the shell.
Load it in your shell's startup file:
  eval "$(playbook completion bash)"     # in ~/.bashrc
  eval "$(playbook completion zsh)"      # in ~/.zshrc
`;

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(15)}${entry.summary}`);
  return `Usage: playbook <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`playbook help <command>\` (or \`playbook <command> --help\`) for a command's options,\n\`playbook --version\` for the version, \`playbook completion bash|zsh\` for shell completion.\n`;
}

export async function main(argv: string[], io: CliEnvironment = defaultEnvironment()): Promise<number> {
  const [first, ...afterFirst] = argv;
  if (first === '--version' || first === '-v' || first === 'version') {
    const { packageVersion } = await import('./version.ts');
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  // `playbook help check` is `playbook check --help`.
  const [name, ...rest] = first === 'help' && afterFirst.length > 0 ? [afterFirst[0]!, '--help'] : argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === 'completion') return completion(rest, io);
  // Only the commands' own names: `playbook constructor` is an unknown command, not Object's.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const unknown = name.startsWith('-')
      ? `option \`${name}\`${didYouMean(name, GLOBAL_OPTIONS)}`
      : `command \`${name}\`${didYouMean(name, [...Object.keys(COMMANDS), 'help', 'completion'])}`;
    io.stderr.write(`playbook: unknown ${unknown}.\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage);
    return 0;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FlagError || isParseArgsError(error)) {
      io.stderr.write(`playbook ${name}: ${(error as Error).message}${optionHint(error, name)}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof EditError) {
      // An edit refused (unknown id, a date after today, a change that would add an error): nothing was written.
      // The reason may quote content (a finding's message, a name): its escapes are shown, not run,
      // and its line breaks too, so that each line printed is one the command meant.
      io.stderr.write(`playbook ${name}: ${[error.head, ...error.details].map(printableLine).join('\n')}\n`);
      return 1;
    }
    if (error instanceof ContentFolderError || error instanceof AsOfError || error instanceof OutputError) {
      io.stderr.write(`playbook ${name}: ${error.message}\n`);
      return 2;
    }
    // A bug of ours, not the user's: say so plainly; the stack only when asked for.
    const detail = io.env.PLAYBOOK_DEBUG ? `\n${(error as Error).stack}` : ' (set PLAYBOOK_DEBUG=1 for details)';
    io.stderr.write(`playbook ${name}: internal error: ${(error as Error).message}${detail}\nPlease report this with the command you ran.\n`);
    return 2;
  }
}

/** `playbook completion bash|zsh`, or its help. */
function completion(args: string[], io: CliEnvironment): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(COMPLETION_USAGE);
    return 0;
  }
  try {
    io.stdout.write(completionScript(args[0]));
    return 0;
  } catch (error) {
    io.stderr.write(`playbook completion: ${(error as Error).message}\n\n${COMPLETION_USAGE}`);
    return 2;
  }
}

/** " (did you mean --as-of?)" for an option the command does not take. */
function optionHint(error: unknown, command: string): string {
  if ((error as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
  return option ? didYouMean(option.replace(/=.*$/, ''), optionsOf(command)) : '';
}

/** node:util parseArgs throws TypeErrors with these codes for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
