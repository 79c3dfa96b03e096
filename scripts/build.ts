// `npm run build` in this repository: `playbook build` (src/cli/build.ts), whose flags it takes.
//   npm run build [-- --content DIR] [--as-of YYYY-MM-DD] [--out DIR]
//   npm run build -- --client <account>|all [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
// A mistyped option is reported on one line, with "did you mean", and exit code 2.
import { parseArgs } from 'node:util';
import { buildSite, BUILD_OPTIONS } from '../src/cli/build.ts';
import { defaultEnvironment } from '../src/cli/environment.ts';
import { didYouMean } from '../src/core/suggest.ts';

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
