// CODEOWNERS: each account's folder to its owner and team, a block the playbook owns in the
// repository's file, and a `codeowners-stale` warning from `check` when it is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { BEGIN_MARKER, END_MARKER, withBlock } from '../../src/core/git/codeowners.ts';
import { AS_OF, createRepo, PLAYBOOK, type Repo } from './git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

async function run(repo: Repo, args: string[], cwd = repo.root): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    env: {},
    cwd,
    now: () => new Date(`${AS_OF}T12:00:00Z`),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { status, stdout, stderr };
}

const EXPECTED = `${BEGIN_MARKER}
/content/accounts/fraser/ @kimlee
/content/accounts/northwind/ @janedoe @kimlee
${END_MARKER}
`;

describe('playbook codeowners', () => {
  it('writes .github/CODEOWNERS mapping each account folder to its owner and team, naming who has no handle', async () => {
    const repo = createRepo();
    const { status, stdout, stderr } = await run(repo, ['codeowners']);
    expect(status).toBe(0);
    expect(stdout).toBe('Wrote .github/CODEOWNERS: 2 account folders.\n');
    expect(readFileSync(join(repo.root, '.github/CODEOWNERS'), 'utf8')).toBe(EXPECTED);
    expect(stderr).toBe("playbook codeowners: no github handle in people.yaml for northwind's omar-haddad\n");
    expect((await run(repo, ['codeowners', '--check'])).status).toBe(0);
  });

  it('keeps what the team wrote around its block, and replaces only the block', async () => {
    const repo = createRepo();
    mkdirSync(join(repo.root, 'docs'));
    writeFileSync(join(repo.root, 'docs/CODEOWNERS'), `* @acme/admins\n\n${BEGIN_MARKER}\n/content/accounts/gone/ @someone\n${END_MARKER}\n/content/guides/ @janedoe\n`);
    expect((await run(repo, ['codeowners'])).stdout).toBe('Wrote docs/CODEOWNERS: 2 account folders.\n');
    expect(readFileSync(join(repo.root, 'docs/CODEOWNERS'), 'utf8')).toBe(`* @acme/admins\n\n${EXPECTED}/content/guides/ @janedoe\n`);
    expect(existsSync(join(repo.root, '.github/CODEOWNERS'))).toBe(false);
    expect(withBlock('* @acme/admins', 'B\n')).toBe('* @acme/admins\n\nB\n');
  });

  it('keeps CRLF line ends and every byte outside its block', async () => {
    const repo = createRepo();
    mkdirSync(join(repo.root, '.github'));
    const before = `# Équipe\r\n* @acme/admins\r\n\r\n${BEGIN_MARKER}\r\n/content/accounts/gone/ @someone\r\n${END_MARKER}\r\n`;
    writeFileSync(join(repo.root, '.github/CODEOWNERS'), before);
    expect((await run(repo, ['codeowners'])).status).toBe(0);
    expect(readFileSync(join(repo.root, '.github/CODEOWNERS'), 'utf8')).toBe(`# Équipe\r\n* @acme/admins\r\n\r\n${EXPECTED.replace(/\n/g, '\r\n')}`);
  });

  it('refuses a CODEOWNERS that is not UTF-8, and leaves it as it was', async () => {
    const repo = createRepo();
    mkdirSync(join(repo.root, '.github'));
    const bytes = Buffer.from('# \xc9quipe\n* @acme/admins\n', 'latin1');
    writeFileSync(join(repo.root, '.github/CODEOWNERS'), bytes);
    const { status, stderr } = await run(repo, ['codeowners']);
    expect(status).toBe(1);
    expect(stderr).toContain('playbook codeowners: .github/CODEOWNERS:1:3: the file is not valid UTF-8: the byte 0xC9 here is not UTF-8 text');
    expect(stderr).toContain('nothing was written');
    expect(readFileSync(join(repo.root, '.github/CODEOWNERS')).equals(bytes)).toBe(true);
  });

  it('uses paths from the repository root when the content folder is elsewhere, and prints with --output -', async () => {
    const repo = createRepo(PLAYBOOK, { content: 'sales/playbook' });
    const { stdout } = await run(repo, ['codeowners', '--content', 'playbook', '--output', '-'], join(repo.root, 'sales'));
    expect(stdout).toContain('/sales/playbook/accounts/northwind/ @janedoe @kimlee\n');
  });

  it('--check exits 1 when the file is missing or out of date', async () => {
    const repo = createRepo();
    expect(await run(repo, ['codeowners', '--check'])).toMatchObject({ status: 1, stdout: '.github/CODEOWNERS does not exist: run `npm run playbook -- codeowners` and commit it.\n' });
    await run(repo, ['codeowners']);
    repo.edit('people.yaml', 'github: kimlee', 'github: kim-lee-np');
    expect(await run(repo, ['codeowners', '--check'])).toMatchObject({ status: 1, stdout: '.github/CODEOWNERS is out of date: run `npm run playbook -- codeowners` and commit it.\n' });
  });
});

