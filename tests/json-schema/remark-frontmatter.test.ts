// MDX frontmatter is validated as you type by the VS Code remark extension (unifiedjs.vscode-remark),
// which runs remark's language server with the repository's .remarkrc.mjs. This runs the remark
// engine in-process the way that server does (same engine options, the workspace's own `remark`,
// the unsaved text as an in-memory file, the workspace folder as the working directory) over a
// temporary workspace (this repository's editor settings and schemas, the site fixture's playbook),
// as it is and with broken frontmatter typed in.
// What it cannot run is VS Code itself: the extension, its language server and the Problems panel.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import { engine } from 'unified-engine';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { teamRepositoryFiles } from '../../src/init/team-files.ts';
import { buildPlaybook } from '../helpers/playbook-builder.ts';
import { FIXTURE_FILES } from '../site/fixture-playbook.ts';

type VFileMessage = VFile['messages'][number];

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/**
 * The messages the remark language server would show for each document: the options are those
 * remark-language-server gives unified-engine. The server runs in the workspace folder
 * (vscode-languageclient starts it there), and remark-lint-frontmatter-schema resolves the files'
 * paths against the working directory, so this does the same.
 */
async function lintLikeTheEditor(workspace: string, documents: Record<string, string>): Promise<Map<string, VFileMessage[]>> {
  const files = Object.entries(documents).map(([path, value]) => new VFile({ cwd: workspace, path: join(workspace, path), value }));
  const before = process.cwd();
  process.chdir(workspace);
  try {
    await new Promise<void>((done, fail) => {
      engine(
        {
          cwd: workspace,
          files,
          ignoreName: '.remarkignore',
          packageField: 'remarkConfig',
          pluginPrefix: 'remark',
          processor: remark,
          quiet: false,
          rcName: '.remarkrc',
          silentlyIgnore: true,
          streamError: new PassThrough(),
          streamOut: new PassThrough(),
        },
        (error) => (error ? fail(error) : done()),
      );
    });
  } finally {
    process.chdir(before);
  }
  return new Map(Object.keys(documents).map((path, index) => [path, files[index]!.messages]));
}

const shown = (messages: VFileMessage[]) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).join('\n');

function mdxFilesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/'))
    .sort();
}

describe('the remark config (.remarkrc.mjs) that the VS Code remark extension reads', () => {
  it('leaves plain Markdown alone (.remarkignore): README.md is not parsed as MDX nor checked', async () => {
    const messages = await lintLikeTheEditor(ROOT, { 'README.md': '---\nanything: goes\n---\n\nA <b>tag and a {brace\n' });
    expect(messages.get('README.md')).toEqual([]);
  });

  it('is what the workspace settings hand to the extension', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8'));
    // vscode-remark only serves documents whose language is Markdown.
    expect(settings['files.associations']).toMatchObject({ '**/content/**/*.mdx': 'markdown' });
    const extensions = JSON.parse(readFileSync(join(ROOT, '.vscode/extensions.json'), 'utf8'));
    expect(extensions.recommendations).toContain('unifiedjs.vscode-remark');
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    // The language server uses the workspace's own `remark`, and the config's plugins from it.
    for (const name of ['remark', 'remark-frontmatter', 'remark-mdx', 'remark-lint-frontmatter-schema', 'yaml']) {
      expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
    }
  });
});

/**
 * A workspace as a team's repository has it: the remark config, its ignore file, package.json and
 * the schemas of this repository, the site fixture's playbook in content/, this node_modules.
 */
