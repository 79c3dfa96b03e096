// Records in package-lock.json the other platforms' builds of optional packages (rollup's and
// pagefind's native binaries for macOS, Windows, musl...) when the registry this lock file was
// written against does not serve them. npm then leaves them out of the lock file, and `npm ci`
// refuses the lock as "out of sync" on every machine. Each missing entry is added as npm would
// write it, with the os, cpu and libc that make npm skip it on any other platform.
//
// Run after `npm install` changes the lock file: `node scripts/complete-lockfile.ts`.
// tests/lockfile.test.ts fails when it is needed.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  optional?: boolean;
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

function main(): void {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const missing = missingOptionalPackages(lock.packages);
  for (const [path, version] of missing) lock.packages[path] = { version, optional: true, ...platformOf(path) };
  const sorted = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  lock.packages = Object.fromEntries(sorted);
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(missing.length === 0 ? 'package-lock.json is complete.' : `Added ${missing.length} optional platform packages to package-lock.json.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
