// The GitHub Actions workflows in .github/workflows: valid YAML, every action pinned by commit SHA,
// least permissions, and every `run:` a project command that exists. Then the playbook commands
// they run are run here, as the workflow would, in a clone made the way actions/checkout makes it.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, main } from '../../src/cli/main.ts';
import { AS_OF, cleanEnv, createRepo, git, PLAN, PROJECT, tempDir } from '../git/git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

const WORKFLOWS = join(PROJECT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const scripts = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: unknown;
  steps: Step[];
  env?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const load = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;

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
    const text = readFileSync(join(WORKFLOWS, name), 'utf8');
    const uses = Object.values(load(name).jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) {
      expect(action).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`${action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+`));
    }
  });

  it.each(files)('%s sets permissions on the workflow and on every job, and nothing broader than it needs', (name) => {
    const workflow = load(name);
    expect(workflow.permissions).toBeDefined();
    expect(workflow.permissions).not.toBe('write-all');
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `${name}: job ${id}`).toBeTypeOf('object');
      const granted = Object.entries(job.permissions as Record<string, string>).filter(([, level]) => level === 'write').map(([scope]) => scope);
      const allowed: Record<string, string[]> = { 'scheduled.yml/deploy': ['pages', 'id-token'], 'scheduled.yml/reminders': ['issues'] };
      expect(granted, `${name}: job ${id} may write only what it must`).toEqual(allowed[`${name}/${id}`] ?? []);
    }
  });

  it.each(files)('%s runs only project commands, and each one exists', (name) => {
    for (const job of Object.values(load(name).jobs)) {
      for (const step of job.steps) {
        for (const line of runLines(step)) {
          const { argv } = words(line);
          const command = projectCommand(argv);
          expect(command, `${name}: \`${line}\` is not a project command`).toBeDefined();
          if (command!.kind === 'npm-test') expect(scripts.test).toBeDefined();
          if (command!.kind === 'ci-run') expect(existsSync(join(PROJECT, '.ci/run'))).toBe(true);
          if (command!.kind === 'script') {
            expect(scripts[command!.script!], `${name}: npm run ${command!.script} is not a script of package.json`).toBeDefined();
            if (command!.script === 'playbook') expect(Object.keys(COMMANDS)).toContain(command!.args![0]);
          }
          // Expressions are passed through the environment, never pasted into a script.
          expect(line).not.toContain('${{');
        }
      }
    }
  });

  it('checks out the history where it is needed', () => {
    const checkout = (name: string, job: string) => load(name).jobs[job]!.steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout('pr.yml', 'check').with).toMatchObject({ 'fetch-depth': 0 });
    expect(checkout('scheduled.yml', 'build').with).toMatchObject({ 'fetch-depth': 0 });
    const triggers = load('scheduled.yml').on as Record<string, unknown>;
    expect(Object.keys(triggers).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(Object.keys(load('pr.yml').on as object)).toEqual(['pull_request']);
  });
});

// ---------------------------------------------------------------------------------------------
// The workflows' playbook commands, run here.

interface Ran {
  status: number;
  stdout: string;
  summary: string;
}

/** Runs a workflow's `npm run playbook -- ...` steps in `cwd`, in this process, the step summary in a file. */
async function runPlaybookSteps(name: string, job: string, cwd: string, env: Record<string, string>): Promise<Ran[]> {
  const workflow = load(name);
  const ran: Ran[] = [];
  for (const step of workflow.jobs[job]!.steps) {
    for (const line of runLines(step)) {
      const { argv, summary } = words(line);
      const command = projectCommand(argv)!;
      if (command.kind !== 'script' || command.script !== 'playbook') continue;
      const stepEnv: Record<string, string> = { ...env, ...workflow.jobs[job]!.env, ...step.env };
      for (const [key, value] of Object.entries(stepEnv)) if (value.includes('${{')) stepEnv[key] = env[key] ?? '';
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

describe("the workflows' commands, run here", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('pr.yml passes a change that records its slip', async () => {
    const clone = pullRequestClone((root) => {
      const path = join(root, 'content', PLAN);
      const text = readFileSync(path, 'utf8').replace(
        '    due: 2026-12-01\n',
        '    due: 2026-12-05\n    slips:\n      - date: 2026-11-20\n        from: 2026-12-01\n        to: 2026-12-05\n        told: Bob Smith\n        reason: Supplier delay\n',
      );
      writeFileSync(path, text);
    });
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, { ...(cleanEnv() as Record<string, string>), BASE_REF: 'main' });
    expect(annotate).toEqual({ status: 0, stdout: '', summary: '' });
    expect(gate!.status).toBe(0);
    expect(gate!.summary).toContain('## Test playbook: check against origin/main');
  });

  it('pr.yml annotates the `due` of a silent slip and fails the job, with the report in the summary', async () => {
    const clone = pullRequestClone((root) => {
      const path = join(root, 'content', PLAN);
      writeFileSync(path, readFileSync(path, 'utf8').replace('due: 2026-12-01', 'due: 2026-12-05'));
    });
    const [annotate, gate] = await runPlaybookSteps('pr.yml', 'check', clone, { ...(cleanEnv() as Record<string, string>), BASE_REF: 'main' });
    expect(annotate!.status).toBe(0);
    expect(annotate!.stdout).toMatch(/^::error file=content\/accounts\/northwind\/rollout\.mdx,line=\d+,col=10,title=silent-slip::Order the scanners was due 2026-12-01 at origin\/main/m);
    expect(annotate!.stdout).not.toContain('fraser'); // unchanged files are not annotated
    expect(gate!.status).toBe(1);
    expect(gate!.summary).toContain('#### `silent-slip` (1)');
    expect(gate!.summary).toContain('content/accounts/fraser/pilot.mdx'); // the full report
  });

  it("scheduled.yml's check and issue upkeep pass, and the issue is the stale report", async () => {
    const repo = createRepo();
    const requests: { method: string; url: string; body?: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: { method: string; body?: string }) => {
      requests.push({ method: init.method, url, body: init.body });
      const json = init.method === 'GET' ? [] : { number: 7, html_url: 'https://github.com/acme/playbook/issues/7' };
      return { ok: true, status: 200, statusText: 'OK', headers: { get: () => null }, json: async () => json, text: async () => '' };
    });
    const ran = await runPlaybookSteps('scheduled.yml', 'build', repo.root, { ...(cleanEnv() as Record<string, string>) });
    expect(ran.map((r) => r.status)).toEqual([0]);
    const issue = await runPlaybookSteps('scheduled.yml', 'reminders', repo.root, {
      ...(cleanEnv() as Record<string, string>),
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: 'acme/playbook',
    });
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
