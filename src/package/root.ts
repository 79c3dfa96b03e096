// Where the installed package lives: the folder of its package.json, found by walking up from
// this module. The same code runs from src/ here, from the package's src/ and from its bundles
// in dist/ (where esbuild may have moved it into a shared chunk), so no fixed `../..` is right.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package's root folder (which holds package.json, src/, dist/ and schemas/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'followthrough') return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the followthrough package above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
