// Whether the site can build an MDX file's body, found before the build: `check` must fail on
// whatever would make `astro build` fail, with the file and line, instead of the build failing
// later with a stack trace.
//
// A body that is plain Markdown (plain-markdown.ts) cannot fail. Any other body is compiled with
// the MDX compiler the site itself uses (satteri, through @astrojs/mdx), which reports a syntax
// error with its line and column. Two more things compile but fail when the page renders or is
// bundled, and are read off the compiled module: a component that nothing defines (the site passes
// no components to bodies, so `<Timeline />` needs an `import` in the body), and an `import` of a
// file or package that is not there, and an expression naming a variable nothing defines
// (`{total}`, mdx-free-names.ts). And a Markdown image with a local path (`![Map](./map.png)`)
// becomes an import of that file, which fails the build when the file is not there.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { moduleNames, type ModuleNames } from './mdx-free-names.ts';
import { isPlainMarkdown } from './plain-markdown.ts';

export interface BodyProblem {
  /** 1-based, counted in the body. */
  line: number;
  column: number;
  message: string;
}

type MdxToJs = (source: string, options: Record<string, unknown>) => { code: string };
interface MdastNode {
  type: string;
  url?: string;
  position?: { start: { line: number; column: number } };
  children?: MdastNode[];
}
interface Satteri {
  mdxToJs: MdxToJs;
  mdxToMdast: (source: string) => MdastNode;
}

let compiler: Satteri | undefined;
/**
 * The MDX compiler, loaded on the first body that needs it: most playbooks' bodies are plain
 * Markdown, and its native binding costs start-up time. `require` of an ES module is synchronous
 * on Node 24, which keeps the loader synchronous.
 */
function satteri(): Satteri {
  compiler ??= createRequire(import.meta.url)('satteri') as Satteri;
  return compiler;
}

/** What stops the site from building this body; `filePath` is where the file is on disk, to resolve its imports. */
export function mdxBodyProblems(body: string, filePath: string): BodyProblem[] {
  if (isPlainMarkdown(body)) return [];
  let code: string;
  try {
    // The options @astrojs/mdx compiles with, so that the same bodies fail.
    code = satteri().mdxToJs(body, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' }).code;
  } catch (error) {
    return [syntaxProblem(String((error as Error).message ?? error))];
  }
  const names = moduleNames(code);
  return [
    ...(names?.topLevel.has('components') ? [] : [...missingComponents(body, code), ...unrenderableComponents(body, code, names)]),
    ...undefinedNames(body, names?.free ?? []),
    ...reservedNames(body, names?.topLevel ?? new Set()),
    ...missingImports(body, code, filePath),
    ...missingImages(body, filePath),
  ];
}

/**
 * What the site's MDX (@astrojs/mdx with Sätteri) adds to every compiled body: a body may use
 * these (`{frontmatter.title}`), but one that declares `frontmatter` or `getHeadings` itself
 * makes a module with two of them, which does not build.
 */
const SITE_DEFINES = new Set(['frontmatter', 'getHeadings', 'url', 'file', 'Content']);
const SITE_RESERVES = ['frontmatter', 'getHeadings'];

const ERROR_PLACE = /^(\d+):(\d+): /;
const ERROR_CODE = / \((?:mdx[\w-]*|micromark[\w-]*):[\w-]+\)$/;

function syntaxProblem(raw: string): BodyProblem {
  const place = ERROR_PLACE.exec(raw);
  const what = raw.replace(ERROR_PLACE, '').replace(ERROR_CODE, '').replace(/ \(\d+:\d+\)/g, '');
  return {
    line: place ? Number(place[1]) : 1,
    column: place ? Number(place[2]) : 1,
    message: `the body is MDX that does not compile, so the site cannot be built: ${what}. Fix the JSX or \`{expression}\` here; in MDX a literal \`<\` or \`{\` is written \`\\<\` or \`\\{\`, and a comment \`{/* like this */}\``,
  };
}

/** `_missingMdxReference("Timeline", true)`: the compiler's guard for a name nothing defines. */
const MISSING = /_missingMdxReference\("([^"]+)", (true|false)\)/g;

