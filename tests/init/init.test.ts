// `playbook init`: the repository it writes checks clean on the day it is written (and with
// --empty); it refuses a folder with files in it, adds to the package.json `npm install
// followthrough` leaves, asks at a terminal, and points the editor and the workflows at the
// installed package. (tests/package/ installs the packed package and builds what init writes.)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { completionScript } from '../../src/cli/completion.ts';
import { specFrom } from '../../src/cli/init.ts';
import { checkPlaybook } from '../../src/core/check.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const NOW = new Date('2026-11-22T15:00:00Z');
const temp = mkdtempSync(join(tmpdir(), 'playbook-init-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
async function init(args: string[], options: { cwd?: string; input?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = Object.assign(new PassThrough(), { isTTY: options.input !== undefined });
  if (options.input !== undefined) stdin.end(options.input);
  const status = await main(['init', ...args], {
    env: {},
    cwd: options.cwd ?? temp,
    now: () => NOW,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin,
  });
  return { status, stdout, stderr };
}
const fresh = () => join(temp, `repo-${++count}`);
/** A clone of a repository GitHub just made, with these files. */
function gitHubRepository(files: Record<string, string>): string {
  const dir = fresh();
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('playbook init', () => {
  it('writes a repository whose playbook has no finding on the day it is written', async () => {
    const dir = fresh();
    const result = await init([dir, '--company', 'Acme Field Services', '--time-zone', 'America/Toronto', '--person', 'Jane Doe', '--person', 'kim:Kim Lee']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('Wrote a playbook for Acme Field Services');
    for (const path of ['package.json', '.node-version', '.gitignore', 'README.md', 'astro.config.mjs', 'src/content.config.ts', 'tsconfig.json', '.vscode/settings.json', '.github/workflows/pr.yml', '.github/workflows/scheduled.yml', '.github/workflows/ci.yml', '.github/dependabot.yml', 'content/playbook.yaml', 'content/people.yaml', 'content/accounts/example-client/index.mdx', 'content/accounts/example-client/first-project.mdx']) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    const { findings, content } = checkPlaybook(join(dir, 'content'), { asOf: '2026-11-22', now: NOW });
    expect(findings).toEqual([]);
    expect(content.settings.timezone).toBe('America/Toronto');
    expect(parse(read(dir, 'content/people.yaml'))).toEqual({ 'jane-doe': { name: 'Jane Doe' }, kim: { name: 'Kim Lee' } });
    expect(read(dir, 'content/playbook.yaml')).toMatch(/^format: \d+ /m);
    expect(read(dir, 'README.md')).toContain('# Acme Field Services playbook');
    expect(read(dir, 'README.md')).toContain('npx playbook log example-client --by jane-doe');
    expect(read(dir, 'README.md')).not.toMatch(/\{\{/);
    // What pr.yml runs, to run before pushing: `npx playbook check` alone does not compare with main.
    expect(read(dir, 'README.md')).toContain('To see it before you push, run what it runs, on your branch:\n`npx playbook check --base main`');
  });

  it('says, before the first commit, to delete the example: a pull request cannot once it is on main', async () => {
    const dir = fresh();
    const result = await init([dir, '--person', 'Jane Doe', '--time-zone', 'UTC']);
    expect(result.stdout).toMatch(/\nThe example account, content\/accounts\/example-client\/, is there to look at: delete it before\nyour first commit\. Once it is on main it is a client like any other, and a pull request that\ndeletes its plan fails the check \(plans are closed, never deleted\)\.\n$/);
    expect(read(dir, 'README.md')).toContain('its page as you save.\n\n**Before your first commit**, delete the example account, `content/accounts/example-client/`:\nit is there to look at.');
    // The comment on its name used to say "rename the folder and this, or delete both", as if either could be done at any time.
    expect(read(dir, 'content/accounts/example-client/index.mdx')).toContain('name: Example Client                # an example to look at: delete this folder before your first commit\n');
    // Without an example, nothing to delete.
    const empty = fresh();
    const withoutExample = await init([empty, '--person', 'Jane Doe', '--time-zone', 'UTC', '--empty']);
    expect(withoutExample.stdout).not.toContain('example');
    expect(read(empty, 'README.md')).not.toContain('example');
    expect(read(empty, 'README.md')).toContain('its page as you save.\n\n## Every day\n');
  });

  it("playbook.yaml shows the owner's own cadence, which owner-absent measures from the first month", async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe', '--time-zone', 'UTC']);
    expect(read(dir, 'content/playbook.yaml')).toContain('\nowner_touch_every: 4w              # and each account\'s owner talks to the client themselves this often\n');
    expect(checkPlaybook(join(dir, 'content'), { asOf: '2026-11-22', now: NOW }).content.settings.ownerTouchDays).toBe(28);
  });

  it("playbook.yaml's comment names what fails a pull request: every error, not only broken content", async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe', '--time-zone', 'UTC']);
    // It said "only broken content (schema, references, cycles) fails the check", and then a due
    // date moved without a slip (silent-slip), a future date or a deleted plan failed the team's pull request.
    expect(read(dir, 'content/playbook.yaml')).toContain(
      '  # Late promises and quiet accounts show on the dashboard and in the reminders issue; they do\n' +
        '  # not block a pull request. Errors do: broken content (a field, a reference, a cycle), a date\n' +
        '  # after today, a date moved or work added without the client told, a promise or log deleted.\n',
    );
  });

  it('its example ages with warnings, never an error', async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe', '--time-zone', 'UTC']);
    for (const days of [1, 7, 8, 15, 30, 43, 90, 365]) {
      const asOf = new Date(NOW.getTime() + days * 86_400_000).toISOString().slice(0, 10);
      const { findings } = checkPlaybook(join(dir, 'content'), { asOf, now: NOW });
      expect(findings.filter((finding) => finding.severity === 'error'), asOf).toEqual([]);
      if (days >= 8) expect(findings.map((finding) => finding.rule), asOf).toContain('overdue');
    }
  });

  it('--empty: settings and people only, still clean', async () => {
    const dir = fresh();
    expect((await init([dir, '--empty', '--person', 'Jane Doe'])).status).toBe(0);
    expect(existsSync(join(dir, 'content/accounts/example-client'))).toBe(false);
    expect(checkPlaybook(join(dir, 'content'), { asOf: '2026-11-22', now: NOW }).findings).toEqual([]);
    // The README's examples do not name the example that is not there.
    const readme = read(dir, 'README.md');
    expect(readme).not.toContain('example-client');
    expect(readme).toContain('npx playbook log <account> --by jane-doe --with "<contact name>" --kind call');
    expect(readme).toContain('`npx playbook done <account>/<plan>#<item>`');
  });

  it('package.json depends on this version (or --package-spec), pins Node as this package does, and runs the installed commands', async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe']);
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(manifest.dependencies).toEqual({ followthrough: `^${own.version}` });
    // Node itself, and what the editor's remark extension runs the team's .remarkrc.mjs with.
    expect(manifest.devDependencies).toEqual({
      node: own.devDependencies.node,
      remark: own.devDependencies.remark,
      'remark-frontmatter': own.dependencies['remark-frontmatter'],
      'remark-lint-frontmatter-schema': own.devDependencies['remark-lint-frontmatter-schema'],
      'remark-mdx': own.devDependencies['remark-mdx'],
    });
    expect(manifest.scripts).toMatchObject({ build: 'playbook build', check: 'playbook check', dev: 'astro dev', preview: 'astro preview' });
    expect(manifest.allowScripts).toMatchObject({ node: true });
    expect(read(dir, '.node-version')).toBe(read(ROOT, '.node-version'));
    const tarball = fresh();
    await init([tarball, '--person', 'Jane Doe', '--package-spec', '../followthrough-9.9.9.tgz']);
    expect(JSON.parse(read(tarball, 'package.json')).dependencies.followthrough).toBe('../followthrough-9.9.9.tgz');
  });

  it('--package-spec a tarball relative to where init runs: file: relative to the new repository', async () => {
    writeFileSync(join(temp, 'followthrough-9.9.9.tgz'), '');
    const dir = join(temp, 'nested', `repo-${++count}`);
    await init([relative(temp, dir), '--person', 'Jane Doe', '--package-spec', './followthrough-9.9.9.tgz']);
    expect(JSON.parse(read(dir, 'package.json')).dependencies.followthrough).toBe('file:../../followthrough-9.9.9.tgz');
    expect(specFrom('^1.2.0', temp, dir)).toBe('^1.2.0');
    expect(specFrom('github:acme/followthrough#main', temp, dir)).toBe('github:acme/followthrough#main');
  });

  it("names the company after the folder when not told, each word's first letter capital in any script", async () => {
    const dir = join(temp, 'équipe-café-playbook');
    expect((await init([dir, '--person', 'Jane Doe'])).status).toBe(0);
    expect(read(dir, 'README.md')).toContain('# Équipe Café playbook');
  });

  it('asks for an id when none can be made from a name, and takes the name with one', async () => {
    const refused = await init([fresh(), '--person', '李雷']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^playbook init: --person "李雷": an id cannot be made from the name; give one before it, such as --person li-lei:"李雷"\./);
    const dir = fresh();
    expect((await init([dir, '--person', 'li-lei:李雷'])).status).toBe(0);
    expect(read(dir, 'content/people.yaml')).toContain('li-lei:');
  });

  it('refuses a folder with files in it, exit 2, unless --force', async () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const refused = await init([dir, '--person', 'Jane Doe']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^playbook init: .* is not empty \(notes\.txt\): choose a new or empty folder, or pass --force/);
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
    const forced = await init([dir, '--person', 'Jane Doe', '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('\nKept as it was: notes.txt.\n');
    expect(read(dir, 'notes.txt')).toBe('mine\n');
  });

  it('builds on a repository GitHub just made: keeps the LICENSE, adds to the .gitignore, replaces the stub README, and says so', async () => {
    const dir = gitHubRepository({ 'README.md': '# acme-playbook\nWhat we promised our clients\n', 'LICENSE': 'MIT License\n', '.gitignore': '# Logs\nlogs\n*.log\nnode_modules/\ndist\n', '.github/CODEOWNERS': '* @acme/leads\n' });
    const result = await init([dir, '--person', 'Jane Doe', '--company', 'Acme']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Wrote a playbook for Acme in \S+ \(18 files, with an example account and plan\)\.\nKept as it was: LICENSE\.\nReplaced README\.md, GitHub's stub, with the playbook's guide\.\nAdded to \.gitignore: dist-client\/, \.astro\/, \.DS_Store\.\nNext:\n/);
    // A repository already: no `git init` to suggest.
    expect(result.stdout).not.toContain('git init');
    expect(result.stdout).toContain('\nREADME.md says how to log a call');
    expect(read(dir, 'LICENSE')).toBe('MIT License\n');
    expect(read(dir, '.github/CODEOWNERS')).toBe('* @acme/leads\n');
    expect(read(dir, '.gitignore')).toBe("# Logs\nlogs\n*.log\nnode_modules/\ndist\n\n# The playbook's site and tools (playbook init)\ndist-client/\n.astro/\n.DS_Store\n");
    expect(read(dir, 'README.md')).toContain('# Acme playbook');
    expect(checkPlaybook(join(dir, 'content'), { asOf: '2026-11-22', now: NOW }).findings).toEqual([]);
  });

  it('makes the branch the workflows publish from: `git init -b main`, or says how when the repository is on another branch', async () => {
    const folder = fresh();
    const made = await init([folder, '--person', 'Jane Doe', '--empty']);
    // `git init` alone makes master where git is not told otherwise; scheduled.yml publishes on pushes to main.
    expect(made.stdout).toContain('\n  git init -b main  # if it is not a repository yet\n');
    expect(read(folder, '.github/workflows/scheduled.yml')).toContain('    branches: [main]\n');

    const onMaster = gitHubRepository({ '.git/HEAD': 'ref: refs/heads/master\n' });
    const result = await init([onMaster, '--person', 'Jane Doe', '--empty']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/\nThis repository's branch is master, but the workflows publish the site on pushes to main:\nrename it before the first push \(git branch -m master main\), or write master for main under\n`branches:` in \.github\/workflows\/scheduled\.yml\.\n$/);

    for (const head of ['ref: refs/heads/main\n', '0123456789abcdef0123456789abcdef01234567\n']) {
      const dir = gitHubRepository({ '.git/HEAD': head });
      expect((await init([dir, '--person', 'Jane Doe', '--empty'])).stdout, head).not.toContain('branch');
    }
  });

  it("keeps a README of the team's own, and writes the playbook's guide beside it as PLAYBOOK.md", async () => {
    const readme = '# Acme delivery\n\nHow we run client work. Ask Jane before merging.\n\n## Rules\n\n- One change per pull request.\n';
    const dir = gitHubRepository({ 'README.md': readme, 'LICENSE.md': 'Proprietary\n' });
    const result = await init([dir, '--person', 'Jane Doe', '--company', 'Acme']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("\nKept as they were: LICENSE.md, README.md (the playbook's guide is PLAYBOOK.md: link it from yours).\nNext:\n");
    expect(result.stdout).toContain('\nPLAYBOOK.md says how to log a call');
    expect(read(dir, 'README.md')).toBe(readme);
    expect(read(dir, 'PLAYBOOK.md')).toContain('# Acme playbook');
  });

  it('refuses a file of a new repository it would replace, naming it; --force replaces it and keeps it as <file>.bak', async () => {
    const dir = gitHubRepository({ 'README.md': '# acme\n', '.github/dependabot.yml': 'version: 2\nupdates: []\n' });
    const refused = await init([dir, '--person', 'Jane Doe']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^playbook init: \S+ has files init would replace \(\.github\/dependabot\.yml\): move them away, or pass --force to replace them \(each is kept as <file>\.bak\)\.\n$/);
    expect(existsSync(join(dir, 'content'))).toBe(false);
    // At a terminal, before asking anything.
    const asked = await init([dir], { input: 'Acme\nUTC\nJane Doe\n\n' });
    expect(asked).toMatchObject({ status: 2, stderr: refused.stderr });
    const forced = await init([dir, '--person', 'Jane Doe', '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('\nReplaced: .github/dependabot.yml (yours is .github/dependabot.yml.bak).\n');
    expect(read(dir, '.github/dependabot.yml.bak')).toBe('version: 2\nupdates: []\n');
    expect(read(dir, '.github/dependabot.yml')).toContain('package-ecosystem: npm');
  });

  it('refuses a folder that holds a playbook; --force leaves its content/ as it is and names each file it replaced, kept as <file>.bak', async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe', '--company', 'Acme']);
    const people = 'jane-doe:\n  name: Jane Doe\nkim:\n  name: Kim Lee\n';
    writeFileSync(join(dir, 'content/people.yaml'), people);
    writeFileSync(join(dir, 'astro.config.mjs'), '// ours\n');
    writeFileSync(join(dir, 'tsconfig.json'), '{}\n');
    writeFileSync(join(dir, 'tsconfig.json.bak'), 'an older backup\n');
    const refused = await init([dir, '--person', 'Bob Roe', '--company', 'Acme']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^playbook init: \S+ already holds a playbook \(content\/playbook\.yaml\): pass --force to rewrite the files around it \(its content\/ is left as it is; each file replaced is kept as <file>\.bak\)\.\n$/);

    const forced = await init([dir, '--person', 'Bob Roe', '--company', 'Acme', '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toMatch(/^Wrote a playbook for Acme in \S+ \(3 files\)\.\nKept as they were: content\/ \(your playbook, untouched\), tsconfig\.json\.bak\.\nReplaced: README\.md \(yours is README\.md\.bak\), astro\.config\.mjs \(yours is astro\.config\.mjs\.bak\), tsconfig\.json \(yours is tsconfig\.json\.bak2\)\.\nNext:/);
    expect(read(dir, 'content/people.yaml')).toBe(people);
    expect(existsSync(join(dir, 'content/accounts/example-client/index.mdx'))).toBe(true);
    expect(read(dir, 'astro.config.mjs.bak')).toBe('// ours\n');
    expect(read(dir, 'tsconfig.json.bak')).toBe('an older backup\n');
    expect(read(dir, 'tsconfig.json.bak2')).toBe('{}\n');
    expect(read(dir, 'astro.config.mjs')).toContain('followthrough()');
  });

  it("--force over a playbook keeps scheduled.yml at the morning of the playbook's time zone, not this machine's", async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe', '--time-zone', 'Pacific/Chatham', '--empty']);
    const scheduled = read(dir, '.github/workflows/scheduled.yml');
    expect(scheduled).toContain("- cron: '45 16 * * *' # every day at 06:30 in Pacific/Chatham");
    const forced = await init([dir, '--person', 'Jane Doe', '--force']);
    expect(forced.status).toBe(0);
    expect(read(dir, '.github/workflows/scheduled.yml')).toBe(scheduled);
    expect(existsSync(join(dir, '.github/workflows/scheduled.yml.bak'))).toBe(false);
  });

  it('--force into a content/ without a playbook.yaml writes the settings it lacks, no example, and keeps every file of theirs, naming it', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/people.yaml'), 'kim:\n  name: Kim Lee\n');
    const result = await init([dir, '--person', 'Jane Doe', '--company', 'Acme', '--force']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\nKept as it was: content/people.yaml.\n');
    expect(read(dir, 'content/people.yaml')).toBe('kim:\n  name: Kim Lee\n');
    expect(existsSync(join(dir, 'content/playbook.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'content/accounts'))).toBe(false);
    expect(result.stdout).toMatch(/^Wrote a playbook for Acme in \S+ \(16 files\)\.\n/);
  });

  it('counts a clone\'s .git and a fresh `npm install followthrough` as empty, and adds to that package.json', async () => {
    const dir = fresh();
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { followthrough: '^0.3.0', other: '1.0.0' } }));
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    expect((await init(['--person', 'Jane Doe', '--company', 'Acme'], { cwd: dir })).status).toBe(0);
    const manifest = JSON.parse(read(dir, 'package.json'));
    expect(manifest.dependencies).toEqual({ followthrough: '^0.3.0', other: '1.0.0' });
    expect(manifest.scripts.build).toBe('playbook build');
    expect(manifest.devDependencies.node).toBe(own.devDependencies.node);
  });

  it('usage errors: no person, a bad time zone or person id, two folders', async () => {
    for (const [args, message] of [
      [[fresh()], /name at least one person/],
      [[fresh(), '--person', 'Jane Doe', '--time-zone', 'Mars/Olympus'], /not an IANA time zone/],
      [[fresh(), '--person', 'Jane_Doe:Jane'], /not lowercase kebab-case/],
      [[fresh(), fresh(), '--person', 'Jane Doe'], /one folder at most/],
      [[fresh(), '--persons', 'x'], /did you mean --person/],
    ] as const) {
      const result = await init([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('at a terminal, asks for the company, the time zone and the people', async () => {
    const dir = fresh();
    const result = await init([dir], { input: 'Acme\nNowhere/Else\nEurope/Paris\nJane Doe\nbad id:X\n\n' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Company [');
    expect(result.stderr).toContain('Nowhere/Else is not an IANA time zone');
    expect(result.stderr).toContain('the person id `bad id` is not lowercase kebab-case');
    expect(read(dir, 'content/playbook.yaml')).toContain('timezone: Europe/Paris');
    expect(Object.keys(parse(read(dir, 'content/people.yaml')))).toEqual(['jane-doe']);
  });

  it('points the editor and the YAML files at the schemas inside the installed package', async () => {
    const dir = fresh();
    await init([dir, '--person', 'Jane Doe']);
    const settings = JSON.parse(read(dir, '.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    const lines = ['content/playbook.yaml', 'content/people.yaml'].map((path) => /^# yaml-language-server: \$schema=(\S+)$/m.exec(read(dir, path))![1]!);
    for (const path of [...Object.keys(settings['yaml.schemas']), ...lines.map((line) => `content/${line}`)]) {
      const file = /node_modules\/followthrough\/(schemas\/[a-z]+\.schema\.json)$/.exec(path)?.[1];
      expect(file, path).toBeDefined();
      expect(existsSync(join(ROOT, file!)), path).toBe(true);
    }
  });
});

describe("the team's workflows", () => {
  const dir = join(ROOT, 'templates/team/dot-github/workflows');
  const runs = (name: string) =>
    Object.values((parse(readFileSync(join(dir, name), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs)
      .flatMap((job) => job.steps)
      .flatMap((step) => (step.run ? [step.run] : []));

  it("run every morning in the playbook's time zone, not the Americas' (the cron is in UTC)", async () => {
    const cron = async (zone: string) => {
      const folder = fresh();
      await init([folder, '--person', 'Jane Doe', '--time-zone', zone, '--empty']);
      return /- cron: (.*)\n/.exec(read(folder, '.github/workflows/scheduled.yml'))![1];
    };
    // On 2026-11-22: Toronto on standard time, Auckland on summer time.
    expect(await cron('America/Toronto')).toBe("'30 11 * * *' # every day at 06:30 in America/Toronto (11:30 UTC: GitHub runs it in UTC, so an hour off while summer time differs)");
    expect(await cron('Europe/Paris')).toBe("'30 5 * * *' # every day at 06:30 in Europe/Paris (05:30 UTC: GitHub runs it in UTC, so an hour off while summer time differs)");
    expect(await cron('Asia/Kolkata')).toBe("'0 1 * * *' # every day at 06:30 in Asia/Kolkata (01:00 UTC)");
    expect(await cron('Pacific/Auckland')).toBe("'30 17 * * *' # every day at 06:30 in Pacific/Auckland (17:30 UTC: GitHub runs it in UTC, so an hour off while summer time differs)");
    expect(await cron('UTC')).toBe("'30 6 * * *' # every day at 06:30 UTC");
  });

  it('call the installed playbook, never this repository\'s scripts or tests', () => {
    for (const name of ['pr.yml', 'scheduled.yml', 'ci.yml']) {
      for (const run of runs(name)) {
        expect(run, `${name}: ${run}`).toMatch(/^(npx playbook |npm ci |npm run build$)/);
      }
    }
    expect(runs('pr.yml').some((run) => run.startsWith('npx playbook check --base'))).toBe(true);
    expect(runs('scheduled.yml')).toContain('npx playbook publish-issue');
  });

  it('run every job on the runner with Node.js from .node-version, in no container image, and Dependabot updates what they pin', () => {
    for (const name of ['pr.yml', 'scheduled.yml', 'ci.yml']) {
      const workflow = parse(readFileSync(join(dir, name), 'utf8')) as { jobs: Record<string, { container?: unknown; services?: unknown; steps: { uses?: string; with?: unknown }[] }> };
      for (const [id, job] of Object.entries(workflow.jobs)) {
        expect(job.container, `${name}: ${id}`).toBeUndefined();
        expect(job.services, `${name}: ${id}`).toBeUndefined();
        for (const step of job.steps) {
          if (step.uses) expect(step.uses, `${name}: ${id}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
          if (step.uses?.startsWith('actions/setup-node@')) expect(step.with).toEqual({ 'node-version-file': '.node-version', cache: 'npm' });
        }
      }
    }
    const dependabot = parse(readFileSync(join(ROOT, 'templates/team/dot-github/dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string; directory: string }[] };
    expect(dependabot.updates.map((update) => `${update['package-ecosystem']} ${update.directory}`).sort()).toEqual(['github-actions /', 'npm /']);
  });

  it('are this repository\'s pr.yml and scheduled.yml with the installed command, so that they cannot drift apart', () => {
    for (const name of ['pr.yml', 'scheduled.yml']) {
      const ours = readFileSync(join(ROOT, '.github/workflows', name), 'utf8')
        .replaceAll('npm run --silent playbook --', 'npx playbook')
        .replace('See docs/pull-requests.md', 'See node_modules/followthrough/docs/pull-requests.md')
        // The team's run is at its own morning (init fills it in); ours is the example's, in the Americas.
        .replace("- cron: '30 10 * * *' # every day, early morning in the Americas", "- cron: '{{cron}}' # {{cronNote}}");
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(ours);
    }
  });
});

describe('the command line', () => {
  it('lists init and build, and completes their options', () => {
    expect(completionScript('bash')).toMatch(/init\) opts="[^"]*--package-spec[^"]*"/);
    expect(completionScript('bash')).toMatch(/build\) opts="[^"]*--client[^"]*"/);
  });
});
