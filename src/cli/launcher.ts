// The `playbook` command as the package ships it (lib/playbook.cjs, bundled by scripts/bundle.ts):
// it runs the command line from one bundle, lib/cli.cjs, with a V8 code cache made *after* a run
// of the same command. `playbook build` is the exception: it loads Astro and the integration, ES
// modules both, so it runs from the ES module build (lib/cli.js, which shares the integration's
// chunks), and spends far more than its start-up building the site.
//
// Why not Node's own compile cache alone: Node writes it when a module is compiled, before the
// module runs, so it holds only what V8 compiles up front. Nearly every function is compiled on
// its first call, and so was compiled again on every run. A cache made once the command has run
// holds those functions too (`vm.Script#createCachedData`; V8 keeps what was compiled). Measured
// in docs/benchmarks.md, seventh round: `log` at 1,000 accounts about a third faster.
//
// The cache is an optimisation and nothing else: a failure to read or write it is ignored, a cache
// V8 rejects (another Node or V8 flags) is replaced, and NODE_DISABLE_COMPILE_CACHE=1 turns it off
// as it turns off Node's. One file per command (a `check` and a `log` use different code), named
// after the bundle's digest, size and time, so that a changed bundle never meets an old cache: V8
// itself checks no more than the source's length. The folder is the user's own (mode 0700, checked
// before reading), since a cache is code that runs.
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** The digest of lib/cli.cjs and the commands' names: set by scripts/bundle.ts. */
declare const __CLI_DIGEST__: string;
declare const __COMMANDS__: readonly string[];

interface CliBundle {
  run(argv: string[]): Promise<number>;
}

const argv = process.argv.slice(2);
void (argv[0] === 'build' ? fromModules() : fromBundle()).then((code) => {
  process.exitCode = code;
});

async function fromModules(): Promise<number> {
  // Node's own compile cache is what serves ES modules.
  enableCompileCache?.();
  const { run } = (await import(pathToFileURL(join(__dirname, 'cli.js')).href)) as CliBundle;
  return await run(argv);
}

async function fromBundle(): Promise<number> {
  const bundle = join(__dirname, 'cli.cjs');
  // ASCII alone (scripts/bundle.ts makes it so, and says what it saves): read as Latin-1, a copy of its bytes.
  const source = readFileSync(bundle, 'latin1');
  const cache = cacheFile(bundle, commandOf(argv));
  const cachedData = cache === undefined ? undefined : readCache(cache.file);
  // The same wrapper Node puts around a CommonJS module, on the source's first line, so that line
  // numbers in a stack trace are the bundle's. (No dynamic import() runs in it: scripts/bundle.ts
  // checks.)
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const loaded = { exports: {} as CliBundle };
  (script.runInThisContext() as (...args: unknown[]) => void).call(loaded.exports, loaded.exports, require, loaded, bundle, __dirname);
  const code = await loaded.exports.run(argv);
  // Kept only from a run that did the command's work (0, or 1 for findings or a refused edit): a
  // cache made by a usage error holds little of it, and an accepted cache is never made again.
  if (cache !== undefined && code <= 1 && (cachedData === undefined || script.cachedDataRejected === true)) save(cache, script.createCachedData());
  return code;
}

/** The cache's name for this command line: the command, else `other` (help, a version, an unknown command). */
function commandOf(args: readonly string[]): string {
  const first = args[0];
  if (args.includes('--help') || args.includes('-h')) return 'other';
  return first !== undefined && __COMMANDS__.includes(first) ? first : 'other';
}

interface CacheFile {
  folder: string;
  /** What names this bundle on this Node: every cache file of it starts with this. */
  key: string;
  file: string;
}

function cacheFile(bundlePath: string, command: string): CacheFile | undefined {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const { size, mtimeMs } = statSync(bundlePath);
    const folder = join(process.env.NODE_COMPILE_CACHE || tmpdir(), `followthrough-${process.getuid?.() ?? 'user'}`);
    const key = `${__CLI_DIGEST__}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}`;
    return { folder, key, file: join(folder, `${key}-${command}.v8`) };
  } catch {
    return undefined;
  }
}

/** The cache, when there is one and the folder is this user's alone (nobody else could have written it). */
function readCache(file: string): Buffer | undefined {
  try {
    const folder = statSync(join(file, '..'));
    if (process.getuid !== undefined && (folder.uid !== process.getuid() || othersMayWrite(folder.mode))) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Whether a folder's mode lets its group or anyone else write in it (POSIX; Windows has no such bits). */
function othersMayWrite(mode: number): boolean {
  return (mode & 0o022) !== 0;
}

const DAY_MS = 86_400_000;

function save({ folder, key, file }: CacheFile, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // A folder of ours that others were let write to is made ours alone again, or its caches
    // would never be read (readCache), and be written anew on every run.
    if (process.getuid !== undefined && othersMayWrite(statSync(folder).mode)) chmodSync(folder, 0o700);
    // Written whole, then renamed: a command starting meanwhile reads the old cache or the new one.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
    // Caches of another bundle (an earlier version, another Node) a day old are of no more use;
    // younger ones may be another project's, used in turn with this one.
    for (const name of readdirSync(folder)) {
      if (name.startsWith(`${key}-`)) continue;
      const path = join(folder, name);
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) unlinkSync(path);
    }
  } catch {
    // An optimisation only: the next run compiles as if there were no cache.
  }
}
