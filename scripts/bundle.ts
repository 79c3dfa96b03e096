// `npm run bundle` (run by `prepack`, so every packed or published package has it): the package's
// JavaScript entry points, in lib/. Node loads these itself (the `playbook` command, and the
// integration that a team's astro.config.mjs imports) and refuses to strip types from .ts files
// under node_modules, so they cannot be the sources as they are. Everything Vite loads (pages,
// components, the middleware, the content collections) ships as source in src/: Vite compiles
// it, as it does Starlight's.
//
// One build with shared chunks, so that the command and the integration it starts share one copy
// of the core (its classes, its caches). Dependencies stay imports of the installed packages.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'lib');

export async function bundle(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { playbook: 'scripts/playbook.ts', index: 'src/integration/index.ts' },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bin = join(OUT, 'playbook.js');
  writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(bin, 'utf8')}`);
  chmodSync(bin, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle();
