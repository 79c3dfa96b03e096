// "Last updated" from git: the last commit touching each file, in one `git log`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lastCommits } from '../../src/core/git/history.ts';
import { ACCOUNT, createRepo, git, PLAN, PLAYBOOK, tempDir } from './git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

describe('lastCommits', () => {
  it('gives each content file its last commit: sha, time, day in the time zone, author, subject', () => {
    const repo = createRepo();
    repo.edit(PLAN, 'title: Scanner rollout', 'title: Scanner rollout, phase 1');
    const sha = repo.commit('Rename the rollout', '2026-11-20T03:30:00Z');
    const commits = lastCommits('content', { cwd: repo.root, timezone: 'America/Toronto' });
    expect(commits.get(PLAN)).toEqual({
      sha,
      shortSha: sha.slice(0, 7),
      committedAt: '2026-11-20T03:30:00+00:00',
      date: '2026-11-19', // 22:30 the evening before, in Toronto
      author: 'Jane Doe',
      subject: 'Rename the rollout',
    });
    expect(commits.get(ACCOUNT)).toMatchObject({ committedAt: '2026-10-01T12:00:00+00:00', date: '2026-10-01', subject: 'The playbook' });
    expect([...commits.keys()].sort()).toEqual(Object.keys(PLAYBOOK).sort());
  });

  it('works with the content folder below the root, from any working directory', () => {
    const repo = createRepo(PLAYBOOK, { content: 'docs/playbook' });
    const commits = lastCommits(join(repo.root, 'docs/playbook'));
    expect(commits.get(PLAN)?.subject).toBe('The playbook');
    expect(commits.size).toBe(Object.keys(PLAYBOOK).length);
  });

  it('leaves out files never committed, and answers empty outside git and in a shallow clone', () => {
    const repo = createRepo();
    repo.write('accounts/northwind/new-plan.mdx', '---\ntitle: New\n---\n');
    expect(lastCommits('content', { cwd: repo.root }).has('accounts/northwind/new-plan.mdx')).toBe(false);

    const outside = tempDir();
    mkdirSync(join(outside, 'content'));
    writeFileSync(join(outside, 'content', 'playbook.yaml'), 'title: X\n');
    expect(lastCommits('content', { cwd: outside }).size).toBe(0);

    const clone = join(tempDir(), 'shallow');
    git(repo.root, ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    expect(lastCommits('content', { cwd: clone }).size).toBe(0);
  });
});