function missingComponents(body: string, code: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const [, name, component] of code.matchAll(MISSING)) {
    const place = placeOf(body, new RegExp(`<${escapeRegExp(name!)}[\\s./>]`)) ?? placeOf(body, new RegExp(`\\b${escapeRegExp(name!)}\\b`));
    const what = component === 'true' ? `the component \`<${name}>\`` : `\`${name}\``;
    problems.push({
      ...(place ?? { line: 1, column: 1 }),
      message: `the body uses ${what}, which nothing defines, so the site cannot be built: import it at the top of the body (\`import ${name} from './${name}.astro'\`, a path relative to this file), or write this part in Markdown`,
    });
  }
  return problems;
}

function undefinedNames(body: string, free: readonly string[]): BodyProblem[] {
  return free.filter((name) => !SITE_DEFINES.has(name)).map((name) => ({
    ...(placeOf(body, new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`)) ?? { line: 1, column: 1 }),
    message: `the body uses \`${name}\` in an expression, and nothing defines it, so the page fails when the site is built: define it (\`export const ${name} = ...\`) or import it at the top of the body, or write the text in Markdown (a literal \`{\` is \`\\{\`)`,
  }));
}

function reservedNames(body: string, topLevel: ReadonlySet<string>): BodyProblem[] {
  return SITE_RESERVES.filter((name) => topLevel.has(name)).map((name) => ({
    ...(placeOf(body, new RegExp(`(?<![\\w$.])${name}(?![\\w$])`)) ?? { line: 1, column: 1 }),
    message: `the body declares \`${name}\`, a name the site gives every page (${name === 'frontmatter' ? 'the fields above, as `{frontmatter.title}`' : 'the headings of the body'}), so the site cannot be built: give yours another name`,
  }));
}

/** A Markdown image with a path, not an address: the site's MDX turns it into an import of that file. */
function missingImages(body: string, filePath: string): BodyProblem[] {
  if (!body.includes('![')) return [];
  const problems: BodyProblem[] = [];
  const stack = [satteri().mdxToMdast(body)];
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

/** `_jsx(Note, ...)`: an element whose name is a binding, not a string (a component). */
const COMPONENT_USE = /_jsxs?\(([A-Za-z_$][\w$]*)[,.)]/g;

/** A file of this kind holds script, not an Astro component: the site has no UI framework to render it with. */
const SCRIPT_FILE = /\.(jsx|tsx|js|ts|mjs|mts|vue|svelte)$/;

/**
 * Astro renders a component only from a file it can render (`.astro`, Markdown, or a UI
 * framework's with its integration, which the site does not have): a function written in the body
 * (`export const Note = ...`) or imported from a script file stops the build with "Unable to
 * render Note". So a component must come from an `.astro` file or a package.
 */
function unrenderableComponents(body: string, code: string, names: ModuleNames | undefined): BodyProblem[] {
  if (!names) return [];
  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  for (const [, name] of code.matchAll(COMPONENT_USE)) {
    if (seen.has(name!) || !names.topLevel.has(name!) || name!.startsWith('_')) continue;
    const from = names.imported.get(name!);
    if (from !== undefined && !(from.startsWith('.') && SCRIPT_FILE.test(from))) continue;
    seen.add(name!);
    const where = from === undefined ? 'is written in the body' : `comes from \`${from}\`, a script file`;
    problems.push({
      ...(placeOf(body, new RegExp(`<${escapeRegExp(name!)}[\\s./>]`)) ?? { line: 1, column: 1 }),
      message: `the component \`<${name}>\` ${where}, which the site cannot render, so it cannot be built: write it as a \`.astro\` component and import that (\`import ${name} from './${name}.astro'\`), or write this part in Markdown`,
    });
  }
  return problems;
}

const IMPORT = /^import\s[^;]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm;
/** Vite's default extensions for an import written without one. */
const EXTENSIONS = ['', '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

function missingImports(body: string, code: string, filePath: string): BodyProblem[] {
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

/** The body's line and column of the first match, 1-based. */
function placeOf(body: string, pattern: RegExp): { line: number; column: number } | undefined {
  const match = pattern.exec(body);
  if (!match) return undefined;
  const before = body.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match.index - before.lastIndexOf('\n') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
