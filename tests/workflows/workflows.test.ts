// The GitHub Actions workflows in .github/workflows and .github/dependabot.yml: valid YAML, every
// action on its Node 24 release and pinned by commit SHA, Node.js from .node-version (no container
// image, which Dependabot could not update), least permissions, the merge queue, Pages deploys in
// order and the site built for where Pages serves it, and every `run:` a project command that
// exists. Then the playbook commands they run are run
// here, as the workflow would, in a clone made the way actions/checkout makes it, with the
// workflow's `${{ }}` expressions evaluated for a pull request and for a merge group.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { ACCOUNT, AS_OF, cleanEnv, createRepo, git, PLAN, PROJECT, tempDir } from '../git/git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

// The command line is loaded only by the tests that run it: the workflow files' own tests do not
// depend on the rest of the code base.
const cliMain = async () => await import('../../src/cli/main.ts');

const WORKFLOWS = join(PROJECT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const packageJson = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
const scripts = packageJson.scripts;

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
interface Job {
  permissions?: unknown;
  container?: unknown;
  services?: unknown;
  steps: Step[];
  env?: Record<string, string>;
  concurrency?: unknown;
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
const allSteps = (name: string) => Object.values(load(name).jobs).flatMap((job) => job.steps);
const triggers = (name: string) => Object.keys(load(name).on as Record<string, unknown>);

// ---------------------------------------------------------------------------------------------
// GitHub Actions expressions: enough of the language to evaluate what the workflows write inside
// `${{ }}` (property paths, strings, numbers, `!`, `==`, `!=`, `&&`, `||`, parentheses and
// `format`), with GitHub's semantics: a missing property is null, `||` and `&&` give an operand.

type Context = Record<string, unknown>;

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*(\|\||&&|==|!=|!|\(|\)|,|\.|'(?:[^']|'')*'|-?\d+(?:\.\d+)?|[A-Za-z_][\w-]*)/y;
  while (pattern.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(pattern.lastIndex))) break;
    const at = pattern.lastIndex;
    const match = pattern.exec(expression);
    if (!match) throw new Error(`cannot read the expression ${JSON.stringify(expression)} at ${at}`);
    tokens.push(match[1]!);
  }
  return tokens;
}

const truthy = (value: unknown) => value !== null && value !== undefined && value !== false && value !== 0 && value !== '' && !Number.isNaN(value);
const text = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

