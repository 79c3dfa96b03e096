// The files an MDX body needs from disk, which the site's bundler fails on when they are not
// there: what it imports, and the local images of its Markdown (the site's MDX turns
// `![Map](./map.png)` into an import of that file).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BodyProblem } from './mdx-body.ts';
import { escapeRegExp, placeOf } from './mdx-place.ts';

export interface MdastNode {
  type: string;
  url?: string;
  position?: { start: { line: number; column: number } };
  children?: MdastNode[];
}

const IMPORT = /^import\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm;
/** Vite's default extensions for an import written without one. */
const EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

export function missingImports(body: string, code: string, filePath: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2])!;
    if (specifier === 'astro/jsx-runtime' || specifier.startsWith('astro:') || resolvable(specifier, filePath)) continue;
    const place = placeOf(body, new RegExp(`["']${escapeRegExp(specifier)}["']`)) ?? { line: 1, column: 1 };
    const relativePath = specifier.startsWith('.') || specifier.startsWith('/');
    problems.push({
      ...place,
      message: relativePath
        ? `the body imports \`${specifier}\`, which is not there, so the site cannot be built: fix the path (it is relative to this file's folder), or remove the import`
        : `the body imports the package \`${specifier}\`, which is not installed, so the site cannot be built: add it with \`npm install ${packageName(specifier)}\`, or remove the import`,
    });
  }
  return problems;
}

function resolvable(specifier: string, filePath: string): boolean {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(dirname(filePath), specifier);
    return EXTENSIONS.some((extension) => existsSync(target + extension)) || existsSync(join(target, 'index.js')) || existsSync(join(target, 'index.ts'));
  }
  // A package: its folder in a node_modules on the way up, as Node and Vite look for it.
  const name = packageName(specifier);
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A Markdown image with a path, not an address: the site's MDX turns it into an import of that file. */
export function missingImages(body: string, filePath: string, mdxToMdast: (body: string) => MdastNode): BodyProblem[] {
  if (!body.includes('![')) return [];
  const problems: BodyProblem[] = [];
  const stack = [mdxToMdast(body)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.children) stack.push(...node.children);
    const url = node.type === 'image' ? node.url : undefined;
    if (!url || /^([a-z][a-z\d+.-]*:|\/|#)/i.test(url)) continue;
    let target: string;
    try {
      target = resolve(dirname(filePath), decodeURI(url.split(/[?#]/)[0]!));
    } catch {
      target = resolve(dirname(filePath), url);
    }
    if (existsSync(target)) continue;
    problems.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message: `the image \`${url}\` is not there, so the site cannot be built: put the file there, fix the path (it is relative to this file's folder), or use a web address`,
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

