// `playbook build` (and this repository's `npm run build`, scripts/build.ts): `astro build` with
// the CLI's flags, and quiet.
//   playbook build [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
//   playbook build --client <account>|all [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
// The flags set PLAYBOOK_CONTENT_DIR, PLAYBOOK_AS_OF and PLAYBOOK_OUT_DIR, which the integration
// and the site's settings read; the integration does the rest: the check that gates the build,
// and the search index. With --client, the client's site instead: from astro.client.config.mjs
// when the repository has one (this one does), else from the package's own settings. Astro logs
// only warnings and errors here, unless PLAYBOOK_BUILD_LOG=info (at 1,000 accounts its info log
// is a line per page, 7,000 of them). Exit codes as the CLI's: 1 for a playbook with structural
// findings, 2 for a content folder that cannot be read, an unknown account or a bad as-of date.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

export const BUILD_OPTIONS = {
  content: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  client: { type: 'string', multiple: true },
} as const;

export interface BuildRequest {
  content?: string;
  'as-of'?: string;
  out?: string;
  client?: string[];
}

export async function runBuild(argv: string[], io: CliEnvironment): Promise<number> {
  const { values } = parseArgs({ args: argv, options: BUILD_OPTIONS, strict: true, allowPositionals: false });
  // The site is the repository's in the current folder: Vite resolves Astro's own entry points from
  // there, and without it installed stopped with an internal error ("Cannot resolve entry module").
  if (!installedAt(io.cwd, 'astro')) {
    throw new UsageError(`run it in the playbook's repository, where \`npm install\` has installed followthrough and Astro: no astro package is installed for ${io.cwd}.`);
  }
  return await buildSite(values, io);
}

/** Whether `name` resolves from `folder`, as Node and Vite look for it (node_modules here or above). */
function installedAt(folder: string, name: string): boolean {
  try {
    createRequire(join(folder, 'package.json')).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** Builds the site (or the client's) as `request` asks; returns the exit code. */
export async function buildSite(request: BuildRequest, io: CliEnvironment): Promise<number> {
  // Astro, the integration and the gate are loaded only now: the flags are checked without them.
  const [{ build }, { checkClientBuild }, { clientAccounts }, { clientOutDir }, { BuildRefused }] = await Promise.all([
    import('astro'),
    import('../integration/client.ts'),
    import('../client-site/site.ts'),
    import('../integration/client-paths.ts'),
    import('../integration/gate.ts'),
  ]);
  const env = io.env;
  const client = request.client !== undefined;
  if (request.content) env.PLAYBOOK_CONTENT_DIR = request.content;
  if (request['as-of']) env.PLAYBOOK_AS_OF = request['as-of'];
  if (client) {
    env.PLAYBOOK_CLIENT = request.client!.join(',');
    if (request.out) env.PLAYBOOK_CLIENT_OUT_DIR = request.out;
  } else if (request.out) env.PLAYBOOK_OUT_DIR = request.out;
  env.ASTRO_TELEMETRY_DISABLED = '1';

  const started = performance.now();
  const logLevel = env.PLAYBOOK_BUILD_LOG === 'info' ? 'info' : 'warn';
  try {
    // The client build's checks first: a refusal then comes before Astro starts, without its log.
    if (client) checkClientBuild();
    if (client && !existsSync(join(io.cwd, 'astro.client.config.mjs'))) {
      const { clientSiteSettings } = await import('../integration/client-settings.ts');
      await build({ ...clientSiteSettings(env), root: io.cwd, configFile: false, logLevel });
    } else {
      await build({ root: io.cwd, configFile: client ? 'astro.client.config.mjs' : undefined, logLevel });
    }
  } catch (error) {
    // By name: the integration that threw it may be another copy of the module (its own bundle).
    if (!(error instanceof BuildRefused) && (error as Error).name !== 'BuildRefused') throw error;
    // The findings, if any, are printed already; this is the verdict, without a stack trace.
    io.stderr.write(`${(error as Error).message}\n`);
    return (error as InstanceType<typeof BuildRefused>).exitCode;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  if (client) {
    const accounts = clientAccounts();
    const where = accounts.length === 1 ? `one client site written to ${join(clientOutDir(), accounts[0]!)}${sep}` : `${accounts.length} client sites written to ${clientOutDir()}${sep} (a folder each: ${accounts.join(', ')})`;
    io.stdout.write(`build: ${where} in ${seconds} s (peak memory ${megabytes} MB)\n`);
  } else {
    io.stdout.write(`build: site and search index written to ${resolve(io.cwd, env.PLAYBOOK_OUT_DIR || 'dist')} in ${seconds} s (peak memory ${megabytes} MB)\n`);
  }
  return 0;
}
