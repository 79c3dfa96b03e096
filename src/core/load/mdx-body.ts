// Whether the site can build an MDX file's body, found before the build: `check` must fail on
// whatever would make `astro build` fail, with the file and line, instead of the build failing
// later with a stack trace.
//
// A body that is plain Markdown (plain-markdown.ts) cannot fail. Any other body is compiled with
// the MDX compiler the site itself uses (Sätteri, through @astrojs/mdx), which reports a syntax
// error with its line and column. What compiles but still fails when the page is bundled or
// rendered is read off the compiled module (mdx-free-names.ts): a component nothing defines (the
// site passes no components to bodies), one Astro cannot render (written in the body, or from a
// script file), a name in an expression nothing defines, a name the site declares itself; and
// imports and local images whose files are not there (mdx-files.ts).
import { createRequire } from 'node:module';
import { missingImages, missingImports } from './mdx-files.ts';
import { moduleNames, type ModuleNames } from './mdx-free-names.ts';
import { componentPlace, namePlaceInCode } from './mdx-place.ts';
import { isPlainMarkdown } from './plain-markdown.ts';

import type { MdastNode } from './mdx-files.ts';

export interface BodyProblem {
  /** 1-based, counted in the body. */
  line: number;
  column: number;
  message: string;
}

type MdxToJs = (source: string, options: Record<string, unknown>) => { code: string };
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
  // The body's syntax tree, made only for a body with a name to place.
  let tree: MdastNode | undefined;
  const namePlace = (name: string) => namePlaceInCode(body, name, (tree ??= satteri().mdxToMdast(body)));
  return [
    ...(names?.topLevel.has('components') ? [] : [...missingComponents(body, code), ...unrenderableComponents(body, code, names)]),
    ...undefinedNames(names?.free ?? [], namePlace),
    ...hostNames(names?.host ?? [], namePlace),
    ...reservedNames(names?.topLevel ?? new Set(), namePlace),
    ...missingImports(body, code, filePath),
    ...missingImages(body, filePath, satteri().mdxToMdast),
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
    const what = component === 'true' ? `the component \`<${name}>\`` : `\`${name}\``;
    problems.push({
      ...componentPlace(body, name!),
      message: `the body uses ${what}, which nothing defines, so the site cannot be built: import it at the top of the body (\`import ${name} from './${name}.astro'\`, a path relative to this file), or write this part in Markdown`,
    });
  }
  return problems;
}

type NamePlace = (name: string) => { line: number; column: number };

function undefinedNames(free: readonly string[], namePlace: NamePlace): BodyProblem[] {
  return free.filter((name) => !SITE_DEFINES.has(name)).map((name) => ({
    ...namePlace(name),
    message: `the body uses \`${name}\` in an expression, and nothing defines it, so the page fails when the site is built: define it (\`export const ${name} = ...\`) or import it at the top of the body, or write the text in Markdown (a literal \`{\` is \`\\{\`)`,
  }));
}

function hostNames(host: readonly string[], namePlace: NamePlace): BodyProblem[] {
  return host.map((name) => ({
    ...namePlace(name),
    message: `the body uses ${name === 'import' ? 'a dynamic `import`' : `\`${name}\``}, which reaches the machine that builds the site (its environment, where CI keeps secrets, its files and programs), and a page may not: write what the page shows in the body or the frontmatter instead`,
  }));
}

function reservedNames(topLevel: ReadonlySet<string>, namePlace: NamePlace): BodyProblem[] {
  return SITE_RESERVES.filter((name) => topLevel.has(name)).map((name) => ({
    ...namePlace(name),
    message: `the body declares \`${name}\`, a name the site gives every page (${name === 'frontmatter' ? 'the fields above, as `{frontmatter.title}`' : 'the headings of the body'}), so the site cannot be built: give yours another name`,
  }));
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
      ...componentPlace(body, name!),
      message: `the component \`<${name}>\` ${where}, which the site cannot render, so it cannot be built: write it as a \`.astro\` component and import that (\`import ${name} from './${name}.astro'\`), or write this part in Markdown`,
    });
  }
  return problems;
}