describe('check: codeowners-stale', () => {
  it('warns at the first stale line when the committed CODEOWNERS is out of date', async () => {
    const repo = createRepo();
    await run(repo, ['codeowners']);
    repo.commit('CODEOWNERS');
    const clean = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF]);
    expect(JSON.parse(clean.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain('codeowners-stale');

    repo.edit('accounts/northwind/index.mdx', 'team: [kim-lee, omar-haddad]', 'team: [omar-haddad]');
    const stale = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF]);
    expect(JSON.parse(stale.stdout).findings.filter((f: { rule: string }) => f.rule === 'codeowners-stale')).toEqual([
      {
        rule: 'codeowners-stale',
        severity: 'warning',
        file: '.github/CODEOWNERS',
        line: 3,
        column: 1,
        subject: '.github/CODEOWNERS',
        message: '.github/CODEOWNERS is out of date with the accounts\' owners and teams (line 3 should read `/content/accounts/northwind/ @janedoe`): run `npm run playbook -- codeowners` and commit the result',
      },
    ]);
    expect(stale.status).toBe(0);
  });

  it('finds the CODEOWNERS of a linked work tree, where .git is a file, run from a folder inside the content', async () => {
    const repo = createRepo();
    writeFileSync(join(repo.root, 'CODEOWNERS'), '* @acme/admins\n');
    repo.commit('CODEOWNERS');
    const tree = `${repo.root}-tree`;
    repo.git('worktree', 'add', '-q', tree);
    expect(readFileSync(join(tree, '.git'), 'utf8')).toMatch(/^gitdir: /);
    const result = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF, '--content', '..'], join(tree, 'content', 'accounts'));
    const stale = JSON.parse(result.stdout).findings.filter((f: { rule: string }) => f.rule === 'codeowners-stale');
    expect(stale.map((f: { file: string; message: string }) => [f.file, f.message.split(':')[0]])).toEqual([['../../CODEOWNERS', '../../CODEOWNERS has no playbook block mapping account folders to their owners']]);
  });

  it('says nothing for a repository without CODEOWNERS, and can be turned off', async () => {
    const repo = createRepo();
    const none = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF]);
    expect(JSON.parse(none.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['overdue']);

    writeFileSync(join(repo.root, 'CODEOWNERS'), '* @acme/admins\n');
    const noBlock = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF]);
    expect(JSON.parse(noBlock.stdout).findings.find((f: { rule: string }) => f.rule === 'codeowners-stale')?.message).toContain('has no playbook block');

    repo.edit('playbook.yaml', 'title: Test playbook\n', 'title: Test playbook\nrules:\n  codeowners-stale: off\n');
    const off = await run(repo, ['check', '--format', 'json', '--as-of', AS_OF]);
    expect(JSON.parse(off.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['overdue']);
  });
});

describe('check --base --changed: codeowners-stale', () => {
  it('is kept when the change touches CODEOWNERS, and left out when it does not', async () => {
    const repo = createRepo();
    await run(repo, ['codeowners']);
    repo.commit('CODEOWNERS');
    repo.git('checkout', '-q', '-b', 'change');
    writeFileSync(join(repo.root, '.github/CODEOWNERS'), readFileSync(join(repo.root, '.github/CODEOWNERS'), 'utf8').replace(' @kimlee\n', ' @someone\n'));
    const rules = async () => JSON.parse((await run(repo, ['check', '--base', 'main', '--changed', '--format', 'json', '--as-of', AS_OF])).stdout).findings.map((f: { rule: string }) => f.rule);
    expect(await rules()).toEqual(['codeowners-stale']);
    repo.commit('Hand-edit CODEOWNERS');
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'other');
    repo.edit('accounts/northwind/index.mdx', 'team: [kim-lee, omar-haddad]', 'team: [omar-haddad]');
    // CODEOWNERS (unchanged by this branch) is now stale because of this branch: its warning is
    // this branch's, though --changed otherwise shows only what the branch touched.
    expect(await rules()).toEqual(['codeowners-stale']);
    // Stale on main already (the team changed there), and a branch that edits a plan only: not its warning.
    repo.commit('Team, without regenerating CODEOWNERS');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', 'other');
    repo.git('checkout', '-q', '-b', 'plan-only');
    repo.edit('accounts/northwind/rollout.mdx', 'what: Order the scanners', 'what: Order the handheld scanners');
    repo.commit('Plan');
    expect(await rules()).not.toContain('codeowners-stale');
  });
});
