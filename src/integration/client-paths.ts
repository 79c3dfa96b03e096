// Where the client build writes: each account's folder in PLAYBOOK_CLIENT_OUT_DIR (`--out`,
// default dist-client/), after Astro has rendered them all into a staging folder inside it.
import { join, resolve } from 'node:path';

export function clientOutDir(): string {
  return resolve(process.env.PLAYBOOK_CLIENT_OUT_DIR?.trim() || 'dist-client');
}

/** Astro's own outDir for the client build: emptied by Astro, removed once the folders are moved out. */
export function clientStagingDir(): string {
  return join(clientOutDir(), '.staging');
}
