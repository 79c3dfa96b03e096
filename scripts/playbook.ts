// Entry point of the `playbook` command from the sources (`npm run playbook`). Node's compile
// cache keeps the compiled (and type-stripped) modules between runs, which halves the start-up of
// every command; it is turned on before anything else is imported, hence the dynamic import.
// (The package's own command starts from its bundle instead: src/cli/launcher.ts.)
import * as nodeModule from 'node:module';

// Absent before Node 22.1: `npm create followthrough` may run init on whatever Node is at hand.
nodeModule.enableCompileCache?.();
const { run } = await import('../src/cli/run.ts');
process.exitCode = await run(process.argv.slice(2));
