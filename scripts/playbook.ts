// Entry point of the `playbook` command. Node's compile cache keeps the compiled (and
// type-stripped) modules between runs, which halves the start-up of every command; it is turned
// on before anything else is imported, hence the dynamic import.
import * as nodeModule from 'node:module';

// Absent before Node 22.1: `npm create followthrough` may run init on whatever Node is at hand.
nodeModule.enableCompileCache?.();
const { endQuietlyOnClosedPipe } = await import('../src/cli/closed-pipe.ts');
endQuietlyOnClosedPipe(process.stdout, process.stderr);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