function makeWorkspace(): string {
  const workspace = realpathSync(buildPlaybook(FIXTURE_FILES, { prefix: 'followthrough-remark-' }).root);
  for (const file of ['.remarkrc.mjs', 'remark.mjs', '.remarkignore', 'package.json']) cpSync(join(ROOT, file), join(workspace, file));
  cpSync(join(ROOT, 'schemas'), join(workspace, 'schemas'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(workspace, 'node_modules'), 'junction');
  return workspace;
}

describe('a playbook as it is, in the workspace', () => {
  it('has nothing wrong', async () => {
    const workspace = makeWorkspace();
    const paths = mdxFilesUnder(workspace, 'content');
    expect(paths).toContain('content/accounts/northwind/index.mdx');
    expect(paths.some((path) => path.startsWith('content/guides/'))).toBe(true);
    const messages = await lintLikeTheEditor(workspace, Object.fromEntries(paths.map((path) => [path, readFileSync(join(workspace, path), 'utf8')])));
    for (const [path, list] of messages) expect(list, `${path}\n${shown(list)}`).toEqual([]);
  });
});

describe('broken frontmatter typed into a copy of the workspace', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeWorkspace();
  });

  const PLAN = 'content/accounts/northwind/rollout.mdx';
  const ACCOUNT = 'content/accounts/northwind/index.mdx';
  const GUIDE = 'content/guides/handing-over.mdx';

  /** `text` with `pattern` (which must match exactly once) replaced. */
  function edit(text: string, pattern: RegExp, replacement: string): string {
    expect(text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)), String(pattern)).toHaveLength(1);
    return text.replace(pattern, () => replacement);
  }
  /** The 1-based line of the first line of `text` that matches `pattern`. */
  function lineOf(text: string, pattern: RegExp): number {
    const index = text.split('\n').findIndex((line) => pattern.test(line));
    expect(index, String(pattern)).toBeGreaterThanOrEqual(0);
    return index + 1;
  }
  /** The first item of a top-level list (`commitments:`), as `  - id: x` plus its own lines. */
  function firstItem(text: string, list: string): RegExp {
    const start = text.indexOf(`\n${list}:\n`);
    expect(start, list).toBeGreaterThan(0);
    const first = /\n {2}- [^\n]*\n(?: {4}[^\n]*\n)*/.exec(text.slice(start + 1))![0];
    return new RegExp(escapeRegExp(first));
  }
  function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  interface Case {
    name: string;
    file: string;
    /** The broken text, and the line the message must be on. */
    broken: (text: string) => { text: string; line: number };
    message: RegExp;
  }
  const CASES: Case[] = [
    {
      name: 'a plan: an unknown field in a commitment',
      file: PLAN,
      broken: (text) => {
        const item = firstItem(text, 'commitments');
        const broken = edit(text, item, `${item.exec(text)![0].replace(/\n$/, '')}\n    colour: red\n`);
        return { text: broken, line: lineOf(broken, /^ {4}colour: red$/) };
      },
      message: /^Unknown field `commitments\[0\]\.colour`/,
    },
    {
      name: 'a plan: a date that does not exist',
      file: PLAN,
      broken: (text) => {
        const broken = edit(text, /^kickoff: .*$/m, 'kickoff: 2026-02-30');
        return { text: broken, line: lineOf(broken, /^kickoff:/) };
      },
      message: /^`kickoff`: Must match format "date"/,
    },
    {
      name: 'a plan: a status that is not one of the allowed values',
      file: PLAN,
      broken: (text) => {
        const broken = edit(text, /^status: .*$/m, 'status: finished');
        return { text: broken, line: lineOf(broken, /^status:/) };
      },
      message: /^`status`: Must be equal to one of the allowed values: `draft`, `agreed`, `active`, `done`, `cancelled`/,
    },
    {
      name: 'a plan: a commitment without its required due date',
      file: PLAN,
      broken: (text) => {
        const item = firstItem(text, 'commitments');
        const block = item.exec(text)![0];
        expect(block).toMatch(/^ {4}due: /m);
        // The message is on the commitment that lacks it: its `- id:` line.
        return { text: edit(text, item, block.replace(/^ {4}due: .*\n/m, '')), line: lineOf(text, new RegExp(`^${escapeRegExp(block.split('\n')[1]!)}$`)) };
      },
      message: /^`commitments\[0\]`: Must have required property 'due'/,
    },
    {
      name: 'an account: an unknown field in a touchpoint',
      file: ACCOUNT,
      broken: (text) => {
        const item = firstItem(text, 'touchpoints');
        const broken = edit(text, item, `${item.exec(text)![0].replace(/\n$/, '')}\n    mood: good\n`);
        return { text: broken, line: lineOf(broken, /^ {4}mood: good$/) };
      },
      message: /^Unknown field `touchpoints\[0\]\.mood`/,
    },
    {
      name: 'an account: a date that does not exist',
      file: ACCOUNT,
      broken: (text) => {
        const broken = edit(text, /^since: .*$/m, 'since: 2026-02-30');
        return { text: broken, line: lineOf(broken, /^since:/) };
      },
      message: /^`since`: Must match format "date"/,
    },
    {
      name: 'an account: a stage that is not one of the allowed values',
      file: ACCOUNT,
      broken: (text) => {
        const broken = edit(text, /^stage: .*$/m, 'stage: won');
        return { text: broken, line: lineOf(broken, /^stage:/) };
      },
      message: /^`stage`: Must be equal to one of the allowed values: `prospect`/,
    },
    {
      name: 'an account: no owner (required), reported on the opening ---',
      file: ACCOUNT,
      broken: (text) => ({ text: edit(text, /^owner: .*\n/m, ''), line: 1 }),
      message: /^Must have required property 'owner'/,
    },
    {
      name: 'a guide: an unknown field',
      file: GUIDE,
      broken: (text) => {
        const broken = edit(text, /^title: .*$/m, `${/^title: .*$/m.exec(text)![0]}\nauthor: me`);
        return { text: broken, line: lineOf(broken, /^author: me$/) };
      },
      message: /^Unknown field `author`/,
    },
    {
      name: 'a guide: a date that does not exist',
      file: GUIDE,
      broken: (text) => {
        const broken = edit(text, /^review_by: .*$/m, 'review_by: 2027-02-30');
        return { text: broken, line: lineOf(broken, /^review_by:/) };
      },
      message: /^`review_by`: Must match format "date"/,
    },
    {
      name: 'a guide: an owner that is a name, not a person id (a guide has no enum field)',
      file: GUIDE,
      broken: (text) => {
        const broken = edit(text, /^owner: .*$/m, 'owner: Jane Doe');
        return { text: broken, line: lineOf(broken, /^owner:/) };
      },
      message: /^`owner`: Must match pattern/,
    },
    {
      name: 'a guide: no title (required), reported on the opening ---',
      file: GUIDE,
      broken: (text) => ({ text: edit(text, /^title: .*\n/m, ''), line: 1 }),
      message: /^Must have required property 'title'/,
    },
  ];

  it.each(CASES)('$name', async ({ file, broken, message }) => {
    const original = readFileSync(join(workspace, file), 'utf8');
    const { text, line } = broken(original);
    expect(text).not.toBe(original);
    const messages = (await lintLikeTheEditor(workspace, { [file]: text })).get(file)!;
    expect(messages, shown(messages)).toHaveLength(1);
    const [found] = messages;
    expect(found!.reason).toMatch(message);
    expect(found!.ruleId).toBe('frontmatter-schema');
    expect(found!.fatal).toBe(true); // an error, as the checker's `schema` rule is
    // `place` is what the language server turns into the squiggle's range.
    expect(found!.place).toMatchObject({ start: { line } });
    expect(found!.line).toBe(line);
    // The schema the file was checked against: index.mdx as an account, never as a plan.
    expect(found!.reason).toContain(`schemas/${file === PLAN ? 'plan' : file === ACCOUNT ? 'account' : 'guide'}.schema.json`);
  });
});

