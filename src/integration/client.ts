// The client's site as an Astro integration (astro.client.config.mjs): the same gate as the main
// site (a structural finding stops the build, printed as `playbook check` prints it), then the
// accounts asked for (an unknown one stops the build with a suggestion, exit code 2 as a usage
// error); once Astro has rendered every account's pages, each account's folder gets its own
// search index and is moved to <out>/<account>/ (client-output.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ALL_ACCOUNTS, UnknownAccountError } from '../core/client/select.ts';
import { countOf } from '../core/words.ts';
import { clientAccounts, clientSetting } from '../client-site/site.ts';
import { isClientSite, publishClientFolders } from './client-output.ts';
import { clientOutDir } from './client-paths.ts';
import { BuildRefused, gate } from './gate.ts';
import { holdsProblem, outDirRefusal } from './out-dir.ts';
import { contentDirPath } from '../site/env.ts';
import { withSynchronousPageWrites } from './page-writes.ts';

/**
 * The accounts to build, once the playbook has passed the gate; BuildRefused otherwise (exit 1
 * for structural findings, 2 for a content folder that cannot be read or an unknown account).
 * `npm run build` calls it before starting Astro, so that a refusal reads as the verdict alone.
 */
export function checkClientBuild(): string[] {
  gate();
  let accounts: string[];
  try {
    accounts = clientAccounts();
  } catch (error) {
    if (error instanceof UnknownAccountError) throw new BuildRefused(error.message, 2);
    throw error;
  }
  // Each account's folder in the output replaces what was there: only a client site may be.
  // The output folder keeps what else it holds; each account's folder in it is replaced, so it
  // may only be a client site an earlier build wrote (out-dir.ts).
  const out = clientOutDir();
  const places = { cwd: process.cwd(), contentDir: contentDirPath() };
  const outProblem = holdsProblem(out, places);
  if (outProblem) throw new BuildRefused(outDirRefusal(out, outProblem), 2);
  for (const target of accounts.map((account) => join(out, account))) {
    const problem = holdsProblem(target, places) ?? (existsSync(target) && !isClientSite(target) ? 'it is not a client site an earlier build wrote' : undefined);
    if (problem) throw new BuildRefused(outDirRefusal(target, problem), 2);
  }
  return accounts;
}

export function followthroughClient(): AstroIntegration {
  let accounts: string[] = [];
  let hasAdapter = false;
  return {
    name: 'followthrough-client',
    hooks: {
      'astro:config:setup'({ command, logger }) {
        if (command !== 'build') return;
        accounts = checkClientBuild();
        logger.info(`building the client site of ${countOf(accounts.length, 'account')}`);
      },
      'astro:config:done'({ config }) {
        hasAdapter = config.adapter !== undefined;
      },
      'astro:build:start'({ setPrerenderer }) {
        // The pages are written as the main site's are (page-writes.ts); an adapter's prerenderer is left alone.
        if (!hasAdapter) setPrerenderer(withSynchronousPageWrites);
      },
      async 'astro:build:done'({ dir, logger }) {
        const started = performance.now();
        await publishClientFolders({
          staging: fileURLToPath(dir),
          out: clientOutDir(),
          accounts,
          replaceAll: clientSetting().includes(ALL_ACCOUNTS),
        });
        logger.info(`indexed and moved ${countOf(accounts.length, 'folder')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
