// Where the client build writes: each account's folder in PLAYBOOK_CLIENT_OUT_DIR (`--out`,
// default dist-client/), after Astro has rendered them all into a staging folder inside it (or
// inside the project, for a folder Astro would misread as being in it: out-dir.ts).
import { join, resolve } from 'node:path';
import { misreadAsInside, stagingDir } from './out-dir.ts';

export function clientOutDir(): string {
  return resolve(process.env.PLAYBOOK_CLIENT_OUT_DIR?.trim() || 'dist-client');
}

/** Astro's own outDir for the client build: emptied by Astro, removed once the folders are moved out. */
export function clientStagingDir(): string {
  const out = clientOutDir();
  return misreadAsInside(out) ? stagingDir('client') : join(out, '.staging');
}
