// `npm ci` refuses a lock file that lacks an optional package some dependency asks for. This
// machine's registry does not serve other platforms' binaries, so npm leaves them out; the test
// says how to put them back before CI finds out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages, platformOf } from '../scripts/complete-lockfile.ts';

describe('package-lock.json', () => {
  it('records every optional package a dependency asks for, so that `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const missing = missingOptionalPackages(lock.packages).map(([path]) => path);
    expect(missing, 'run `node scripts/complete-lockfile.ts` after `npm install`').toEqual([]);
  });

  it('marks a platform package with the os, cpu and libc that make npm skip it elsewhere', () => {
    expect(platformOf('node_modules/@rollup/rollup-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('node_modules/@pagefind/windows-arm64')).toEqual({ os: ['win32'], cpu: ['arm64'] });
    expect(platformOf('node_modules/@rollup/rollup-android-arm-eabi')).toEqual({ os: ['android'], cpu: ['arm'] });
  });
});
