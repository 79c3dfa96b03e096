// `npm run build`: `astro build` with the CLI's flags, and quiet.
//   npm run build [-- --content DIR] [--as-of YYYY-MM-DD] [--out DIR]
//   npm run build -- --client <account>|all [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
// With --client, it builds the client's site instead (astro.client.config.mjs): one folder per
// account in --out (default dist-client/), each to share with that client only. --client may be
// repeated or take ids separated by commas; `all` builds every account's in one run.
// The flags set PLAYBOOK_CONTENT_DIR, PLAYBOOK_AS_OF and PLAYBOOK_OUT_DIR, which the integration
// (src/integration) and astro.config.mjs read; the integration does the rest: the check that
// gates the build, and the search index. Astro logs only warnings and errors here, unless
// PLAYBOOK_BUILD_LOG=info (at 1,000 accounts its info log is a line per page, 7,000 of them).
// Exit codes as the CLI's: 1 for a playbook with structural findings, 2 for a usage error (an
// unknown option or account, with "did you mean"), a content folder that cannot be read or an
// as-of date that is not a date.
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { clientAccounts } from '../src/client-site/site.ts';
import { checkClientBuild } from '../src/integration/client.ts';
import { didYouMean } from '../src/core/suggest.ts';
import { clientOutDir } from '../src/integration/client-paths.ts';
import { BuildRefused } from '../src/integration/gate.ts';

const OPTIONS = { content: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' }, client: { type: 'string', multiple: true } } as const;

function usageError(error: Error & { code?: string }): never {
  const option = /'(--?[^' ]+)/.exec(error.message)?.[1];
  const message =
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
      ? `unknown option ${option}${didYouMean(option, Object.keys(OPTIONS).map((name) => `--${name}`))}`
      : error.message;
  process.stderr.write(`build: ${message}\n`);
  process.exit(2);
}

let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];
try {
  ({ values } = parseArgs({ options: OPTIONS, strict: true }));
} catch (error) {
  usageError(error as Error);
}
const client = values.client !== undefined;
if (values.content) process.env.PLAYBOOK_CONTENT_DIR = values.content;
if (values['as-of']) process.env.PLAYBOOK_AS_OF = values['as-of'];
if (client) {
  process.env.PLAYBOOK_CLIENT = values.client!.join(',');
  if (values.out) process.env.PLAYBOOK_CLIENT_OUT_DIR = values.out;
} else if (values.out) process.env.PLAYBOOK_OUT_DIR = values.out;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const started = performance.now();
try {
  // The client build's checks first: a refusal then comes before Astro starts, without its log.
  if (client) checkClientBuild();
  await build({
    root: process.cwd(),
    configFile: client ? 'astro.client.config.mjs' : undefined,
    logLevel: process.env.PLAYBOOK_BUILD_LOG === 'info' ? 'info' : 'warn',
  });
} catch (error) {
  if (!(error instanceof BuildRefused)) throw error;
  // The findings, if any, are printed already; this is the verdict, without a stack trace.
  process.stderr.write(`${error.message}\n`);
  process.exit(error.exitCode);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const megabytes = Math.round(process.resourceUsage().maxRSS / 1024);
if (client) {
  const folders = clientAccounts().length;
  console.log(`build: ${folders === 1 ? 'one client site' : `${folders} client sites`} written to ${clientOutDir()}${sep}<account>${sep} in ${seconds} s (peak memory ${megabytes} MB)`);
} else {
  console.log(`build: site and search index written to ${resolve(process.env.PLAYBOOK_OUT_DIR || 'dist')} in ${seconds} s (peak memory ${megabytes} MB)`);
}
