// The `playbook` command once started, whichever way: from the sources (scripts/playbook.ts) or
// from the package's bundle (lib/cli.cjs, which lib/playbook.cjs runs).
import { endQuietlyOnClosedPipe } from './closed-pipe.ts';
import { main } from './main.ts';

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe(process.stdout, process.stderr);
  return await main(argv);
}
