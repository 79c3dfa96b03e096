// `npm ci` refuses a lock file that lacks an optional package some dependency asks for. This
// machine's registry does not serve other platforms' binaries, so npm leaves them out; the test
// says how to put them back before CI finds out. And npm checks engines against the Node that
// runs npm, not the pinned one that runs everything: the lock file keeps only the engines the
// pinned Node was found not to satisfy (scripts/complete-lockfile.ts), so `npm ci` on an older Node
// warns about nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enginesForPinnedNode, missingOptionalPackages, pinnedNode, platformOf } from '../scripts/complete-lockfile.ts';

describe('package-lock.json', () => {
  it('records every optional package a dependency asks for, so that `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const missing = missingOptionalPackages(lock.packages).map(([path]) => path);
    expect(missing, 'run `node scripts/complete-lockfile.ts` after `npm install`').toEqual([]);
  });

  it('leaves `npm ci` no engine to warn about: every package it locks runs on the pinned Node', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { optional?: boolean; engines?: { node?: string } }> };
    // An optional package (a platform binary) that the pinned Node does not satisfy is left out
    // by npm without a word; any other would be warned about.
    const left = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.engines?.node !== undefined && !entry.optional)
      .map(([path, entry]) => `${path} (node ${entry.engines!.node})`);
    expect(left, `run \`node scripts/complete-lockfile.ts\`; a package it leaves here does not run on the pinned Node ${pinnedNode()}`).toEqual([]);
  });

  it('drops an engines.node the pinned Node satisfies, keeps one it does not (reporting it unless optional), and leaves the project its own', () => {
    const packages = {
      '': { engines: { node: '>=24.11.0' } },
      'node_modules/astro': { version: '7.3.5', engines: { node: '>=22.12.0', npm: '>=9.6.5' } },
      'node_modules/vitest': { engines: { node: '^22.12.0 || ^24.0.0 || >=26.0.0' } },
      'node_modules/old': { engines: { node: '^18.0.0 || ^20.0.0' } },
      'node_modules/old-binary': { optional: true, engines: { node: '^20.9.0' } },
      'node_modules/plain': { version: '1.0.0' },
    };
    expect(enginesForPinnedNode(packages, '24.21.0')).toEqual(['node_modules/old']);
    expect(packages).toEqual({
      '': { engines: { node: '>=24.11.0' } },
      'node_modules/astro': { version: '7.3.5', engines: { npm: '>=9.6.5' } },
      'node_modules/vitest': {},
      'node_modules/old': { engines: { node: '^18.0.0 || ^20.0.0' } },
      'node_modules/old-binary': { optional: true, engines: { node: '^20.9.0' } },
      'node_modules/plain': { version: '1.0.0' },
    });
  });

  it('marks a platform package with the os, cpu and libc that make npm skip it elsewhere', () => {
    expect(platformOf('node_modules/@rollup/rollup-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('node_modules/@pagefind/windows-arm64')).toEqual({ os: ['win32'], cpu: ['arm64'] });
    expect(platformOf('node_modules/@rollup/rollup-android-arm-eabi')).toEqual({ os: ['android'], cpu: ['arm'] });
  });
});
