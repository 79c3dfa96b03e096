// Small playbooks written inline, so that each test states only what it is about.
//
// `createPlaybook({ 'accounts/northwind/rollout.mdx': mdx`...` })` writes a content folder in a
// fresh temporary directory (with the shared builder, playbook-builder.ts): the defaults below (settings with a handoff checklist, three people,
// one account), with each given path added or replacing a default (`null` removes one). The
// content folder is `<root>/content`, so the CLI finds it by default when run in `root`.
//
// `findingsOf(files)` runs the checker on such a folder with a fixed as-of and returns the
// findings with paths relative to the content folder (`accounts/northwind/index.mdx`).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import type { Finding } from '../../src/core/findings.ts';
import { buildPlaybook, type Playbook } from './playbook-builder.ts';

/** The as-of every test uses unless it says otherwise: a Sunday. */
export const AS_OF = '2026-11-22';
/** A clock reading on AS_OF in UTC, for tests that do not care about the clock. */
export const NOW = new Date('2026-11-22T12:00:00Z');

/**
 * Strips the common indentation of a template literal and its first and last empty lines, so
 * YAML can be written indented inside a test. Interpolations are inserted as they are.
 */
export function text(strings: TemplateStringsArray | string, ...values: unknown[]): string {
  const raw = typeof strings === 'string' ? strings : String.raw({ raw: strings }, ...values);
  const lines = raw.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return `${lines.map((line) => line.slice(indent)).join('\n')}\n`;
}

/** An MDX file: `---`, the YAML (line 2 onwards), `---`, then a body. */
export function mdx(yaml: string, body = 'The body.\n'): string {
  const fields = yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  return `---\n${fields}---\n${body}`;
}

/** An MDX file from an indented template literal: mdxText`...`. */
export function mdxText(strings: TemplateStringsArray, ...values: unknown[]): string {
  return mdx(text(strings, ...values));
}

export const DEFAULT_SETTINGS = text`
  title: Test playbook
  handoff_checklist:
    partner-onboarded: Partner onboarded
    delivery-briefed: Delivery team briefed
`;

export const DEFAULT_PEOPLE = text`
  jane-doe:
    name: Jane Doe
    role: Account executive
  kim-lee:
    name: Kim Lee
    role: Delivery lead
  omar-haddad:
    name: Omar Haddad
    role: Installer
`;

/** Touched two days before AS_OF: not stale under the default two-week cadence. */
export const DEFAULT_ACCOUNT = mdxText`
  name: Northwind Logistics
  owner: jane-doe
  stage: delivery
  since: 2026-01-05
  team: [kim-lee, omar-haddad]
  contacts:
    - name: Bob Smith
      role: Operations director
    - name: Ana Ruiz
      role: IT manager
  touchpoints:
    - date: 2026-11-20
      by: jane-doe
      with: [Bob Smith]
      kind: call
`;

export interface PlanHeader {
  status?: string;
  kickoff?: string;
}

/**
 * A plan of northwind whose header raises nothing (both signatures, the whole checklist), so
 * that only the fields given in `rest` matter. Its lines, which tests count on:
 *
 *      1  ---
 *      2  title: Rollout
 *      3  owner: kim-lee
 *      4  status: <status, default active>
 *      5  kickoff: <kickoff, default 2026-09-01>
 *      6  agreement:
 *      7    customer: { by: Bob Smith, date: 2026-08-20 }
 *      8    us: { by: jane-doe, date: 2026-08-20 }
 *      9  handoff:
 *     10    partner-onboarded: 2026-08-25
 *     11    delivery-briefed: 2026-08-22
 *     12  <rest: milestones:, commitments: ...>
 */
export function plan(rest: string, header: PlanHeader = {}): string {
  const head = text`
    title: Rollout
    owner: kim-lee
    status: ${header.status ?? 'active'}
    kickoff: ${header.kickoff ?? '2026-09-01'}
    agreement:
      customer: { by: Bob Smith, date: 2026-08-20 }
      us: { by: jane-doe, date: 2026-08-20 }
    handoff:
      partner-onboarded: 2026-08-25
      delivery-briefed: 2026-08-22
  `;
  return mdx(head + rest);
}

export interface AccountOptions {
  stage?: string;
  since?: string;
  followUpEvery?: string;
  governanceEvery?: string;
  ownerTouchEvery?: string;
  /**
   * [date, kind, by, with] of each touchpoint, in the order written. `by` defaults to the owner
   * jane-doe, `with` to the contact Bob Smith (a touchpoint that reaches the client); `with: []`
   * writes `with: []`, a touchpoint with only our own people.
   */
  touchpoints?: [string, string, string?, string[]?][];
}

