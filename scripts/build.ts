// `npm run build` in this repository: `playbook build` (src/cli/build.ts), whose flags it takes.
//   npm run build [-- --content DIR] [--as-of YYYY-MM-DD] [--out DIR]
//   npm run build -- --client <account>|all [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
// A mistyped option is reported on one line, with "did you mean", and exit code 2.
// Node's compile cache (as in scripts/playbook.ts) is turned on before anything else is imported,
// so that our modules, Astro's and Vite's are compiled once, not on every build.
import * as nodeModule from 'node:module';

nodeModule.enableCompileCache();
const { parseArgs } = await import('node:util');
const { buildSite, BUILD_OPTIONS } = await import('../src/cli/build.ts');
const { defaultEnvironment } = await import('../src/cli/environment.ts');
const { didYouMean } = await import('../src/core/suggest.ts');

function usageError(error: Error & { code?: string }): never {
  const option = /'(--?[^' ]+)/.exec(error.message)?.[1];
  const message =
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
      ? `unknown option ${option}${didYouMean(option, Object.keys(BUILD_OPTIONS).map((name) => `--${name}`))}`
      : error.message;
  process.stderr.write(`build: ${message}\n`);
  process.exit(2);
}

let values: ReturnType<typeof parseArgs<{ options: typeof BUILD_OPTIONS; strict: true }>>['values'];
try {
  ({ values } = parseArgs({ options: BUILD_OPTIONS, strict: true }));
} catch (error) {
  usageError(error as Error);
}
process.exitCode = await buildSite(values, defaultEnvironment());