function evaluate(expression: string, context: Context): unknown {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const token = tokens[i++];
    if (token === undefined || (expected !== undefined && token !== expected)) throw new Error(`expected ${expected ?? 'more'} in ${JSON.stringify(expression)}`);
    return token;
  };
  const functions: Record<string, (...args: unknown[]) => unknown> = {
    format: (template, ...args) => text(template).replace(/\{(\d+)\}/g, (_, n: string) => text(args[Number(n)])),
  };
  function or(): unknown {
    let value = and();
    while (peek() === '||') {
      take();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  }
  function and(): unknown {
    let value = comparison();
    while (peek() === '&&') {
      take();
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  }
  function comparison(): unknown {
    const left = unary();
    if (peek() !== '==' && peek() !== '!=') return left;
    const op = take();
    const right = unary();
    const same = typeof left === 'string' && typeof right === 'string' ? left.toLowerCase() === right.toLowerCase() : left === right;
    return op === '==' ? same : !same;
  }
  function unary(): unknown {
    if (peek() === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  }
  function primary(): unknown {
    const token = take();
    if (token === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^-?\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (peek() === '(') {
      const fn = functions[token];
      if (!fn) throw new Error(`the test does not know the function ${token}()`);
      take('(');
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      return fn(...args);
    }
    let value: unknown = context[token] ?? null;
    while (peek() === '.') {
      take();
      const key = take();
      value = value !== null && typeof value === 'object' ? ((value as Record<string, unknown>)[key] ?? null) : null;
    }
    return value;
  }
  const value = or();
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]} in ${JSON.stringify(expression)}`);
  return value;
}

/** A workflow value with `${{ }}` in it, as the runner makes it: each expression's value as text. */
function interpolate(value: string, context: Context): string {
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => text(evaluate(expression, context)));
}

const BASE_SHA = '5f0c9e4a1d2b3c4d5e6f708192a3b4c5d6e7f809';

/** The `github` context of a pull request (#7, into main). */
function pullRequestContext(number = 7): Context {
  return {
    github: { event_name: 'pull_request', base_ref: 'main', head_ref: 'change', ref: `refs/pull/${number}/merge`, event: { pull_request: { number, base: { ref: 'main' } } } },
  };
}

/** The `github` context of a merge group: `base_ref` is only set for pull requests. */
function mergeGroupContext(baseSha = BASE_SHA, number = 7): Context {
  const ref = `refs/heads/gh-readonly-queue/main/pr-${number}-${baseSha}`;
  return {
    github: {
      event_name: 'merge_group',
      base_ref: '',
      head_ref: '',
      ref,
      event: { merge_group: { base_sha: baseSha, base_ref: 'refs/heads/main', head_sha: 'f'.repeat(40), head_ref: ref } },
    },
  };
}

describe('the test evaluates expressions as GitHub does', () => {
  it('property paths, a missing property is null, `||` gives the first truthy operand, format()', () => {
    const context = { github: { event: { number: 3 }, base_ref: '' } };
    expect(evaluate('github.event.number', context)).toBe(3);
    expect(evaluate('github.event.merge_group.base_sha', context)).toBeNull();
    expect(evaluate("github.base_ref || 'x'", context)).toBe('x');
    expect(evaluate("github.event.number || 'x'", context)).toBe(3);
    expect(evaluate("format('origin/{0}', 'main')", context)).toBe('origin/main');
    expect(evaluate("github.event.number == 3 && 'yes' || 'no'", context)).toBe('yes');
    expect(evaluate("!github.base_ref && 'empty'", context)).toBe('empty');
    expect(interpolate('pr-${{ github.event.number }}-${{ github.nothing }}', context)).toBe('pr-3-');
    expect(() => evaluate('hashFiles(x)', context)).toThrow(/does not know/);
  });
});

// ---------------------------------------------------------------------------------------------
// The workflow files.

/** A `run:` line as words, with `"$VAR"` and `${VAR}` left for `expand`, and `>> "$GITHUB_STEP_SUMMARY"` split off. */
function words(line: string): { argv: string[]; summary: boolean } {
  const summary = /\s*>>\s*"\$GITHUB_STEP_SUMMARY"\s*$/.test(line);
  const command = line.replace(/\s*>>\s*"\$GITHUB_STEP_SUMMARY"\s*$/, '');
  const argv: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) argv.push(match[1] ?? match[2] ?? match[3]!);
  return { argv, summary };
}

function expand(word: string, env: Record<string, string>): string {
  return word.replace(/\$\{?([A-Z_]+)\}?/g, (_, name: string) => env[name] ?? '');
}

/** What a project command is: npm ci, npm test, npm run <script> [-- args], bash .ci/run. */
function projectCommand(argv: string[]): { kind: 'npm-ci' | 'npm-test' | 'script' | 'ci-run'; script?: string; args?: string[] } | undefined {
  if (argv[0] === 'npm' && argv[1] === 'ci') return argv.slice(2).every((a) => a.startsWith('--')) ? { kind: 'npm-ci' } : undefined;
  if (argv[0] === 'npm' && argv[1] === 'test' && argv.length === 2) return { kind: 'npm-test' };
  if (argv[0] === 'npm' && argv[1] === 'run') {
    const rest = argv.slice(2).filter((a) => a !== '--silent');
    const [script, ...tail] = rest;
    if (!script || script.startsWith('-')) return undefined;
    if (tail.length > 0 && tail[0] !== '--') return undefined;
    return { kind: 'script', script, args: tail.slice(1) };
  }
  if (argv[0] === 'bash' && argv[1] === '.ci/run' && argv.length === 2) return { kind: 'ci-run' };
  return undefined;
}

const runLines = (step: Step) => (step.run ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));

/**
 * The first major release of each action the workflows use that runs on Node 24 (upload-pages-artifact
 * is a composite action: its v5 is the first to call an upload-artifact on Node 24). A pin may move
 * past it (Dependabot), never back.
 */
const NODE_24_RELEASES: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('the workflow files', () => {
  it('are the pull-request, scheduled and CI workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'pr.yml', 'scheduled.yml']);
  });

  it.each(files)('%s is valid YAML with jobs and steps', (name) => {
    const workflow = load(name);
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs)) expect(job.steps.length).toBeGreaterThan(0);
  });

  it.each(files)('%s pins every action to a full commit SHA, with the version in a comment', (name) => {
    const lines = readFileSync(join(WORKFLOWS, name), 'utf8').split('\n');
    const uses = allSteps(name).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      // Every line that uses it says which release the SHA is.
      const at = lines.filter((line) => line.includes(`uses: ${action}`));
      expect(at.length, `${name}: ${action}`).toBeGreaterThan(0);
      for (const line of at) expect(line, `${name}: ${action}`).toMatch(/^\s*(- )?uses: \S+ # v\d+\.\d+\.\d+\s*$/);
    }
  });

  it('uses each action at one release everywhere, on Node 24', () => {
    const seen = new Map<string, string>();
    for (const name of files) {
      for (const line of readFileSync(join(WORKFLOWS, name), 'utf8').split('\n')) {
        const match = /uses: ([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40}) # v(\d+)\.(\d+)\.(\d+)/.exec(line);
        if (!match) continue;
        const [, action, sha, major] = match;
        const pin = `${sha} ${line.slice(line.indexOf('#'))}`;
        expect(seen.get(action!) ?? pin, `${action} is pinned to two releases`).toBe(pin);
        seen.set(action!, pin);
        expect(NODE_24_RELEASES[action!], `${action}: which release runs on Node 24? Add it to NODE_24_RELEASES`).toBeDefined();
        expect(Number(major), `${action} v${major} is older than its Node 24 release`).toBeGreaterThanOrEqual(NODE_24_RELEASES[action!]!);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(NODE_24_RELEASES).sort());
  });

  it('sets up Node.js from .node-version, the version package.json installs, with the npm cache', () => {
    const version = readFileSync(join(PROJECT, '.node-version'), 'utf8').trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version, 'the `node` devDependency and .node-version must name the same Node.js: update both').toBe(packageJson.devDependencies.node);
    const setups = files.flatMap((name) => allSteps(name).filter((step) => step.uses?.startsWith('actions/setup-node@')).map((step) => ({ name, step })));
    expect(setups.map(({ name }) => name).sort()).toEqual(['ci.yml', 'pr.yml', 'scheduled.yml', 'scheduled.yml']);
    for (const { name, step } of setups) {
      expect(step.with, name).toEqual({ 'node-version-file': '.node-version', cache: 'npm' });
    }
  });

  // An image by tag is not pinned, and Dependabot does not update an image in a workflow, even one
  // pinned by digest (dependabot/dependabot-core#5819): Node.js comes from .node-version instead.
  it.each(files)('%s runs every job on the runner, in no container or service image', (name) => {
    for (const [id, job] of Object.entries(load(name).jobs)) {
      expect(job.container, `${name}: job ${id}`).toBeUndefined();
      expect(job.services, `${name}: job ${id}`).toBeUndefined();
      for (const step of job.steps) expect(step.uses ?? '', `${name}: job ${id}`).not.toMatch(/^docker:/);
    }
  });

  it.each(files)('%s sets permissions on the workflow and on every job, and nothing broader than it needs', (name) => {
    const workflow = load(name);
    expect(workflow.permissions).toBeDefined();
    expect(workflow.permissions).not.toBe('write-all');
    const needs: Record<string, Record<string, string>> = {
      'ci.yml/test': { contents: 'read' },
      'pr.yml/check': { contents: 'read' },
      'scheduled.yml/build': { contents: 'read', pages: 'read' },
      'scheduled.yml/deploy': { pages: 'write', 'id-token': 'write' },
      'scheduled.yml/reminders': { contents: 'read', issues: 'write', pages: 'read' },
    };
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `${name}: job ${id}`).toBeTypeOf('object');
      expect(job.permissions, `${name}: job ${id} may have only what it must`).toEqual(needs[`${name}/${id}`]);
    }
  });

  it.each(files)('%s runs only project commands', (name) => {
    for (const step of allSteps(name)) {
      for (const line of runLines(step)) {
        const { argv } = words(line);
        const command = projectCommand(argv);
        expect(command, `${name}: \`${line}\` is not a project command`).toBeDefined();
        if (command!.kind === 'npm-test') expect(scripts.test).toBeDefined();
        if (command!.kind === 'ci-run') expect(existsSync(join(PROJECT, '.ci/run'))).toBe(true);
        if (command!.kind === 'script') expect(scripts[command!.script!], `${name}: npm run ${command!.script} is not a script of package.json`).toBeDefined();
        // Expressions are passed through the environment, never pasted into a script.
        expect(line).not.toContain('${{');
      }
    }
  });

  it.each(files)('%s runs only playbook commands that exist', async (name) => {
    const { COMMANDS } = await cliMain();
    for (const step of allSteps(name)) {
      for (const line of runLines(step)) {
        const command = projectCommand(words(line).argv);
        if (command?.kind === 'script' && command.script === 'playbook') expect(Object.keys(COMMANDS)).toContain(command.args![0]);
      }
    }
  });

  it('checks out the history where it is needed', () => {
    const checkout = (name: string, job: string) => load(name).jobs[job]!.steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout('pr.yml', 'check').with).toMatchObject({ 'fetch-depth': 0 });
    expect(checkout('scheduled.yml', 'build').with).toMatchObject({ 'fetch-depth': 0 });
    for (const name of files) for (const step of allSteps(name).filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with).toMatchObject({ 'persist-credentials': false });
    expect(triggers('scheduled.yml').sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
  });

  it('runs the pull-request checks in a merge queue too', () => {
    expect(triggers('pr.yml')).toEqual(['pull_request', 'merge_group']);
    for (const name of files) if (triggers(name).includes('pull_request')) expect(triggers(name), name).toContain('merge_group');
  });

  it('compares a pull request with its base branch, and a merge group with the commit it is built on', () => {
    const base = load('pr.yml').jobs.check!.env!.BASE!;
    expect(interpolate(base, pullRequestContext())).toBe('origin/main');
    expect(interpolate(base, mergeGroupContext())).toBe(BASE_SHA);
    for (const step of load('pr.yml').jobs.check!.steps.filter((s) => s.run?.includes(' check '))) expect(step.run).toContain('--base "$BASE"');
  });

  it('cancels an outdated run of a pull request, never another merge group', () => {
    const concurrency = load('pr.yml').concurrency!;
    expect(concurrency['cancel-in-progress']).toBe(true);
    const group = (context: Context) => interpolate(concurrency.group, context);
    expect(group(pullRequestContext(7))).toBe(group(pullRequestContext(7)));
    expect(group(pullRequestContext(7))).not.toBe(group(pullRequestContext(8)));
    expect(group(mergeGroupContext('a'.repeat(40), 7))).not.toBe(group(mergeGroupContext('b'.repeat(40), 8)));
    expect(group(mergeGroupContext())).not.toBe(group(pullRequestContext(7)));
  });

  it('publishes on Pages one run at a time, in order, never cancelling a deploy', () => {
    const workflow = load('scheduled.yml');
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    // A job's own group inside would only wait on the workflow's.
    for (const [id, job] of Object.entries(workflow.jobs)) expect(job.concurrency, id).toBeUndefined();
  });

  it("builds the site for where Pages serves it: actions/configure-pages's base path and URL", () => {
    const steps = load('scheduled.yml').jobs.build!.steps;
    const configure = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(configure).toBeGreaterThanOrEqual(0);
    expect(configure).toBeLessThan(build);
    const id = steps[configure]!.id!;
    expect(id).toBeTruthy();
    const env = steps[build]!.env!;
    const context = {
      steps: { [id]: { outputs: { base_path: '/playbook', base_url: 'https://acme.github.io/playbook', origin: 'https://acme.github.io', host: 'acme.github.io' } } },
      vars: { PLAYBOOK_BASE: '/wrong/' },
    };
    expect(Object.fromEntries(Object.entries(env).map(([key, value]) => [key, interpolate(value, context)]))).toEqual({
      PLAYBOOK_BASE: '/playbook',
      PLAYBOOK_SITE_URL: 'https://acme.github.io/playbook',
    });
    // At the root of a custom domain the base path is empty: the site is built for `/`.
    const root = { steps: { [id]: { outputs: { base_path: '', base_url: 'https://playbook.acme.example' } } } };
    expect(interpolate(env.PLAYBOOK_BASE!, root)).toBe('');
  });

  it("links the reminders issue to where Pages serves the site, as the build does", () => {
    const steps = load('scheduled.yml').jobs.reminders!.steps;
    const configure = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    const publish = steps.findIndex((step) => step.run === 'npm run --silent playbook -- publish-issue');
    expect(configure).toBeGreaterThanOrEqual(0);
    expect(configure).toBeLessThan(publish);
    const id = steps[configure]!.id!;
    const context = { steps: { [id]: { outputs: { base_path: '/playbook', base_url: 'https://acme.github.io/playbook' } } }, secrets: { GITHUB_TOKEN: 't' } };
    expect(Object.fromEntries(Object.entries(steps[publish]!.env!).map(([key, value]) => [key, interpolate(value, context)]))).toEqual({
      GITHUB_TOKEN: 't',
      PLAYBOOK_BASE: '/playbook',
      PLAYBOOK_SITE_URL: 'https://acme.github.io/playbook',
    });
  });

  it('keeps the reminders issue up to date in a repository without GitHub Pages', () => {
    // actions/configure-pages fails where Pages is not enabled (a new repository, or a private one
    // on a plan without Pages): the issue only links to the site, so it goes on without it.
    const { build, reminders } = load('scheduled.yml').jobs;
    const configure = (job: Job) => job.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
    expect(configure(reminders!)['continue-on-error']).toBe(true);
    // The site itself needs Pages: there a failure stops the job.
    expect(configure(build!)['continue-on-error']).toBeUndefined();
  });

  it('astro.config.mjs reads PLAYBOOK_BASE and PLAYBOOK_SITE_URL', async () => {
    vi.stubEnv('PLAYBOOK_BASE', '/playbook');
    vi.stubEnv('PLAYBOOK_SITE_URL', 'https://acme.github.io/playbook');
    vi.resetModules();
    const config = (await import('../../astro.config.mjs')).default as { base?: string; site?: string };
    expect(config).toMatchObject({ base: '/playbook', site: 'https://acme.github.io/playbook' });
    vi.stubEnv('PLAYBOOK_BASE', '');
    vi.stubEnv('PLAYBOOK_SITE_URL', '');
    vi.resetModules();
    const atRoot = (await import('../../astro.config.mjs')).default as { base?: string; site?: string };
    expect(atRoot.base).toBe('/');
    expect(atRoot.site).toBeUndefined();
    vi.unstubAllEnvs();
  });
});

