// What stops the site from building an MDX body, as `check` reports it: exact places and words.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxBodyProblems } from '../../src/core/load/mdx-body.ts';

// Inside the project, as a content folder is: a package is looked for in node_modules on the way up.
const results = fileURLToPath(new URL('../../test-results/', import.meta.url));
mkdirSync(results, { recursive: true });
const dir = mkdtempSync(join(results, 'mdx-body-'));
const file = join(dir, 'plan.mdx');
writeFileSync(join(dir, 'chart.astro'), '<svg />\n');
writeFileSync(join(dir, 'data.ts'), 'export const total = 2;\n');
mkdirSync(join(dir, 'src', 'components'), { recursive: true });
writeFileSync(join(dir, 'src', 'components', 'Box.astro'), '<div />\n');
// The project's aliases, which Astro resolves: `@components/Box.astro` is src/components/Box.astro.
writeFileSync(join(dir, 'tsconfig.json'), '{\n  // comments are allowed here\n  "compilerOptions": { "paths": { "@components/*": ["src/components/*"] } }\n}\n');

describe('an MDX body the site can build', () => {
  it.each([
    ['plain Markdown', '# Title\n\nText with *emphasis*.\n'],
    ['HTML elements and expressions', '<figure class="x" data-n={[1, 2].length}>Two, {2 * 2}</figure>\n'],
    ['an import of a file next to it', "import Chart from './chart.astro';\n\n<Chart />\n"],
    ['an import without its extension', "import { total } from './data';\n\n{total}\n"],
    ['an import of an installed package', "import { z } from 'zod';\n\n{typeof z}\n"],
    ['names the body defines, the page\'s props and globals', 'export const rows = [1, 2].map((n, i) => ({ n, i }));\n\n{rows.length} {props.title} {Math.max(...rows.map(({ n }) => n))} {new Date(0).getUTCFullYear()}\n'],
    ['an image next to it, and one on the web', '![Chart](./chart.astro) ![Logo](https://example.com/logo.png) ![Top](/logo.png)\n'],
    ['the fields above, as the site gives them to the body', '# {frontmatter.title}\n'],
    ['an imported component, also given by `export const components`', "import Chart from './chart.astro';\nexport const components = { Graph: Chart };\n\n<Chart /> <Graph />\n"],
    ["an import from the project's root, as Vite reads `/src/...`", "import Box from '/src/components/Box.astro';\n\n<Box />\n"],
    ["an import through the project's tsconfig alias", "import Box from '@components/Box.astro';\n\n<Box />\n"],
    ["a subpath import of the project's package.json", "import Box from '#components/Box.astro';\n\n<Box />\n"],
    ['braces in code, which are text', 'Write `{total}` like this:\n\n```js\n{ total }\n```\n'],
  ])('%s: nothing to report', (_, body) => {
    expect(mdxBodyProblems(body, file)).toEqual([]);
  });
});

