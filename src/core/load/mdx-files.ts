// The files an MDX body needs from disk, which the site's bundler fails on when they are not
// there: what it imports, and the local images of its Markdown (the site's MDX turns
// `![Map](./map.png)` into an import of that file).
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { BodyProblem } from './mdx-body.ts';
import { escapeRegExp, placeOf } from './mdx-place.ts';

export interface MdastNode {
  type: string;
  url?: string;
  /** The code of an expression or an `import`/`export` block. */
  value?: string;
  position?: { start: MdastPoint; end: MdastPoint };
  children?: MdastNode[];
}

export interface MdastPoint {
  line: number;
  column: number;
  offset?: number;
}

const IMPORT = /^import\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm;
/** Vite's default extensions for an import written without one. */
const EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

export function missingImports(body: string, code: string, filePath: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2])!;
    if (specifier === 'astro/jsx-runtime' || specifier.startsWith('astro:')) continue;
    const place = placeOf(body, new RegExp(`["']${escapeRegExp(specifier)}["']`)) ?? { line: 1, column: 1 };
    if (isBuiltin(specifier)) {
      // The machine's own modules (files, programs, the network): see HOST in mdx-free-names.ts.
      problems.push({ ...place, message: `the body imports \`${specifier}\`, one of Node's own modules, which reach the machine that builds the site (its files, programs and environment), and a page may not: write what the page shows in the body or the frontmatter instead` });
      continue;
    }
    if (resolvable(specifier, filePath)) continue;
    const alias = specifier.startsWith('.') || specifier.startsWith('/') ? undefined : aliasOf(specifier, filePath);
    const where = alias
      ? `it goes through \`${alias.key}\` of ${alias.config}`
      : specifier.startsWith('/')
        ? "a path that starts with / is read from the project's folder"
        : specifier.startsWith('.')
          ? "it is relative to this file's folder"
          : undefined;
    problems.push({
      ...place,
      message: where
        ? `the body imports \`${specifier}\`, which is not there, so the site cannot be built: fix the path (${where}), or remove the import`
        : `the body imports the package \`${specifier}\`, which is not installed, so the site cannot be built: add it with \`npm install ${packageName(specifier)}\`, or remove the import`,
    });
  }
  return problems;
}

function resolvable(specifier: string, filePath: string): boolean {
  // Node's and Vite's subpath imports (`#components/x`), from the project's package.json.
  if (specifier.startsWith('#')) return true;
  if (specifier.startsWith('/')) {
    // Vite reads `/src/x.astro` from the project's root first, then from the file system; check
    // does not know the root, so any folder on the way up counts.
    return ancestors(filePath).some((dir) => existsWithExtension(join(dir, specifier))) || existsWithExtension(specifier);
  }
  if (specifier.startsWith('.')) return existsWithExtension(resolve(dirname(filePath), specifier));
  // A package: its folder in a node_modules on the way up, as Node and Vite look for it.
  const name = packageName(specifier);
  if (ancestors(filePath).some((dir) => existsSync(join(dir, 'node_modules', name, 'package.json')))) return true;
  // An alias of the project's tsconfig.json (`@components/*`), which Astro resolves.
  const alias = aliasOf(specifier, filePath);
  return alias !== undefined && (alias.target === undefined || existsWithExtension(alias.target));
}

function existsWithExtension(target: string): boolean {
  return EXTENSIONS.some((extension) => existsSync(target + extension)) || existsSync(join(target, 'index.js')) || existsSync(join(target, 'index.ts'));
}

/** The folder of `filePath` and each one above it. */
function ancestors(filePath: string): string[] {
  const dirs: string[] = [];
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) return dirs;
  }
}

interface Alias {
  /** The `paths` key, such as `@components/*`. */
  key: string;
  /** The file it names, when it could be read: undefined counts as there. */
  target: string | undefined;
  config: string;
}

/**
 * The `paths` entry of the nearest tsconfig.json (or jsconfig.json) on the way up that the
 * specifier matches, with the file it names (the first target, relative to that file's folder).
 * Read loosely, since the file may have comments: an entry whose target cannot be read counts as
 * resolving, because check must never report an import that the site resolves.
 */
function aliasOf(specifier: string, filePath: string): Alias | undefined {
  for (const dir of ancestors(filePath)) {
    for (const config of ['tsconfig.json', 'jsconfig.json']) {
      let text: string;
      try {
        text = readFileSync(join(dir, config), 'utf8');
      } catch {
        continue;
      }
      const paths = text.indexOf('"paths"');
      if (paths < 0) return undefined;
      for (const [, key, first] of text.slice(paths + 7).matchAll(/"([^"]+)"\s*:\s*\[\s*(?:"([^"]*)")?/g)) {
        const star = key!.indexOf('*');
        if (star < 0 ? specifier !== key : !specifier.startsWith(key!.slice(0, star))) continue;
        const rest = star < 0 ? '' : specifier.slice(star);
        return { key: key!, config, target: first === undefined ? undefined : resolve(dir, first.replace('*', rest)) };
      }
      return undefined;
    }
  }
  return undefined;
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

