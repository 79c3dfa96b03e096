// `npm run bundle` (run by `prepack`, so every packed or published package has it): the package's
// JavaScript entry points, in lib/. Node loads these itself and refuses to strip types from .ts
// files under node_modules, so they cannot be the sources as they are. Everything Vite loads
// (pages, components, the middleware, the content collections) ships as source in src/: Vite
// compiles it, as it does Starlight's.
//
// - lib/index.js: the integration a team's astro.config.mjs imports, and lib/cli.js, the command
//   line as ES modules, for `playbook build`: one build with shared chunks, so that the command
//   and the integration it starts share one copy of the core.
// - lib/cli.cjs: the whole command line in one CommonJS file, and lib/playbook.cjs, the `playbook`
//   bin, which runs it with a code cache made after a run (src/cli/launcher.ts says why). One file,
//   since a V8 code cache is per script; CommonJS, since only a script (vm.Script) can be given a
//   cache from outside. Its dynamic imports of commands stay lazy (esbuild defers those modules).
//
// Dependencies stay imports of the installed packages, except the three pure-JavaScript ones
// every command loads (INLINED): zod alone is some 70 modules, and Node resolving, loading and
// linking them one by one was ~30 ms of every command (`log` at 1,000 accounts: 248 -> 218 ms,
// hyperfine, 15 runs). Their licences go with them.
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { COMMANDS } from '../src/cli/commands.ts';

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

/**
 * The command line's bundle loads the zod schemas on first use, not with the loader: esbuild
 * bundles a `require()` of a module as that module's lazy start, which runs only when it is
 * called. (Run from source, Node's ES modules have no such thing, and zod-schemas.ts imports
 * them; the site's bundle keeps that.) schema/zod-schemas.ts says why.
 */
const lazySchemas: Plugin = {
  name: 'lazy-zod-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]schema[\\/]zod-schemas\.ts$/ }, (args) => ({
      contents: `export function zodSchemas() {\n  return require('./index.ts');\n}\n`,
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
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

export async function bundle(out = OUT): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  const common: BuildOptions = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node24', plugins: [externalExceptInlined], legalComments: 'none', logLevel: 'warning' };
  await build({
    ...common,
    entryPoints: { index: 'src/integration/index.ts', cli: 'src/cli/run.ts' },
    outdir: out,
    splitting: true,
    format: 'esm',
    // yaml is CommonJS: its `require` calls of Node's own modules need a `require` in the ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The two CommonJS files: the command line, and the bin that runs it.
  const commonJs = (entry: string, outfile: string, options: Pick<BuildOptions, 'define' | 'banner'>) =>
    build({ ...common, plugins: [...common.plugins!, lazySchemas], entryPoints: [entry], outfile, format: 'cjs', ...options });
  const cli = join(out, 'cli.cjs');
  await commonJs('src/cli/run.ts', cli, {
    // A CommonJS file has no import.meta: the modules that find files beside themselves get its URL.
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
  const written = readFileSync(cli, 'utf8');
  refuseDynamicImports(cli, written);
  const ascii = asciiOnly(written);
  if (ascii !== written) writeFileSync(cli, ascii);
  const bin = join(out, 'playbook.cjs');
  await commonJs('src/cli/launcher.ts', bin, {
    define: {
      __CLI_DIGEST__: JSON.stringify(createHash('sha256').update(ascii).digest('hex').slice(0, 16)),
      __COMMANDS__: JSON.stringify(Object.keys(COMMANDS)),
    },
    banner: { js: '#!/usr/bin/env node' },
  });
  chmodSync(bin, 0o755);
  writeFileSync(join(out, 'THIRD-PARTY-LICENSES.md'), `# Packages bundled into lib/\n\n${licences()}`);
}

/**
 * lib/cli.cjs as ASCII alone. A few comments of the inlined packages hold characters beyond
 * Latin-1 (“ ” —), and one such character makes the whole 1.1 MB source a two-byte string for V8,
 * decoded from UTF-8 on every command. ASCII alone, the launcher reads it as Latin-1, a plain copy
 * of its bytes: `playbook --help` 56 and 58 ms against 61 and 64 ms (medians of 31 alternating
 * runs, twice). esbuild writes strings, templates and regular expressions ASCII-only already (its
 * default charset); comments it keeps as written, and there an escape changes nothing.
 */
function asciiOnly(text: string): string {
  // Each UTF-16 unit on its own (no `u` flag): a character beyond U+FFFF becomes its two escapes.
  return text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * lib/cli.cjs runs as a vm.Script, where an `import()` has no loader to go to (Node's default one
 * is experimental there, and warns). Only `playbook build` imports a module (Astro), and the
 * launcher runs build from lib/cli.js instead; anything else importing one must fail here, not
 * in a user's hands.
 */
function refuseDynamicImports(file: string, text: string): void {
  const imports = [...text.matchAll(/\bimport\(\s*("[^"]*"|[^)]*)\)/g)].map((match) => match[1]!);
  const unexpected = imports.filter((target) => target !== '"astro"');
  if (unexpected.length > 0) throw new Error(`${file} imports ${unexpected.join(', ')} dynamically: a command other than build cannot (see refuseDynamicImports in scripts/bundle.ts)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle();
