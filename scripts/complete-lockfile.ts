// Records in package-lock.json the other platforms' builds of optional packages (rollup's and
// pagefind's native binaries for macOS, Windows, musl...) when the registry this lock file was
// written against does not serve them. npm then leaves them out of the lock file, and `npm ci`
// refuses the lock as "out of sync" on every machine. Each missing entry is added as npm would
// write it, with the os, cpu and libc that make npm skip it on any other platform.
//
// It also records each package's `engines.node` as checked against the pinned Node (see
// enginesForPinnedNode below).
//
// Run after `npm install` changes the lock file: `node scripts/complete-lockfile.ts`.
// tests/lockfile.test.ts fails when it is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import { satisfies } from 'semver';

interface LockEntry {
  version?: string;
  optional?: boolean;
  engines?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS: [string, string[]][] = [
  ['darwin', ['darwin']],
  ['win32', ['win32', 'windows']],
  ['freebsd', ['freebsd']],
  ['openbsd', ['openbsd']],
  ['android', ['android']],
  ['openharmony', ['openharmony']],
  ['linux', ['linux']],
];
const CPU: [string, string[]][] = [
  ['arm64', ['arm64', 'aarch64']],
  ['x64', ['x64']],
  ['ia32', ['ia32']],
  ['arm', ['arm-', 'armeabi']],
  ['loong64', ['loong64']],
  ['ppc64', ['ppc64']],
  ['riscv64', ['riscv64']],
  ['s390x', ['s390x']],
];

/** The optional packages that some package asks for and the lock file has no entry for. */
export function missingOptionalPackages(packages: Record<string, LockEntry>): [string, string][] {
  const missing = new Map<string, string>();
  for (const entry of Object.values(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!(`node_modules/${name}` in packages)) missing.set(`node_modules/${name}`, version);
    }
  }
  return [...missing];
}

/** os, cpu and libc from a platform package's name, such as `@rollup/rollup-linux-x64-musl`. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const base = name.split('/').pop()!;
  const os = OS.find(([, keys]) => keys.some((key) => base.includes(key)))?.[0];
  const cpu = CPU.find(([, keys]) => keys.some((key) => base.includes(key)))?.[0];
  const libc = base.includes('musl') ? 'musl' : os === 'linux' && base.includes('gnu') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/**
 * npm checks each package's `engines.node` against the Node that runs npm itself, not the one
 * that runs the package: on a machine whose own Node is older than the pinned one (.node-version),
 * `npm ci` warned EBADENGINE about Astro, Vite, vitest and others, which only ever run on the
 * pinned Node (it is first on every npm script's path). So each locked `engines.node` is checked
 * here, against the pinned Node, and dropped from the lock file when it holds: `npm ci` then warns
 * about nothing on any machine. One that does not hold is kept: npm leaves such an optional
 * package out (a platform binary for an older Node), and warns about any other, which
 * tests/lockfile.test.ts fails on. The project's own entry ('') is left as written.
 * Returns the paths of the packages, not optional, whose `engines.node` the pinned Node does not satisfy.
 */
export function enginesForPinnedNode(packages: Record<string, LockEntry>, pinned: string): string[] {
  const unsupported: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const range = entry.engines?.node;
    if (path === '' || range === undefined) continue;
    if (!satisfies(pinned, range)) {
      if (!entry.optional) unsupported.push(path);
      continue;
    }
    const { node: _checked, ...others } = entry.engines!;
    if (Object.keys(others).length > 0) entry.engines = others;
    else delete entry.engines;
  }
  return unsupported;
}

/** The Node every npm script runs on: .node-version, which the `node` devDependency matches. */
export function pinnedNode(): string {
  return readFileSync('.node-version', 'utf8').trim();
}

function main(): void {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const missing = missingOptionalPackages(lock.packages);
  for (const [path, version] of missing) lock.packages[path] = { version, optional: true, ...platformOf(path) };
  const unsupported = enginesForPinnedNode(lock.packages, pinnedNode());
  const sorted = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lock.packages = Object.fromEntries(sorted);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length === 0 ? 'package-lock.json is complete.' : `Added ${missing.length} optional platform packages to package-lock.json.`);
  for (const path of unsupported) {
    console.log(`${path} asks for Node ${lock.packages[path]!.engines!.node}, which the pinned Node ${pinnedNode()} does not satisfy: npm will warn about it, and tests/lockfile.test.ts fails.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
