// Every file of the repository `playbook init` writes, as path -> text: the package's templates
// (templates/team/, where `dot-` stands for the leading dot npm would not ship), package.json
// and .node-version made from this package's own (the same Node pin, the same install-script
// policy), and the content (example-playbook.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, type CalendarDate } from '../core/dates.ts';
import { packageRoot } from '../package/root.ts';
import { EXAMPLE, examplePlaybook, type InitAnswers } from './example-playbook.ts';
import { idFrom } from '../core/schema/values.ts';
import { morningCron } from './morning-cron.ts';

interface Manifest {
  version: string;
  engines?: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

export interface TeamRepositoryOptions {
  answers: InitAnswers;
  today: CalendarDate;
  /** What package.json depends on: a version range, a tarball, a git URL. */
  packageSpec?: string;
  /** The folder's package.json, when followthrough was installed there first: init adds to it. */
  existingManifest?: Record<string, unknown>;
}

export function teamRepositoryFiles({ answers, today, packageSpec, existingManifest }: TeamRepositoryOptions): Map<string, string> {
  const own = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as Manifest;
  const nodeVersion = own.devDependencies.node!;
  const morning = morningCron(answers.timeZone, today);
  const values: Record<string, string> = {
    // scheduled.yml's run: the team's morning, not the Americas' (its cron is in UTC).
    cron: morning.cron,
    cronNote: morning.note,
    company: answers.company,
    version: own.version,
    owner: answers.people[0]!.id,
    slipTo: addDays(today, 14),
    // The README's examples name the example account's contact and item; without them (--empty),
    // what to write there.
    account: answers.empty ? '<account>' : EXAMPLE.account,
    contact: answers.empty ? '<contact name>' : EXAMPLE.contact,
    item: answers.empty ? '<account>/<plan>#<item>' : `${EXAMPLE.account}/${EXAMPLE.plan}#${EXAMPLE.commitment}`,
    // Said before the first commit because it cannot be undone by a pull request afterwards.
    exampleNote: answers.empty ? '' : `\n${EXAMPLE_NOTE}\n`,
  };
  const files = new Map<string, string>();
  for (const [path, text] of templates()) files.set(path, fill(text, values, path));
  const installed = (existingManifest?.dependencies as Record<string, string> | undefined)?.followthrough;
  const manifest = teamManifest(answers.company, packageSpec ?? installed ?? `^${own.version}`, own);
  files.set('package.json', `${JSON.stringify(existingManifest ? mergeManifest(existingManifest, manifest) : manifest, null, 2)}\n`);
  files.set('.node-version', `${nodeVersion}\n`);
  for (const [path, text] of examplePlaybook(answers, today)) files.set(`content/${path}`, text);
  if (answers.empty) files.set('content/accounts/.gitkeep', '');
  return files;
}

/** The folder's own package.json with what the playbook needs added (its own values win, but for the scripts and the dependency on followthrough). */
function mergeManifest(existing: Record<string, unknown>, ours: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...ours, ...existing };
  for (const key of ['scripts', 'dependencies', 'devDependencies', 'engines', 'allowScripts']) {
    const [theirs, mine] = [existing[key] as object | undefined, ours[key] as object | undefined];
    if (mine) merged[key] = key === 'scripts' || key === 'dependencies' ? { ...theirs, ...mine } : { ...mine, ...theirs };
  }
  return merged;
}

function teamManifest(company: string, spec: string, own: Manifest): Record<string, unknown> {
  return {
    name: `${idFrom(company) || 'team'}-playbook`,
    private: true,
    description: `${company}: what we promised our clients, and what they promised us.`,
    type: 'module',
    // The installed commands: `playbook` from followthrough, `astro` with it.
    scripts: { build: 'playbook build', check: 'playbook check', dev: 'astro dev', preview: 'astro preview', playbook: 'playbook' },
    dependencies: { followthrough: spec },
    // Node.js itself, pinned as followthrough pins it: every script runs on the version it is tested
    // with. And what the editor's remark extension runs .remarkrc.mjs with (the workspace's own
    // `remark` and the config's plugins), at the versions this package is tested with.
    devDependencies: {
      node: own.devDependencies.node,
      remark: own.devDependencies.remark,
      'remark-frontmatter': own.dependencies['remark-frontmatter'],
      'remark-lint-frontmatter-schema': own.devDependencies['remark-lint-frontmatter-schema'],
      'remark-mdx': own.devDependencies['remark-mdx'],
    },
    ...(own.engines ? { engines: own.engines } : {}),
    ...(own.allowScripts ? { allowScripts: own.allowScripts } : {}),
  };
}

/**
 * The README's word on the example account: it is there to look at, and goes before the first
 * commit. Once it is on main, the pull-request check keeps its plan as it keeps any client's (a
 * pull request that deletes it fails), so afterwards it can only be closed.
 */
const EXAMPLE_NOTE = `**Before your first commit**, delete the example account, \`content/accounts/${EXAMPLE.account}/\`:
it is there to look at. Once it is on \`main\` it is a client like any other, and a pull request
that deletes its plan fails the check (plans are closed, never deleted): it could then only be
closed (\`stage: closed\`, the plan's \`status: cancelled\`, each open item dropped).
`;

/** The template files, by the path they are written to. */
function templates(): Map<string, string> {
  const dir = join(packageRoot(), 'templates', 'team');
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/');
    files.set(path.replace(/(^|\/)dot-/g, '$1.'), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

/** `{{name}}` -> values[name]; a name without a value is a mistake in the template. */
function fill(text: string, values: Record<string, string>, path: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`templates/team/${path}: no value for {{${name}}}`);
    return values[name]!;
  });
}


export { EXAMPLE };