describe('.github/dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string;
    directory: string;
    schedule: { interval: string };
    cooldown?: Record<string, unknown>;
  }
  const config = parse(readFileSync(join(PROJECT, '.github/dependabot.yml'), 'utf8')) as { version: number; updates: Update[] };

  it('updates the actions and the npm packages every week', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
    }
  });

  it('waits before proposing a new release (cooldown), longer for a new major', () => {
    const days = (value: unknown) => {
      expect(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 90, `${String(value)} days`).toBe(true);
      return value as number;
    };
    for (const update of config.updates) {
      const cooldown = update.cooldown;
      expect(cooldown, update['package-ecosystem']).toBeDefined();
      const keys = Object.keys(cooldown!);
      expect(keys).toContain('default-days');
      days(cooldown!['default-days']);
      if (update['package-ecosystem'] === 'github-actions') {
        // Dependabot has no semver-*-days for GitHub Actions, and rejects the file with them.
        expect(keys).toEqual(['default-days']);
      } else {
        for (const key of keys) expect(['default-days', 'semver-major-days', 'semver-minor-days', 'semver-patch-days', 'include', 'exclude']).toContain(key);
        expect(days(cooldown!['semver-major-days'])).toBeGreaterThan(cooldown!['default-days'] as number);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The workflows' playbook commands, run here.

interface Ran {
  status: number;
  stdout: string;
  summary: string;
}

/**
 * Runs a workflow's `npm run playbook -- ...` steps in `cwd`, in this process, the step summary in
 * a file. The workflow's, job's and step's `env` are evaluated in `context`, as the runner does.
 */
async function runPlaybookSteps(name: string, job: string, cwd: string, env: Record<string, string>, context: Context = {}): Promise<Ran[]> {
  const { main } = await cliMain();
  const workflow = load(name);
  const ran: Ran[] = [];
  for (const step of workflow.jobs[job]!.steps) {
    for (const line of runLines(step)) {
      const { argv, summary } = words(line);
      const command = projectCommand(argv)!;
      if (command.kind !== 'script' || command.script !== 'playbook') continue;
      const stepEnv: Record<string, string> = { ...env };
      for (const [key, value] of Object.entries({ ...workflow.env, ...workflow.jobs[job]!.env, ...step.env })) stepEnv[key] = interpolate(String(value), context);
      let stdout = '';
      const status = await main(command.args!.map((word) => expand(word, stepEnv)), {
        env: { ...stepEnv, PLAYBOOK_AS_OF: AS_OF },
        cwd,
        now: () => new Date(`${AS_OF}T12:00:00Z`),
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: () => true },
      });
      const file = join(cwd, '..', 'summary.md');
      if (summary) writeFileSync(file, stdout, { flag: 'a' });
      ran.push({ status, stdout: summary ? '' : stdout, summary: summary ? stdout : '' });
    }
  }
  return ran;
}

/** A pull request as actions/checkout with fetch-depth 0 sees it: a full clone, origin/main there. */
function pullRequestClone(change: (root: string) => void): string {
  const repo = createRepo();
  repo.git('checkout', '-q', '-b', 'change');
  change(repo.root);
  repo.commit('The change', '2026-11-21T12:00:00Z');
  const clone = join(tempDir(), 'work');
  git(repo.root, ['clone', '-q', '--branch', 'change', `file://${repo.root}`, clone]);
  return clone;
}

/**
 * A merge group as actions/checkout with fetch-depth 0 sees it: main moved on since the branch
 * left it (another pull request got in, and rewrote a touchpoint), and the queue's
 * branch is the change merged onto main's tip, `base_sha`. Returns the clone and `base_sha`.
 */
function mergeGroupClone(change: (root: string) => void): { clone: string; baseSha: string } {
  const repo = createRepo();
  repo.git('checkout', '-q', '-b', 'change');
  change(repo.root);
  repo.commit('The change', '2026-11-21T12:00:00Z');
  repo.git('checkout', '-q', 'main');
  repo.edit(ACCOUNT, 'note: Weekly status', 'note: Weekly status, reworded');
  const baseSha = repo.commit('Another pull request', '2026-11-21T13:00:00Z');
  const queue = `gh-readonly-queue/main/pr-7-${baseSha}`;
  repo.git('checkout', '-q', '-b', queue);
  git(repo.root, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'change'], '2026-11-21T14:00:00Z');
  repo.git('checkout', '-q', 'main');
  const clone = join(tempDir(), 'work');
  git(repo.root, ['clone', '-q', '--branch', queue, `file://${repo.root}`, clone]);
  return { clone, baseSha };
}

const silentSlip = (root: string) => {
  const path = join(root, 'content', PLAN);
  writeFileSync(path, readFileSync(path, 'utf8').replace('due: 2026-12-01', 'due: 2026-12-05'));
};

const recordedSlip = (root: string) => {
  const path = join(root, 'content', PLAN);
  const text = readFileSync(path, 'utf8').replace(
    '    due: 2026-12-01\n',
    '    due: 2026-12-05\n    slips:\n      - date: 2026-11-20\n        from: 2026-12-01\n        to: 2026-12-05\n        told: Bob Smith\n        reason: Supplier delay\n',
  );
  writeFileSync(path, text);
};

describe("the workflows' commands, run here", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pr.yml passes a change that records its slip', async () => {
    const clone = pullRequestClone(recordedSlip);
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, cleanEnv() as Record<string, string>, pullRequestContext());
    expect(annotate).toEqual({ status: 0, stdout: '', summary: '' });
    expect(gate!.status).toBe(0);
    expect(gate!.summary).toContain('## Test playbook: check against origin/main');
  });

  it('pr.yml annotates the `due` of a silent slip and fails the job, with the report in the summary', async () => {
    const clone = pullRequestClone(silentSlip);
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, cleanEnv() as Record<string, string>, pullRequestContext());
    expect(annotate!.status).toBe(0);
    expect(annotate!.stdout).toMatch(/^::error file=content\/accounts\/northwind\/rollout\.mdx,line=\d+,col=10,title=silent-slip::Order the scanners was due 2026-12-01 at origin\/main/m);
    expect(annotate!.stdout).not.toContain('fraser'); // unchanged files are not annotated
    expect(gate!.status).toBe(1);
    expect(gate!.summary).toContain('#### `silent-slip` (1)');
    expect(gate!.summary).toContain('content/accounts/fraser/pilot.mdx'); // the full report
  });

  it('pr.yml in a merge group: compared with base_sha, it passes a recorded slip', async () => {
    const { clone, baseSha } = mergeGroupClone(recordedSlip);
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, cleanEnv() as Record<string, string>, mergeGroupContext(baseSha));
    expect(annotate).toEqual({ status: 0, stdout: '', summary: '' });
    expect(gate!.status).toBe(0);
    // A SHA in a markdown report is a code span (markdown.ts: GitHub would link it, from content or not).
    expect(gate!.summary).toContain(`## Test playbook: check against \`${baseSha}\``);
  });

  it('pr.yml in a merge group: a silent slip fails the group, and only the change is judged', async () => {
    const { clone, baseSha } = mergeGroupClone(silentSlip);
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, cleanEnv() as Record<string, string>, mergeGroupContext(baseSha));
    expect(annotate!.stdout).toMatch(new RegExp(`^::error file=content/accounts/northwind/rollout\\.mdx,line=\\d+,col=10,title=silent-slip::Order the scanners was due 2026-12-01 at ${baseSha}`, 'm'));
    expect(annotate!.stdout).toContain('Order the scanners');
    // What got into main before the group, even a rewritten touchpoint, is not this change.
    expect(annotate!.stdout).not.toContain('history-rewritten');
    expect(gate!.summary).not.toContain('history-rewritten');
    expect(gate!.status).toBe(1);
    expect(gate!.summary).toContain('#### `silent-slip` (1)');
  });

  it("scheduled.yml's check and issue upkeep pass, and the issue is the stale report", async () => {
    const { main } = await cliMain();
    const repo = createRepo();
    const requests: { method: string; url: string; body?: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: { method: string; body?: string }) => {
      requests.push({ method: init.method, url, body: init.body });
      const json = init.method === 'GET' ? [] : { number: 7, html_url: 'https://github.com/acme/playbook/issues/7' };
      return { ok: true, status: 200, statusText: 'OK', headers: { get: () => null }, json: async () => json, text: async () => '' };
    });
    const ran = await runPlaybookSteps('scheduled.yml', 'build', repo.root, cleanEnv() as Record<string, string>);
    expect(ran.map((r) => r.status)).toEqual([0]);
    const issue = await runPlaybookSteps(
      'scheduled.yml',
      'reminders',
      repo.root,
      { ...(cleanEnv() as Record<string, string>), GITHUB_REPOSITORY: 'acme/playbook' },
      { secrets: { GITHUB_TOKEN: 'test-token' } },
    );
    expect(issue.map((r) => r.status)).toEqual([0]);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.github.com/repos/acme/playbook/issues?state=open&per_page=100&sort=created&direction=asc',
      'POST https://api.github.com/repos/acme/playbook/issues',
    ]);
    let report = '';
    await main(['report', '--stale', '--format', 'markdown', '--as-of', AS_OF], {
      env: {},
      cwd: repo.root,
      now: () => new Date(),
      stdout: { write: (t: string) => (report += t) },
      stderr: { write: () => true },
    });
    expect(JSON.parse(requests[1]!.body!)).toEqual({ title: 'Playbook: overdue and stale', body: report });
    expect(report).toContain('Survey the freezers');
  });
});