describe("a team's repository, as `playbook init` writes it", () => {
  /** The files init writes, with followthrough installed (this repository) beside the packages it brings. */
  function teamWorkspace(): string {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'followthrough-team-remark-')));
    const files = teamRepositoryFiles({ answers: { company: 'Acme', timeZone: 'UTC', people: [{ id: 'jane-doe', name: 'Jane Doe' }], empty: false }, today: '2026-11-22' });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    mkdirSync(join(workspace, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules', name), join(workspace, 'node_modules', name), 'junction');
    symlinkSync(ROOT, join(workspace, 'node_modules', 'followthrough'), 'junction');
    return workspace;
  }

  it('checks the frontmatter of its plans as you type, against the installed schemas', async () => {
    const workspace = teamWorkspace();
    const plan = 'content/accounts/example-client/first-project.mdx';
    const text = readFileSync(join(workspace, plan), 'utf8');
    expect((await lintLikeTheEditor(workspace, { [plan]: text })).get(plan)).toEqual([]);
    const broken = text.replace(/^status: \w+/m, 'status: finished');
    const line = broken.split('\n').findIndex((l) => l.startsWith('status:')) + 1;
    const messages = (await lintLikeTheEditor(workspace, { [plan]: broken })).get(plan)!;
    expect(messages.map((m) => `${m.line} ${m.reason}`)).toEqual([
      `${line} \`status\`: Must be equal to one of the allowed values: \`draft\`, \`agreed\`, \`active\`, \`done\`, \`cancelled\` • node_modules/followthrough/schemas/plan.schema.json • #/properties/status/enum`,
    ]);
    // README.md is plain Markdown, left alone.
    expect((await lintLikeTheEditor(workspace, { 'README.md': readFileSync(join(workspace, 'README.md'), 'utf8') })).get('README.md')).toEqual([]);
  });
});