/**
 * The northwind account with what a test varies. Its lines:
 *
 *      1  ---
 *      2  name: Northwind Logistics
 *      3  owner: jane-doe
 *      4  stage: <stage, default delivery>
 *      5  since: <since, default 2026-01-05>
 *      6  follow_up_every: <...>          (or a comment when not given)
 *      7  governance_every: <...>         (or owner_touch_every, or a comment when neither is given)
 *      8  contacts:
 *      9    - name: Bob Smith
 *     10  touchpoints:                    (`touchpoints: []` when there are none)
 *     11    - date: <date>                touchpoint i's value is at line 11 + 4i, column 5
 *     12      by: <by, default jane-doe>
 *     13      kind: <kind>
 *     14      with: [<with, default Bob Smith>]
 */
export function account(options: AccountOptions = {}): string {
  const touchpoints = options.touchpoints ?? [];
  const lines = [
    'name: Northwind Logistics',
    'owner: jane-doe',
    `stage: ${options.stage ?? 'delivery'}`,
    `since: ${options.since ?? '2026-01-05'}`,
    options.followUpEvery ? `follow_up_every: ${options.followUpEvery}` : '# follow_up_every: from playbook.yaml',
    options.governanceEvery ? `governance_every: ${options.governanceEvery}` : options.ownerTouchEvery ? `owner_touch_every: ${options.ownerTouchEvery}` : '# no governance reviews',
    'contacts:',
    '  - name: Bob Smith',
    touchpoints.length === 0 ? 'touchpoints: []' : 'touchpoints:',
    ...touchpoints.flatMap(([date, kind, by = 'jane-doe', names = ['Bob Smith']]) => [`  - date: ${date}`, `    by: ${by}`, `    kind: ${kind}`, `    with: [${names.join(', ')}]`]),
  ];
  return mdx(`${lines.join('\n')}\n`);
}

/** Where `account()` belongs. */
export const ACCOUNT_PATH = 'accounts/northwind/index.mdx';

/** Where `plan()` writes its file. */
export const PLAN_PATH = 'accounts/northwind/rollout.mdx';

export const DEFAULT_FILES: Readonly<Record<string, string>> = {
  'playbook.yaml': DEFAULT_SETTINGS,
  'people.yaml': DEFAULT_PEOPLE,
  'accounts/northwind/index.mdx': DEFAULT_ACCOUNT,
};

/** Path (relative to the content folder) -> text; `null` leaves a default file out. */
export type FixtureFiles = Record<string, string | null>;

export type { Playbook };

/** The defaults with `files` over them, written by the shared builder (`<root>/content`). */
export function createPlaybook(files: FixtureFiles = {}, options: { defaults?: boolean } = {}): Playbook {
  return buildPlaybook({ ...(options.defaults === false ? {} : DEFAULT_FILES), ...files });
}

export interface RunOptions {
  asOf?: string;
  now?: Date;
}

/** Runs the checker the way the CLI does, with paths relative to the content folder. */
export function runCheck(playbook: Playbook | FixtureFiles, options: RunOptions = {}): CheckResult {
  const { dir } = isPlaybook(playbook) ? playbook : createPlaybook(playbook);
  const asOf = 'asOf' in options ? options.asOf : AS_OF;
  return checkPlaybook(dir, { asOf, now: options.now ?? NOW, cwd: dir });
}

/** Every finding of a playbook as of AS_OF (or `options.asOf`), in the checker's order. */
export function findingsOf(playbook: Playbook | FixtureFiles, options: RunOptions = {}): Finding[] {
  return runCheck(playbook, options).findings;
}

/**
 * The findings of one rule only. The fixture must be valid: a `schema` finding (a typo in the
 * test's YAML) fails here, so that a test expecting no finding cannot pass because its plan
 * was never read.
 */
export function findingsOfRule(rule: string, playbook: Playbook | FixtureFiles, options: RunOptions = {}): Finding[] {
  const findings = findingsOf(playbook, options);
  const invalid = findings.filter((finding) => finding.rule === 'schema');
  if (rule !== 'schema' && invalid.length > 0) {
    throw new Error(`the fixture does not validate:\n${invalid.map((f) => `${brief(f)} ${f.message}`).join('\n')}`);
  }
  return findings.filter((finding) => finding.rule === rule);
}

/** A finding as one line, for comparing lists at a glance: `overdue warning a.mdx:12:5 northwind/x#y`. */
export function brief(finding: Finding): string {
  return `${finding.rule} ${finding.severity} ${finding.file}:${finding.line}:${finding.column} ${finding.subject}`;
}

function isPlaybook(value: Playbook | FixtureFiles): value is Playbook {
  return typeof (value as Playbook).write === 'function' && typeof (value as Playbook).dir === 'string';
}

/** The repository, for spawning its command line. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = join(REPO, 'scripts/playbook.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node scripts/playbook.ts ...args` for real, in `cwd`, with an environment
 * free of what the test runner sets (colours, the playbook's variables, TZ) plus `env`. Async, so
 * that tests can run several at once without blocking the test worker.
 */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(FORCE_COLOR|NO_COLOR|TZ|CI|GITHUB_ACTIONS)$|^PLAYBOOK_/.test(key)) continue;
    env[key] = value;
  }
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: options.cwd,
      env: { ...env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}
