// `npm run bundle` (run by `prepack`, so every packed or published package has it): the package's
// JavaScript entry points, in lib/. Node loads these itself (the `playbook` command, and the
// integration that a team's astro.config.mjs imports) and refuses to strip types from .ts files
// under node_modules, so they cannot be the sources as they are. Everything Vite loads (pages,
// components, the middleware, the content collections) ships as source in src/: Vite compiles
// it, as it does Starlight's.
//
// One build with shared chunks, so that the command and the integration it starts share one copy
// of the core (its classes, its caches). Dependencies stay imports of the installed packages,
// except the three pure-JavaScript ones every command loads (INLINED): zod alone is some 70
// modules, and Node resolving, loading and linking them one by one was ~30 ms of every command
// (`log` at 1,000 accounts: 248 -> 218 ms, hyperfine, 15 runs). Their licences go with them.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'lib');

/** Packages bundled into lib/ rather than imported from node_modules (see above). */
const INLINED = ['zod', 'yaml', 'js-yaml'];

/** Every bare import stays an import of the installed package, except those of INLINED. */
const externalExceptInlined: Plugin = {
  name: 'external-except-inlined',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
      return INLINED.includes(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/** The licence of each inlined package, as its own package ships it. */
function licences(): string {
  const require = createRequire(join(ROOT, 'package.json'));
  return INLINED.map((name) => {
    const dir = dirname(require.resolve(`${name}/package.json`));
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
    return `## ${name} ${version} (${license})\n\n${readFileSync(join(dir, 'LICENSE'), 'utf8').trim()}\n`;
  }).join('\n');
}

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
    plugins: [externalExceptInlined],
    // yaml is CommonJS: its `require` calls of Node's own modules need a `require` in the ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(join(OUT, 'THIRD-PARTY-LICENSES.md'), `# Packages bundled into lib/\n\n${licences()}`);
  const bin = join(OUT, 'playbook.js');
  writeFileSync(bin, `#!/usr/bin/env node\n${readFileSync(bin, 'utf8')}`);
  chmodSync(bin, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle();
