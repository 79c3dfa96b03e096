// Real temporary git repositories holding a small playbook (written by the shared builder), for
// the tests of `check --base`, history, CODEOWNERS and the workflows' commands. Every commit has a
// fixed author, committer and date, and git reads no global or system configuration, so runs are
// identical anywhere.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlaybook, type Playbook, tempDir as builderTempDir } from '../helpers/playbook-builder.ts';

export { lineOf } from '../helpers/playbook-builder.ts';

export const AS_OF = '2026-11-22';
export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The environment of every git and CLI process: no user configuration, fixed identity. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_') && !key.startsWith('PLAYBOOK_') && !key.startsWith('GITHUB_')) env[key] = value;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Jane Doe',
    GIT_AUTHOR_EMAIL: 'jane@acme.example',
    GIT_COMMITTER_NAME: 'Jane Doe',
    GIT_COMMITTER_EMAIL: 'jane@acme.example',
    NO_COLOR: '1',
    ...extra,
  };
}

/** A temporary folder, removed after the test file (the shared builder's). */
export function tempDir(): string {
  return builderTempDir('followthrough-git-');
}

export function git(cwd: string, args: string[], date = '2026-11-01T12:00:00Z'): string {
  const result = spawnSync('git', args, { cwd, env: cleanEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A playbook written by the shared builder, in a git repository of its own. */
export interface Repo extends Playbook {
  /** The content folder inside it, relative to the root. */
  content: string;
  git(...args: string[]): string;
  /** `git add --all` and commit, on the given day. */
  commit(message: string, date?: string): string;
}

/** A repository on `main` with the playbook below committed, its content folder at `content` (or elsewhere). */
export function createRepo(files: Record<string, string> = PLAYBOOK, options: { content?: string } = {}): Repo {
  const playbook = buildPlaybook(files, { contentPath: options.content, prefix: 'followthrough-git-' });
  const { root } = playbook;
  git(root, ['init', '-q', '-b', 'main']);
  const repo: Repo = {
    ...playbook,
    content: playbook.contentPath,
    git: (...args) => git(root, args),
    commit(message, date = '2026-11-01T12:00:00Z') {
      git(root, ['add', '--all']);
      git(root, ['commit', '-q', '-m', message], date);
      return git(root, ['rev-parse', 'HEAD']).trim();
    },
  };
  repo.commit('The playbook', '2026-10-01T12:00:00Z');
  return repo;
}

/** Runs the CLI as CI does, in a process of its own: `node scripts/playbook.ts ...`. */
export function cli(cwd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(PROJECT, 'scripts/playbook.ts'), ...args], {
    cwd,
    env: cleanEnv({ PLAYBOOK_AS_OF: AS_OF, ...env }),
    encoding: 'utf8',
  });
}

export const PLAN = 'accounts/northwind/rollout.mdx';
export const ACCOUNT = 'accounts/northwind/index.mdx';

/**
 * A playbook with nothing to report as of AS_OF, except in fraser/pilot.mdx, a file no test
 * changes, which has an overdue commitment (a warning): the findings `--changed` leaves out.
 */
export const PLAYBOOK: Record<string, string> = {
  'playbook.yaml': `title: Test playbook
handoff_checklist:
  delivery-briefed: Delivery team briefed
`,
  'people.yaml': `jane-doe:
  name: Jane Doe
  github: janedoe
kim-lee:
  name: Kim Lee
  github: kimlee
omar-haddad:
  name: Omar Haddad
`,
  [ACCOUNT]: `---
name: Northwind Logistics
owner: jane-doe
stage: delivery
since: 2026-01-05
team: [kim-lee, omar-haddad]
contacts:
  - name: Bob Smith
touchpoints:
  - date: 2026-11-02
    by: jane-doe
    with: [Bob Smith]
    kind: call
    note: Confirmed install dates
  - date: 2026-11-16
    by: kim-lee
    with: [Bob Smith]
    kind: meeting
    note: Weekly status
---
Northwind's account plan.
`,
  [PLAN]: `---
title: Scanner rollout
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: { by: jane-doe, date: 2026-08-20 }
handoff:
  delivery-briefed: 2026-08-22
milestones:
  - id: pilot
    title: Pilot site live
    due: 2027-01-15
commitments:
  - id: order-hardware
    what: Order the scanners
    owner: Bob Smith
    due: 2026-12-01
  - id: install-scanners
    what: Install scanners at all 8 facilities
    owner: omar-haddad
    due: 2026-12-15
    milestone: pilot
    after: [order-hardware]
    slips:
      - date: 2026-10-20
        from: 2026-12-01
        to: 2026-12-15
        told: Bob Smith
        reason: Hardware arrives late
---
The plan.
`,
  'accounts/fraser/index.mdx': `---
name: Fraser Cold Storage
owner: kim-lee
stage: delivery
since: 2026-11-10
contacts:
  - name: Ann Lee
---
`,
  'accounts/fraser/pilot.mdx': `---
title: Freezer pilot
owner: kim-lee
status: active
kickoff: 2026-11-12
agreement:
  customer: { by: Ann Lee, date: 2026-11-11 }
  us: { by: kim-lee, date: 2026-11-11 }
handoff:
  delivery-briefed: 2026-11-11
commitments:
  - id: survey
    what: Survey the freezers
    owner: kim-lee
    due: 2026-11-20
---
`,
};