describe('an MDX body the site cannot build', () => {
  it('a syntax error: the compiler\'s words, its place, and how to write it instead', () => {
    expect(mdxBodyProblems('Text\n\n<div>open\n', file)).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'the body is MDX that does not compile, so the site cannot be built: Expected a closing tag for `<div>` before the end of `paragraph`. Fix the JSX or `{expression}` here; in MDX a literal `<` or `{` is written `\\<` or `\\{`, and a comment `{/* like this */}`',
      },
    ]);
  });

  it('a component nothing defines, at its first use', () => {
    expect(mdxBodyProblems('Intro.\n\nSee <Callout kind="tip">this</Callout>.\n', file)).toEqual([
      {
        line: 3,
        column: 5,
        message:
          "the body uses the component `<Callout>`, which nothing defines, so the site cannot be built: import it at the top of the body (`import Callout from './Callout.astro'`, a path relative to this file), or write this part in Markdown",
      },
    ]);
  });

  it('a name nothing defines, at its first use in the body', () => {
    expect(mdxBodyProblems('Total:\n\nWe owe {total} and {props.total} hours.\n', file)).toEqual([
      {
        line: 3,
        column: 9,
        message:
          'the body uses `total` in an expression, and nothing defines it, so the page fails when the site is built: define it (`export const total = ...`) or import it at the top of the body, or write the text in Markdown (a literal `{` is `\\{`)',
      },
    ]);
  });

  it('a name nothing defines, at the expression that uses it, not at the word in the prose before it', () => {
    const body = 'The total is what we owe: a `total` in code, {/* total */} too.\n\nWe owe {props.total + total} hours.\n';
    expect(mdxBodyProblems(body, file).map(({ line, column }) => `${line}:${column}`)).toEqual(['3:23']);
  });

  it('a name the site reaches the machine with, at the expression, not in the prose', () => {
    const body = 'Every process is logged.\n\n<Note text={process.env.SECRET} />\n';
    expect(mdxBodyProblems(body, file).filter((p) => p.message.includes('`process`')).map(({ line, column }) => `${line}:${column}`)).toEqual(['3:13']);
  });

  it('a component written in the body, which Astro cannot render', () => {
    expect(mdxBodyProblems('export const Note = (props) => props.children;\n\n<Note>hi</Note> <Note>again</Note>\n', file)).toEqual([
      {
        line: 3,
        column: 1,
        message: "the component `<Note>` is written in the body, which the site cannot render, so it cannot be built: write it as a `.astro` component and import that (`import Note from './Note.astro'`), or write this part in Markdown",
      },
    ]);
  });

  it('a component imported from a script file, which Astro cannot render without a UI framework', () => {
    expect(mdxBodyProblems("import { total } from './data';\nimport Data from './data.ts';\n\n{total} <Data />\n", file)).toEqual([
      {
        line: 4,
        column: 9,
        message: "the component `<Data>` comes from `./data.ts`, a script file, which the site cannot render, so it cannot be built: write it as a `.astro` component and import that (`import Data from './Data.astro'`), or write this part in Markdown",
      },
    ]);
  });

  it('a name the site defines for every page, declared again', () => {
    expect(mdxBodyProblems('Intro.\n\nexport const frontmatter = { a: 1 };\n', file)).toEqual([
      {
        line: 3,
        column: 14,
        message: 'the body declares `frontmatter`, a name the site gives every page (the fields above, as `{frontmatter.title}`), so the site cannot be built: give yours another name',
      },
    ]);
  });

  it('a local image that is not there', () => {
    expect(mdxBodyProblems('Intro.\n\n- ![Site map](./maps/site%20map.png)\n', file)).toEqual([
      {
        line: 3,
        column: 3,
        message: "the image `./maps/site%20map.png` is not there, so the site cannot be built: put the file there, fix the path (it is relative to this file's folder), or use a web address",
      },
    ]);
  });

  it('an expression nested deeper than a recursive walk could go: no crash', () => {
    const deep = `{${'['.repeat(3000)}x${']'.repeat(3000)}}\n`;
    expect(() => mdxBodyProblems(deep, file)).not.toThrow();
  });

  it('imports of a missing file and of a package that is not installed', () => {
    const problems = mdxBodyProblems("import A from './a.astro';\nimport { B } from '@nobody/charts/b';\n\n<A /> <B />\n", file);
    expect(problems.map((p) => [p.line, p.column, p.message.split(', so the site')[0]])).toEqual([
      [1, 15, 'the body imports `./a.astro`, which is not there'],
      [2, 19, 'the body imports the package `@nobody/charts/b`, which is not installed'],
    ]);
    expect(problems[1]!.message).toContain('add it with `npm install @nobody/charts`');
  });

  it("an import from the project's root or through an alias that is not there, and a package the alias does not cover", () => {
    const problems = mdxBodyProblems("import A from '/src/components/Nope.astro';\nimport B from '@nobody/b';\nimport C from '@components/Nope.astro';\n\n<A /> <B /> <C />\n", file);
    expect(problems.map((p) => [p.line, p.message.split(', so the site')[0]])).toEqual([
      [1, 'the body imports `/src/components/Nope.astro`, which is not there'],
      [2, 'the body imports the package `@nobody/b`, which is not installed'],
      [3, 'the body imports `@components/Nope.astro`, which is not there'],
    ]);
    expect(problems[2]!.message).toContain('fix the path (it goes through `@components/*` of tsconfig.json)');
    expect(problems[0]!.message).toContain("fix the path (a path that starts with / is read from the project's folder)");
  });
});

describe('an MDX body that reaches the machine that builds the site', () => {
  const reaches = (what: string) => `the body uses ${what}, which reaches the machine that builds the site (its environment, where CI keeps secrets, its files and programs), and a page may not: write what the page shows in the body or the frontmatter instead`;

  it('is refused where it uses the process, the global object, code from text or a dynamic import', () => {
    const body = 'Our process is simple.\n\nexport const out = process.getBuiltinModule("node:child_process").execSync("id").toString()\n\nRan {out}, {globalThis.secret}, {new Function("return 1")()} and {await import("node:fs")}\n';
    expect(mdxBodyProblems(body, file)).toEqual([
      // The first "process" of the body is prose: the place is the code that uses it.
      { line: 3, column: 20, message: reaches('`process`') },
      { line: 5, column: 13, message: reaches('`globalThis`') },
      { line: 5, column: 38, message: reaches('`Function`') },
      { line: 5, column: 73, message: reaches('a dynamic `import`') },
    ]);
  });

  it("is refused where it imports one of Node's own modules, rather than told to install it", () => {
    expect(mdxBodyProblems("import { readFileSync } from 'node:fs';\nimport os from 'os';\n\n{readFileSync.name} {os.EOL}\n", file)).toEqual([
      { line: 1, column: 30, message: "the body imports `node:fs`, one of Node's own modules, which reach the machine that builds the site (its files, programs and environment), and a page may not: write what the page shows in the body or the frontmatter instead" },
      { line: 2, column: 16, message: "the body imports `os`, one of Node's own modules, which reach the machine that builds the site (its files, programs and environment), and a page may not: write what the page shows in the body or the frontmatter instead" },
    ]);
  });
});
