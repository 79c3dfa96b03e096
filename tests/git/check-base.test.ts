// `playbook check --base REF` in real git repositories: the pull request's base is a branch, the
// change is committed (or not) on another, and the CLI runs in a process of its own as in CI.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Finding } from '../../src/core/findings.ts';
import { ACCOUNT, AS_OF, cleanEnv, cli, createRepo, git, lineOf, PLAN, PLAYBOOK, tempDir, type Repo } from './git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

const planFile = `content/${PLAN}`;
const accountFile = `content/${ACCOUNT}`;

/** A repository whose branch `change` (checked out) holds `edit` on top of main. */
function change(edit: (repo: Repo) => void, options: { commit?: boolean } = {}): Repo {
  const repo = createRepo();
  repo.git('checkout', '-q', '-b', 'change');
  edit(repo);
  if (options.commit !== false) repo.commit('The change', '2026-11-21T12:00:00Z');
  return repo;
}

/** `check --base main --format json` in a process of its own: exit code and findings. */
function checkJson(repo: Repo, ...extra: string[]): { status: number | null; findings: Finding[]; stderr: string } {
  const result = cli(repo.root, ['check', '--base', 'main', '--format', 'json', ...extra]);
  const findings = result.stdout ? (JSON.parse(result.stdout) as { findings: Finding[] }).findings : [];
  return { status: result.status, findings, stderr: result.stderr };
}

/** The same in this process, for the cases that need no separate process. */
async function checkInProcess(repo: Repo, ...args: string[]): Promise<{ status: number; findings: Finding[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(['check', '--base', 'main', '--format', 'json', '--as-of', AS_OF, ...args], {
    env: {},
    cwd: repo.root,
    now: () => new Date(`${AS_OF}T12:00:00Z`),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, findings: stdout ? (JSON.parse(stdout) as { findings: Finding[] }).findings : [], stderr };
}

const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('check --base: a due date that moved', () => {
  it('fails on a due date moved later without a slip, at the line of the `due`', () => {
    const repo = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20'));
    const { status, findings } = checkJson(repo);
    expect(status).toBe(1);
    const slips = ofRule(findings, 'silent-slip');
    expect(slips).toEqual([
      {
        rule: 'silent-slip',
        severity: 'error',
        file: planFile,
        line: lineOf(repo.read(PLAN), 'due: 2026-12-20'),
        column: 10,
        subject: 'northwind/rollout#order-hardware',
        owner: 'Bob Smith',
        // The client's commitment: its chaser (the plan's owner) is named, as on every finding about one.
        chaser: 'kim-lee',
        message: expect.stringMatching(/^Order the scanners was due 2026-12-01 at main and is now due 2026-12-20, but no slip records the move: add a slip with `from: 2026-12-01`.*; owner Bob Smith \(client\), chased by Kim Lee$/),
      },
    ]);
    // The only error: the rest of the content is fine.
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('asks an internal commitment\'s silent slip for who was told among colleagues or contacts, and points to `playbook slip`', async () => {
    const repo = createRepo();
    repo.edit(PLAN, 'commitments:\n', 'commitments:\n  - { id: pay, what: Pay the contractors, owner: kim-lee, internal: true, due: 2026-12-10 }\n');
    repo.commit('Internal');
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(PLAN, 'due: 2026-12-10 }', 'due: 2026-12-24 }');
    repo.commit('Later');
    expect(ofRule((await checkInProcess(repo)).findings, 'silent-slip').map((f) => f.message)).toEqual([
      'Pay the contractors was due 2026-12-10 at main and is now due 2026-12-24, but no slip records the move: add a slip with `from: 2026-12-10`, `to: 2026-12-24`, the date it was renegotiated, the reason and who was told (`told`: a person id or a contact); or put `due` back to 2026-12-10 and run `playbook slip northwind/rollout#pay --to 2026-12-24 --told NAME --reason TEXT`, which writes both',
    ]);
  });

  it('passes when the move is recorded as a slip from the old date', () => {
    const repo = change((r) =>
      r.edit(
        PLAN,
        '    due: 2026-12-01\n',
        '    due: 2026-12-20\n    slips:\n      - date: 2026-11-20\n        from: 2026-12-01\n        to: 2026-12-20\n        told: Bob Smith\n        reason: The supplier ships late\n',
      ),
    );
    const { status, findings } = checkJson(repo);
    expect(ofRule(findings, 'silent-slip')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
  });

  it('says which date the new slip should start from when it starts from another', async () => {
    const repo = change((r) =>
      r.edit(PLAN, '    due: 2026-12-01\n', '    due: 2026-12-20\n    slips:\n      - date: 2026-11-20\n        from: 2026-11-25\n        to: 2026-12-20\n        told: Bob Smith\n        reason: Late\n'),
    );
    const { findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'silent-slip').map((f) => f.message)).toEqual([expect.stringContaining("the new slip moves it from 2026-11-25, not from 2026-12-01: make that slip's `from` 2026-12-01")]);
  });

  it('lets a due date move earlier, and judges a draft plan as any other (the format exempts drafts from the dated rules only)', async () => {
    const earlier = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-11-28'));
    expect(ofRule((await checkInProcess(earlier)).findings, 'silent-slip')).toEqual([]);

    const draft = createRepo();
    draft.edit(PLAN, 'status: active', 'status: draft');
    draft.commit('Back to draft');
    draft.git('checkout', '-q', '-b', 'change');
    draft.edit(PLAN, 'due: 2026-12-01', 'due: 2027-02-01');
    draft.edit(PLAN, '  - id: install-scanners', '  - id: install-all-scanners');
    draft.commit('Reshape the draft');
    const { findings } = await checkInProcess(draft);
    expect(ofRule(findings, 'silent-slip').map((f) => f.subject)).toEqual(['northwind/rollout#order-hardware']);
    expect(ofRule(findings, 'vanished-commitment').map((f) => f.subject)).toEqual(['northwind/rollout#install-scanners']);
  });

  it('judges uncommitted changes too: the working tree against the base', async () => {
    const repo = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20'), { commit: false });
    const { status, findings } = await checkInProcess(repo);
    expect(status).toBe(1);
    expect(ofRule(findings, 'silent-slip')).toHaveLength(1);
  });

  it('compares with where the branch left the base, not with what the base did since', async () => {
    const repo = createRepo();
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(ACCOUNT, 'name: Northwind Logistics', 'name: Northwind Logistics Inc.');
    repo.commit('Rename the client');
    // Meanwhile on main, someone logs a touchpoint and slips a date properly.
    repo.git('checkout', '-q', 'main');
    repo.edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-11-20\n    by: jane-doe\n    kind: email\n---\nNorthwind');
    repo.commit('Log an email');
    repo.git('checkout', '-q', 'change');
    const { findings, status } = await checkInProcess(repo);
    expect(ofRule(findings, 'history-rewritten')).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('check --base: what vanished', () => {
  it('fails on a deleted commitment, at the plan\'s `commitments:`, saying what vanished and how to fix it', () => {
    const repo = change((r) => r.edit(PLAN, '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n', ''));
    // install-scanners waits for it: point that reference elsewhere so only the deletion is wrong.
    repo.edit(PLAN, '    after: [order-hardware]\n', '');
    repo.commit('Remove order-hardware');
    const { status, findings } = checkJson(repo);
    expect(status).toBe(1);
    expect(ofRule(findings, 'vanished-commitment')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: planFile,
        line: lineOf(repo.read(PLAN), 'commitments:'),
        column: 1,
        subject: 'northwind/rollout#order-hardware',
        // The client's commitment, as it was at the base: its chaser (the plan's owner) is named.
        owner: 'Bob Smith',
        chaser: 'kim-lee',
        message: expect.stringMatching(/^Commitment `order-hardware` \(Order the scanners; due 2026-12-01; owner Bob Smith\) existed at main and is gone from this plan: mark it done or dropped instead of deleting it.*; owner Bob Smith \(client\), chased by Kim Lee$/),
      }),
    ]);
  });

  it('fails on a deleted milestone and on a deleted plan (at line 1 of the file that is gone)', async () => {
    const milestone = change((r) => {
      r.edit(PLAN, 'milestones:\n  - id: pilot\n    title: Pilot site live\n    due: 2027-01-15\n', '');
      r.edit(PLAN, '    milestone: pilot\n', '');
    });
    expect(ofRule((await checkInProcess(milestone)).findings, 'vanished-commitment').map((f) => [f.subject, f.line])).toEqual([['northwind/rollout#pilot', 1]]);

    const plan = change((r) => r.remove(PLAN));
    const { findings, status } = await checkInProcess(plan);
    expect(status).toBe(1);
    expect(ofRule(findings, 'vanished-commitment')).toEqual([
      expect.objectContaining({ file: planFile, line: 1, column: 1, subject: 'northwind/rollout', message: expect.stringContaining('set its `status` to done or cancelled instead of deleting it') }),
    ]);
  });

  it('says where a commitment moved to, that a finished plan deleted needs no new status, and how dropped work is taken up again', async () => {
    const ORDER = '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n';
    const moved = change((r) => {
      r.edit(PLAN, ORDER, '');
      r.edit(PLAN, '    after: [order-hardware]\n', '');
      r.edit('accounts/fraser/pilot.mdx', 'commitments:\n', `commitments:\n${ORDER.replace('Bob Smith', 'Ann Lee')}`);
    });
    expect(ofRule((await checkInProcess(moved)).findings, 'vanished-commitment').map((f) => f.message)).toEqual([
      'Commitment `order-hardware` (Order the scanners; due 2026-12-01; owner Bob Smith) existed at main and is gone from this plan: it is now in Freezer pilot (fraser/pilot). A promise leaves the plan that made it only by being done or dropped: keep it here and mark it dropped, saying it moved to fraser/pilot and who was told; owner Bob Smith (client), chased by Kim Lee',
    ]);

    const finished = createRepo();
    finished.edit('accounts/fraser/pilot.mdx', 'status: active', 'status: done');
    finished.edit('accounts/fraser/pilot.mdx', 'due: 2026-11-20\n', 'due: 2026-11-20\n    done: 2026-11-19\n');
    finished.commit('Done');
    finished.git('checkout', '-q', '-b', 'change');
    finished.remove('accounts/fraser/pilot.mdx');
    finished.commit('Archive it');
    expect(ofRule((await checkInProcess(finished)).findings, 'vanished-commitment').map((f) => f.message)).toEqual([
      'The plan Freezer pilot (fraser/pilot, done, 1 commitment, 0 open) existed at main and its file is gone: it is done already, and a finished plan stays as the record of what was promised and how it ended. Restore it instead of deleting it (nothing in it is open: it needs no change). If you moved or renamed it, keep its commitments and their ids, so that it is recognised where it went',
    ]);

    const reopened = createRepo();
    reopened.edit(PLAN, '    due: 2026-12-01\n', '    due: 2026-12-01\n    dropped: { date: 2026-11-20, reason: They ordered it themselves, told: Bob Smith }\n');
    reopened.commit('Drop it', '2026-11-20T12:00:00Z');
    reopened.git('checkout', '-q', '-b', 'change');
    reopened.edit(PLAN, '    dropped: { date: 2026-11-20, reason: They ordered it themselves, told: Bob Smith }\n', '');
    reopened.commit('Reopen it', '2026-11-21T12:00:00Z');
    expect(ofRule((await checkInProcess(reopened)).findings, 'history-rewritten').map((f) => f.message)).toEqual([
      "The drop of Order the scanners (2026-11-20: They ordered it themselves) existed at main and was removed: it is part of the plan's record. Restore it; to take the work up again, add it as a new commitment with an id of its own (`playbook add`, which records who agreed when the plan is signed); owner Bob Smith (client), chased by Kim Lee",
    ]);
  });

  it('does not ask for an item done or dropped already at the base to be marked so: it asks for it back', async () => {
    const ORDER = '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n';
    const deletedAfter = async (end: string) => {
      const repo = createRepo();
      repo.edit(PLAN, ORDER, `${ORDER}${end}`);
      repo.commit('It ended', '2026-11-20T12:00:00Z');
      repo.git('checkout', '-q', '-b', 'change');
      repo.edit(PLAN, `${ORDER}${end}`, '');
      repo.edit(PLAN, '    after: [order-hardware]\n', '');
      repo.commit('Tidy up', '2026-11-21T12:00:00Z');
      return ofRule((await checkInProcess(repo)).findings, 'vanished-commitment').map((f) => f.message);
    };
    expect(await deletedAfter('    done: 2026-11-19\n')).toEqual([
      'Commitment `order-hardware` (Order the scanners; due 2026-12-01; owner Bob Smith) existed at main and is gone from this plan: it was done on 2026-11-19 already, and a finished promise stays in the plan that made it as the record of how it ended. Restore it as it was; owner Bob Smith (client), chased by Kim Lee',
    ]);
    expect(await deletedAfter('    dropped: { date: 2026-11-20, reason: They ordered it themselves, told: Bob Smith }\n')).toEqual([
      'Commitment `order-hardware` (Order the scanners; due 2026-12-01; owner Bob Smith) existed at main and is gone from this plan: it was dropped on 2026-11-20 already, and a finished promise stays in the plan that made it as the record of how it ended. Restore it as it was; owner Bob Smith (client), chased by Kim Lee',
    ]);
  });

  it('passes when a commitment is marked done or dropped instead', async () => {
    const repo = change((r) => r.edit(PLAN, '    due: 2026-12-01\n', '    due: 2026-12-01\n    dropped: { date: 2026-11-20, reason: They ordered it themselves, told: Bob Smith }\n'));
    const { status, findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'vanished-commitment')).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('check --base: history is append-only', () => {
  it('fails on an edited touchpoint, at the field that changed', () => {
    const repo = change((r) => r.edit(ACCOUNT, 'note: Confirmed install dates', 'note: Confirmed install dates and prices'));
    const { status, findings } = checkJson(repo);
    expect(status).toBe(1);
    expect(ofRule(findings, 'history-rewritten')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: accountFile,
        line: lineOf(repo.read(ACCOUNT), 'note: Confirmed install dates and prices'),
        column: 11,
        subject: 'northwind',
        message: 'The call with Northwind Logistics on 2026-11-02 logged by Jane Doe was changed since main (`note` was Confirmed install dates, now Confirmed install dates and prices): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it',
      }),
    ]);
  });

  it('fails on a removed touchpoint and on an edited or removed slip', async () => {
    const removed = change((r) => r.edit(ACCOUNT, '  - date: 2026-11-02\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n    note: Confirmed install dates\n', ''));
    expect(ofRule((await checkInProcess(removed)).findings, 'history-rewritten').map((f) => [f.line, f.message])).toEqual([
      [
        lineOf(removed.read(ACCOUNT), 'touchpoints:'),
        'The call with Northwind Logistics on 2026-11-02 logged by Jane Doe ("Confirmed install dates") existed at main and was removed: touchpoints are append-only. Restore it; if it was logged by mistake, log a new touchpoint that says so',
      ],
    ]);

    const slip = change((r) => r.edit(PLAN, 'reason: Hardware arrives late', 'reason: The client asked to wait'));
    expect(ofRule((await checkInProcess(slip)).findings, 'history-rewritten').map((f) => [f.line, f.subject])).toEqual([
      [lineOf(slip.read(PLAN), 'reason: The client asked to wait'), 'northwind/rollout#install-scanners'],
    ]);
  });

  it('names the chaser of a client\'s commitment whose recorded drop was changed', async () => {
    const repo = createRepo();
    repo.edit(PLAN, '    due: 2026-12-01\n', '    due: 2026-12-01\n    dropped: { date: 2026-11-20, reason: They ordered it themselves, told: Bob Smith }\n');
    repo.commit('Drop order-hardware', '2026-11-20T12:00:00Z');
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(PLAN, 'reason: They ordered it themselves', 'reason: Not needed after all');
    repo.commit('The change', '2026-11-21T12:00:00Z');
    const found = ofRule((await checkInProcess(repo)).findings, 'history-rewritten');
    expect(found.map((f) => [f.subject, f.owner, f.chaser])).toEqual([['northwind/rollout#order-hardware', 'Bob Smith', 'kim-lee']]);
    expect(found[0]!.message).toMatch(/it is part of the plan's record\. Restore it as it was; owner Bob Smith \(client\), chased by Kim Lee$/);
  });

  it('lets a slip or drop that lacked `told` gain one, as slip-undisclosed asks; anything else altered with it is still reported', async () => {
    const repo = createRepo();
    repo.edit(PLAN, '        told: Bob Smith\n', '');
    repo.edit(PLAN, '    due: 2026-12-01\n', '    due: 2026-12-01\n    dropped: { date: 2026-11-20, reason: They ordered it themselves }\n');
    repo.commit('Merged without told', '2026-11-20T12:00:00Z');
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(PLAN, '        reason: Hardware arrives late', '        told: Bob Smith\n        reason: Hardware arrives late');
    repo.edit(PLAN, 'reason: They ordered it themselves }', 'reason: Not needed, told: Bob Smith }');
    repo.commit('Say who was told', '2026-11-21T12:00:00Z');
    const { findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'slip-undisclosed')).toEqual([]);
    expect(ofRule(findings, 'history-rewritten').map((f) => [f.line, f.subject, f.message])).toEqual([
      [
        lineOf(repo.read(PLAN), 'dropped: {'),
        'northwind/rollout#order-hardware',
        "The drop of Order the scanners (2026-11-20) was changed since main (`reason` was They ordered it themselves, now Not needed): it is part of the plan's record. Restore it as it was; owner Bob Smith (client), chased by Kim Lee",
      ],
    ]);
  });

  it('reports a touchpoint whose `by` was corrected as one altered touchpoint, not a removal and a backdated one', async () => {
    const repo = change((r) => r.edit(ACCOUNT, '  - date: 2026-11-02\n    by: jane-doe\n', '  - date: 2026-11-02\n    by: omar-haddad\n'));
    const { findings } = await checkInProcess(repo);
    expect(findings.filter((f) => f.rule === 'history-rewritten' || f.rule === 'backdated-touchpoint').map((f) => [f.rule, f.line, f.message])).toEqual([
      [
        'history-rewritten',
        lineOf(repo.read(ACCOUNT), 'by: omar-haddad'),
        'The call with Northwind Logistics on 2026-11-02 logged by Jane Doe was changed since main (`by` was jane-doe, now omar-haddad): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it',
      ],
    ]);
  });

  it('reports a touchpoint whose date was corrected to a later day as one altered touchpoint (not also a backdated one), saying what the later day does', async () => {
    // The contract's backdated-touchpoint is about a touchpoint added in the change; this one was altered.
    const repo = change((r) => r.edit(ACCOUNT, '  - date: 2026-11-02\n', '  - date: 2026-11-03\n'));
    const { status, findings } = await checkInProcess(repo);
    expect(findings.filter((f) => f.rule === 'history-rewritten' || f.rule === 'backdated-touchpoint').map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'history-rewritten',
        'error',
        lineOf(repo.read(ACCOUNT), 'date: 2026-11-03'),
        'The call with Northwind Logistics on 2026-11-02 logged by Jane Doe was changed since main (`date` was 2026-11-02, now 2026-11-03): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it. A later date also makes the account look in touch with the client on a day it was not',
      ],
    ]);
    expect(status).toBe(1);
  });

  it('lets new touchpoints be added, and reformatting is not a change', async () => {
    const repo = change((r) => {
      r.edit(ACCOUNT, 'with: [Bob Smith]\n    kind: call', 'with:\n      - Bob Smith\n    kind: "call"');
      r.edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-11-21\n    by: jane-doe\n    kind: email\n---\nNorthwind');
    });
    const { status, findings } = await checkInProcess(repo);
    expect(findings.filter((f) => f.rule !== 'overdue')).toEqual([]);
    expect(status).toBe(0);
  });

  it('warns about a touchpoint logged now but dated more than the cadence ago', async () => {
    const repo = change((r) => r.edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-10-01\n    by: jane-doe\n    kind: visit\n---\nNorthwind'));
    const { status, findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'backdated-touchpoint')).toEqual([
      expect.objectContaining({ severity: 'warning', file: accountFile, line: lineOf(repo.read(ACCOUNT), 'date: 2026-10-01'), message: expect.stringContaining('is dated 2026-10-01 (52 days ago) but was logged only since main') }),
    ]);
    expect(status).toBe(0);
  });

  it('judges a touchpoint logged late at the cadence of the base when the change lengthens it: a change cannot soften the rule that judges it', async () => {
    const OLD_VISIT = '  - date: 2026-10-01\n    by: jane-doe\n    with: [Bob Smith]\n    kind: visit\n---\nNorthwind';
    const message = 'This visit with Northwind Logistics is dated 2026-10-01 (52 days ago) but was logged only since main, more than the follow-up cadence (every 2 weeks at main, every 52 weeks with this change) ago: log touchpoints when they happen. If it did happen then, keep it; the account is in touch through the meeting of 2026-11-16';
    const account = change((r) => {
      r.edit(ACCOUNT, 'team: [kim-lee', 'follow_up_every: 52w\nteam: [kim-lee');
      r.edit(ACCOUNT, '---\nNorthwind', OLD_VISIT);
    });
    expect(ofRule((await checkInProcess(account)).findings, 'backdated-touchpoint').map((f) => [f.line, f.message])).toEqual([[lineOf(account.read(ACCOUNT), 'date: 2026-10-01'), message]]);
    const playbook = change((r) => {
      r.edit('playbook.yaml', 'title: Test playbook\n', 'title: Test playbook\nfollow_up_every: 52w\n');
      r.edit(ACCOUNT, '---\nNorthwind', OLD_VISIT);
    });
    expect(ofRule((await checkInProcess(playbook)).findings, 'backdated-touchpoint').map((f) => f.message)).toEqual([message]);
  });

  it('says what is true of the account now: in touch through a recent touchpoint, or an internal meeting that was never a follow-up', async () => {
    const repo = change((r) =>
      r.edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-10-01\n    by: jane-doe\n    with: [Bob Smith]\n    kind: visit\n  - date: 2026-10-02\n    by: jane-doe\n    with: [kim-lee]\n    kind: meeting\n---\nNorthwind'),
    );
    expect(ofRule((await checkInProcess(repo)).findings, 'backdated-touchpoint').map((f) => f.message)).toEqual([
      'This visit with Northwind Logistics is dated 2026-10-01 (52 days ago) but was logged only since main, more than the follow-up cadence (every 2 weeks) ago: log touchpoints when they happen. If it did happen then, keep it; the account is in touch through the meeting of 2026-11-16',
      'This internal meeting about Northwind Logistics is dated 2026-10-02 (51 days ago) but was logged only since main, more than the follow-up cadence (every 2 weeks) ago: log touchpoints when they happen. If it did happen then, keep it; it is internal, so it was never a follow-up with the client',
    ]);
  });

  it('applies playbook.yaml levels to the base rules', async () => {
    const repo = createRepo();
    repo.edit('playbook.yaml', 'title: Test playbook\n', 'title: Test playbook\nrules:\n  silent-slip: warning\n');
    repo.commit('Soften silent-slip');
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20');
    const { status, findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'silent-slip').map((f) => f.severity)).toEqual(['warning']);
    expect(status).toBe(0);
  });
});

describe('check --base: work added under the signatures', () => {
  it('asks a client item added to a signed plan for `added:` under it; an internal commitment, never on the letter, needs none', async () => {
    const repo = change((r) =>
      r.edit(
        PLAN,
        'commitments:\n',
        'commitments:\n  - { id: pay, what: Pay the contractors, owner: kim-lee, internal: true, due: 2026-12-20 }\n  - { id: survey, what: Survey Hamilton, owner: omar-haddad, due: 2026-12-20 }\n',
      ),
    );
    const { findings } = await checkInProcess(repo);
    expect(ofRule(findings, 'unagreed-addition')).toEqual([
      {
        rule: 'unagreed-addition',
        severity: 'error',
        file: planFile,
        line: lineOf(repo.read(PLAN), '- { id: survey'),
        column: 5,
        subject: 'northwind/rollout#survey',
        owner: 'omar-haddad',
        message:
          "Survey Hamilton is new since main, but the plan's agreement was signed on 2026-08-20: work added under the client's signature needs their agreement. Add `added:` under it with the date, who on the client's side agreed (`told`) and why (`reason`); `playbook add` with `--told` and `--reason` writes it when it adds an item",
      },
    ]);
  });
});

describe('check --base: the levels a change is judged at', () => {
  it('judges a change at the stricter of the base\'s and its own levels: it cannot switch off the rules that judge it', async () => {
    const repo = change((r) => {
      r.edit('playbook.yaml', 'title: Test playbook\n', 'title: Test playbook\nrules:\n  silent-slip: off\n  backdated-touchpoint: error\n');
      r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20');
      r.edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-10-01\n    by: jane-doe\n    kind: visit\n---\nNorthwind');
    });
    const { status, findings } = await checkInProcess(repo);
    expect(findings.filter((f) => f.rule === 'silent-slip' || f.rule === 'backdated-touchpoint').map((f) => [f.rule, f.severity, f.subject])).toEqual([
      ['backdated-touchpoint', 'error', 'northwind'],
      ['silent-slip', 'error', 'northwind/rollout#order-hardware'],
    ]);
    expect(status).toBe(1);
  });
});

describe('check --base: renames', () => {
  it('follows a renamed plan file: no vanished plan, and its findings point at the new path', () => {
    const repo = change((r) => {
      r.git('mv', `content/${PLAN}`, 'content/accounts/northwind/scanner-rollout.mdx');
      r.edit('accounts/northwind/scanner-rollout.mdx', 'due: 2026-12-01', 'due: 2026-12-20');
    });
    const { status, findings } = checkJson(repo);
    expect(ofRule(findings, 'vanished-commitment')).toEqual([]);
    expect(ofRule(findings, 'silent-slip')).toEqual([
      expect.objectContaining({ file: 'content/accounts/northwind/scanner-rollout.mdx', subject: 'northwind/scanner-rollout#order-hardware' }),
    ]);
    expect(status).toBe(1);
  });

  it('follows a rename not yet staged, and an account folder renamed', async () => {
    const unstaged = change((r) => r.git('mv', `content/${PLAN}`, 'content/accounts/northwind/rollout-2027.mdx'), { commit: false });
    // Undo the staging: the file is only moved on disk.
    unstaged.git('reset', '-q');
    expect(unstaged.git('status', '--porcelain')).toContain('?? content/accounts/northwind/rollout-2027.mdx');
    const { findings, status } = await checkInProcess(unstaged);
    expect(ofRule(findings, 'vanished-commitment')).toEqual([]);
    expect(status).toBe(0);

    const folder = change((r) => r.git('mv', 'content/accounts/northwind', 'content/accounts/northwind-logistics'));
    const moved = await checkInProcess(folder);
    expect(moved.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('check --base: a path used again in the same change', () => {
  const BASE_RULE_IDS = ['silent-slip', 'vanished-commitment', 'history-rewritten', 'unagreed-addition', 'backdated-touchpoint'];
  const baseFindings = (findings: Finding[]) => findings.filter((f) => BASE_RULE_IDS.includes(f.rule)).map((f) => [f.rule, f.file, f.subject, f.message]);
  const DRAFT = `---
title: Scanner rollout, wave 2
owner: kim-lee
status: draft
kickoff: 2027-04-01
commitments:
  - id: wave2-install
    what: Install wave 2 scanners
    owner: kim-lee
    due: 2027-05-01
---
`;

  it('a plan renamed and a new one written at its old name: each compared with what it holds, the moved one still judged', async () => {
    const repo = change((r) => {
      r.git('mv', `content/${PLAN}`, 'content/accounts/northwind/rollout-wave-1.mdx');
      r.edit('accounts/northwind/rollout-wave-1.mdx', 'due: 2026-12-01', 'due: 2026-12-20');
      r.write(PLAN, DRAFT);
    });
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'silent-slip',
        'content/accounts/northwind/rollout-wave-1.mdx',
        'northwind/rollout-wave-1#order-hardware',
        'Order the scanners was due 2026-12-01 at main and is now due 2026-12-20, but no slip records the move: add a slip with `from: 2026-12-01`, `to: 2026-12-20`, the date it was renegotiated, the reason and who on the client\'s side was told (`told`); or put `due` back to 2026-12-01 and run `playbook slip northwind/rollout-wave-1#order-hardware --to 2026-12-20 --told NAME --reason TEXT`, which writes both; owner Bob Smith (client), chased by Kim Lee',
      ],
    ]);
  });

  it('two plans whose names were swapped: nothing vanished, nothing added', async () => {
    const repo = createRepo();
    repo.write('accounts/northwind/wave-2.mdx', DRAFT);
    repo.commit('A draft');
    repo.git('checkout', '-q', '-b', 'change');
    const rollout = repo.read(PLAN);
    repo.write(PLAN, repo.read('accounts/northwind/wave-2.mdx'));
    repo.write('accounts/northwind/wave-2.mdx', rollout);
    repo.commit('Swap the names');
    expect(repo.git('diff', '-M', '--name-status', 'main', 'HEAD')).toBe(`M\tcontent/${PLAN}\nM\tcontent/accounts/northwind/wave-2.mdx\n`);
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([]);
  });

  it('an account folder renamed and a new account made at the old name: its history followed where it went', async () => {
    const repo = change((r) => {
      r.git('mv', 'content/accounts/northwind', 'content/accounts/northwind-logistics');
      r.write(ACCOUNT, '---\nname: Northwind Bank\nowner: jane-doe\nstage: prospect\nsince: 2026-11-20\n---\n');
      r.edit('accounts/northwind-logistics/index.mdx', 'note: Weekly status', 'note: Weekly status call');
    });
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'history-rewritten',
        'content/accounts/northwind-logistics/index.mdx',
        'northwind-logistics',
        'The meeting with Northwind Logistics on 2026-11-16 logged by Kim Lee was changed since main (`note` was Weekly status, now Weekly status call): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it',
      ],
    ]);
  });
});

describe('check --base: an account folder renamed with its file rewritten', () => {
  const BASE_RULE_IDS = ['silent-slip', 'vanished-commitment', 'history-rewritten', 'unagreed-addition', 'backdated-touchpoint'];
  const baseFindings = (findings: Finding[]) => findings.filter((f) => BASE_RULE_IDS.includes(f.rule)).map((f) => [f.rule, f.file, f.line, f.subject, f.message]);
  const MOVED = 'accounts/northwind-logistics/index.mdx';
  /** The account's name and every touchpoint edited, and the file reworded enough that git no longer sees a rename. */
  function rewrite(r: Repo): void {
    r.edit(MOVED, 'name: Northwind Logistics', 'name: Northwind Logistics Ltd.');
    r.edit(MOVED, 'team: [kim-lee, omar-haddad]', 'team:\n  - kim-lee\n  - omar-haddad');
    r.edit(MOVED, 'with: [Bob Smith]\n    kind: call\n    note: Confirmed install dates', 'with: [Bob Smith, kim-lee]\n    kind: call\n    note: Confirmed the install dates with Bob');
    r.edit(MOVED, 'with: [Bob Smith]\n    kind: meeting\n    note: Weekly status', 'with: [Bob Smith, jane-doe]\n    kind: meeting\n    note: Weekly status meeting');
    r.edit(MOVED, "Northwind's account plan.", 'Northwind Logistics Ltd. runs eight distribution centres across Ontario and Quebec; they bought our scanners.');
  }

  it('is recognised by the plans that moved with it: its touchpoints reported as edited, not the account as deleted', async () => {
    const repo = change((r) => {
      r.git('mv', 'content/accounts/northwind', 'content/accounts/northwind-logistics');
      rewrite(r);
    });
    // The net diff shows the account's file deleted and another added; only its plan is a rename.
    expect(repo.git('diff', '-M', '--name-status', 'main', 'HEAD')).toContain(`D\tcontent/${ACCOUNT}`);
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'history-rewritten',
        `content/${MOVED}`,
        12,
        'northwind-logistics',
        'The call with Northwind Logistics Ltd. on 2026-11-02 logged by Jane Doe was changed since main (`with` changed; `note` was Confirmed install dates, now Confirmed the install dates with Bob): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it',
      ],
      [
        'history-rewritten',
        `content/${MOVED}`,
        17,
        'northwind-logistics',
        'The meeting with Northwind Logistics Ltd. on 2026-11-16 logged by Kim Lee was changed since main (`with` changed; `note` was Weekly status, now Weekly status meeting): touchpoints are append-only. Restore it as it was and log a new touchpoint to correct or complete it',
      ],
    ]);
  });

  it('without plans, by the client\'s people it lists', async () => {
    const repo = createRepo();
    repo.git('rm', '-q', `content/${PLAN}`);
    repo.commit('No plan yet');
    repo.git('checkout', '-q', '-b', 'change');
    repo.git('mv', 'content/accounts/northwind', 'content/accounts/northwind-logistics');
    rewrite(repo);
    repo.commit('Rename the account', '2026-11-21T12:00:00Z');
    expect(repo.git('diff', '-M', '--name-status', 'main', 'HEAD')).toBe(`A\tcontent/${MOVED}\nD\tcontent/${ACCOUNT}\n`);
    expect(baseFindings((await checkInProcess(repo)).findings).map((f) => f.slice(0, 4))).toEqual([
      ['history-rewritten', `content/${MOVED}`, 12, 'northwind-logistics'],
      ['history-rewritten', `content/${MOVED}`, 17, 'northwind-logistics'],
    ]);
  });

  it('is not taken for another client that also has a Bob Smith', async () => {
    const repo = change((r) => {
      r.git('rm', '-q', '-r', 'content/accounts/northwind');
      r.write('accounts/acme/index.mdx', '---\nname: Acme Freight\nowner: kim-lee\nstage: prospect\nsince: 2026-11-20\ncontacts:\n  - name: Bob Smith\ntouchpoints:\n  - { date: 2026-11-20, by: kim-lee, with: [Bob Smith], kind: call, note: First call }\n---\n');
    });
    expect(baseFindings((await checkInProcess(repo)).findings).map((f) => f.slice(0, 4))).toEqual([
      ['history-rewritten', accountFile, 1, 'northwind'],
      ['vanished-commitment', planFile, 1, 'northwind/rollout'],
    ]);
  });
});

describe('check --base: an account merged into another', () => {
  const BASE_RULE_IDS = ['silent-slip', 'vanished-commitment', 'history-rewritten', 'unagreed-addition', 'backdated-touchpoint'];
  const baseFindings = (findings: Finding[]) => findings.filter((f) => BASE_RULE_IDS.includes(f.rule)).map((f) => [f.rule, f.file, f.line, f.subject, f.message]);
  const CALL = '  - date: 2026-11-02\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n    note: Confirmed install dates\n';
  const MEETING = '  - date: 2026-11-16\n    by: kim-lee\n    with: [Bob Smith]\n    kind: meeting\n    note: Weekly status\n';
  /** Northwind folded into Fraser: its plan moved there, its contact and `copied` touchpoints written into Fraser's file, its own file deleted. */
  const merged = (copied: string) =>
    change((r) => {
      r.git('mv', `content/${PLAN}`, 'content/accounts/fraser/rollout.mdx');
      r.edit('accounts/fraser/index.mdx', 'contacts:\n  - name: Ann Lee\n', `contacts:\n  - name: Ann Lee\n  - name: Bob Smith\ntouchpoints:\n${copied}`);
      r.git('rm', '-q', `content/${ACCOUNT}`);
    });

  it('keeps its history when its touchpoints are copied into the other account as they were: nothing removed, nothing logged late', async () => {
    expect(baseFindings((await checkInProcess(merged(CALL + MEETING))).findings)).toEqual([]);
  });

  it('keeps an incident copied into the other account as it was', async () => {
    const INCIDENT = 'incidents:\n  - { id: label-outage, date: 2026-11-03, what: Labels printed wrong, cause: ours }\n';
    const repo = createRepo();
    // An account whose only log is the incident.
    repo.edit(ACCOUNT, `touchpoints:\n${CALL}${MEETING}---\nNorthwind`, `${INCIDENT}---\nNorthwind`);
    repo.commit('An incident');
    repo.git('checkout', '-q', '-b', 'change');
    repo.git('mv', `content/${PLAN}`, 'content/accounts/fraser/rollout.mdx');
    repo.edit('accounts/fraser/index.mdx', 'contacts:\n  - name: Ann Lee\n', `contacts:\n  - name: Ann Lee\n  - name: Bob Smith\n${INCIDENT}`);
    repo.git('rm', '-q', `content/${ACCOUNT}`);
    repo.commit('Merge Northwind into Fraser', '2026-11-21T12:00:00Z');
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([]);
  });

  it('says which part of its log did not make it', async () => {
    expect(baseFindings((await checkInProcess(merged(MEETING))).findings)).toEqual([
      [
        'history-rewritten',
        accountFile,
        1,
        'northwind',
        'The account Northwind Logistics existed at main and is gone, and 1 touchpoint of its log went with it (the rest is now in the log of Fraser Cold Storage): copy what is missing there as it was, or restore the account and set its `stage` to closed instead of deleting it; touchpoints and incidents are never removed',
      ],
    ]);
  });
});

describe('check --base: what could not be compared is said, not skipped', () => {
  const BASE_RULE_IDS = ['silent-slip', 'vanished-commitment', 'history-rewritten', 'unagreed-addition', 'backdated-touchpoint'];
  const baseFindings = (findings: Finding[]) => findings.filter((f) => BASE_RULE_IDS.includes(f.rule)).map((f) => [f.rule, f.severity, f.file, f.line, f.subject, f.message]);
  /** A repository whose main holds `broken` (the fixture's file edited), and a change that restores the fixture's file and edits it. */
  function fixedOnBranch(path: string, broken: (text: string) => string | Buffer, edit: (text: string) => string): Repo {
    const repo = createRepo();
    const good = repo.read(path);
    repo.write(path, broken(good));
    repo.commit('Broken on main');
    repo.git('checkout', '-q', '-b', 'change');
    repo.write(path, edit(good));
    repo.commit('Fix it', '2026-11-21T12:00:00Z');
    return repo;
  }

  it('a plan that is not UTF-8 at the base: a warning at the plan now, naming the rules that could not judge it', async () => {
    const repo = fixedOnBranch(PLAN, (text) => Buffer.from(text.replace('Hardware arrives late', 'Hardware arrives late \u00e9'), 'latin1'), (text) => text.replace('due: 2026-12-01', 'due: 2026-12-20'));
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'silent-slip',
        'warning',
        planFile,
        1,
        'northwind/rollout',
        'This plan could not be compared with main: its file there could not be read as UTF-8 text, so `silent-slip`, `vanished-commitment`, `history-rewritten` and `unagreed-addition` could not judge what this change did to it. Review its diff by hand',
      ],
    ]);
  });

  it('a plan with CR line ends at the base: the warning says so, not that it is not UTF-8', async () => {
    const repo = fixedOnBranch(PLAN, (text) => text.replaceAll('\n', '\r'), (text) => text.replace('due: 2026-12-01', 'due: 2026-12-20'));
    expect(baseFindings((await checkInProcess(repo)).findings).map((f) => f[5])).toEqual([
      'This plan could not be compared with main: its file there was not read (line 1: the file ends its lines with a carriage return alone (CR, the line ends of old Mac OS), which the playbook does not read as line ends), so `silent-slip`, `vanished-commitment`, `history-rewritten` and `unagreed-addition` could not judge what this change did to it. Review its diff by hand',
    ]);
  });

  it('an account whose YAML does not parse at the base: a warning, and its touchpoints are not taken for new ones', async () => {
    const repo = fixedOnBranch(ACCOUNT, (text) => text.replace('name: Northwind Logistics', 'name: [Northwind Logistics'), (text) => text.replace('    note: Weekly status\n', '    note: Weekly status, moved\n'));
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'history-rewritten',
        'warning',
        accountFile,
        1,
        'northwind',
        'This account could not be compared with main: its file there did not load (line 2: the YAML does not parse: this `[` is never closed; add `]` at the end of the list, on the same line), so `history-rewritten` and `backdated-touchpoint` could not judge what this change did to it. Review its diff by hand',
      ],
    ]);
  });

  it('a commitment that did not pass its schema at the base: a warning at it when it is still there, vanished-commitment when it is gone', async () => {
    const ORDER = '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n';
    const withBadRisk = (text: string) => text.replace(ORDER, `${ORDER}    risk: [none]\n`);
    const moved = fixedOnBranch(PLAN, withBadRisk, (text) => text.replace('due: 2026-12-01', 'due: 2026-12-20'));
    expect(baseFindings((await checkInProcess(moved)).findings)).toEqual([
      [
        'silent-slip',
        'warning',
        planFile,
        16,
        'northwind/rollout#order-hardware',
        'This commitment could not be compared with main: it did not pass its schema there (line 20: commitment order-hardware: `risk` is `[none]`; expected text), so `silent-slip` and `history-rewritten` could not judge what this change did to its due date, slips, drop or addition. Review its diff by hand; owner Bob Smith (client), chased by Kim Lee',
      ],
    ]);

    const gone = fixedOnBranch(PLAN, withBadRisk, (text) => text.replace(ORDER, '').replace('    after: [order-hardware]\n', ''));
    expect(baseFindings((await checkInProcess(gone)).findings)).toEqual([
      [
        'vanished-commitment',
        'error',
        planFile,
        15,
        'northwind/rollout#order-hardware',
        'Commitment `order-hardware` existed at main (it did not pass its schema there, line 20: commitment order-hardware: `risk` is `[none]`; expected text) and is gone from this plan: mark it done or dropped instead of deleting it (a drop says when, why and who was told). If you renamed its id, keep the old one',
      ],
    ]);
  });

  it('a commitment whose invalid id at the base is corrected in a signed plan: the same commitment, not a removal plus an addition', async () => {
    // What the schema finding at the base asked for (`write \`order-hardware\``), or another id in the same place.
    const badId = (text: string) => text.replace('id: order-hardware', 'id: Order_Hardware').replace('after: [order-hardware]', 'after: [Order_Hardware]');
    const problem = 'line 16: commitment Order_Hardware: `id` is "Order_Hardware"; an id is lowercase kebab-case (letters a-z, digits, single dashes): write `order-hardware`';
    const afterWarning = [
      'silent-slip',
      'warning',
      planFile,
      20,
      'northwind/rollout#install-scanners',
      'This commitment could not be compared with main: it did not pass its schema there (line 25: commitment install-scanners: `after` (entry 1) is "Order_Hardware"; an id is lowercase kebab-case (letters a-z, digits, single dashes): write `order-hardware`), so `silent-slip` and `history-rewritten` could not judge what this change did to its due date, slips, drop or addition. Review its diff by hand',
    ];
    const suggested = fixedOnBranch(PLAN, badId, (text) => text);
    const result = await checkInProcess(suggested);
    expect(baseFindings(result.findings)).toEqual([
      [
        'silent-slip',
        'warning',
        planFile,
        16,
        'northwind/rollout#order-hardware',
        `This commitment could not be compared with main, where its id was \`Order_Hardware\`: it did not pass its schema there (${problem}), so \`silent-slip\` and \`history-rewritten\` could not judge what this change did to its due date, slips, drop or addition. Review its diff by hand; owner Bob Smith (client), chased by Kim Lee`,
      ],
      afterWarning,
    ]);
    expect(result.status).toBe(0);

    const elsewhere = fixedOnBranch(PLAN, badId, (text) => text.replace('id: order-hardware', 'id: hardware-order').replace('after: [order-hardware]', 'after: [hardware-order]'));
    expect(baseFindings((await checkInProcess(elsewhere)).findings).map((f) => [f[0], f[4]])).toEqual([
      ['silent-slip', 'northwind/rollout#hardware-order'],
      ['silent-slip', 'northwind/rollout#install-scanners'],
    ]);

    // Removed, and another commitment added at the end: still what it is.
    const replaced = fixedOnBranch(PLAN, badId, (text) =>
      text
        .replace('  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n', '')
        .replace('    after: [order-hardware]\n', '')
        .replace('        reason: Hardware arrives late\n', '        reason: Hardware arrives late\n  - id: train-staff\n    what: Train the staff\n    owner: kim-lee\n    due: 2026-12-20\n'),
    );
    expect(baseFindings((await checkInProcess(replaced)).findings).map((f) => [f[0], f[1], f[4]])).toEqual([
      ['vanished-commitment', 'error', 'northwind/rollout#Order_Hardware'],
      ['silent-slip', 'warning', 'northwind/rollout#install-scanners'],
      ['unagreed-addition', 'error', 'northwind/rollout#train-staff'],
    ]);
  });

  it('an incident whose invalid id at the base is corrected: the same incident, not one removed', async () => {
    const INCIDENT = 'incidents:\n  - id: Label_Outage\n    date: 2026-11-03\n    what: Labels printed wrong\n    cause: ours\n';
    const repo = fixedOnBranch(ACCOUNT, (text) => text.replace('---\nNorthwind', `${INCIDENT}---\nNorthwind`), (text) => text.replace('---\nNorthwind', `${INCIDENT.replace('Label_Outage', 'label-outage')}---\nNorthwind`));
    const { status, findings } = await checkInProcess(repo);
    expect(baseFindings(findings)).toEqual([
      [
        'history-rewritten',
        'warning',
        accountFile,
        lineOf(repo.read(ACCOUNT), 'id: label-outage'),
        'northwind#label-outage',
        'This incident could not be compared with main, where its id was `Label_Outage`: it did not pass its schema there (line 21: incident Label_Outage: `id` is "Label_Outage"; an id is lowercase kebab-case (letters a-z, digits, single dashes): write `label-outage`), so `history-rewritten` could not judge whether this change rewrote its `date`, `what` or `cause`. Review its diff by hand',
      ],
    ]);
    expect(status).toBe(0);
  });

  it('touchpoints and an incident that did not pass their schema at the base: a corrected touchpoint is not taken for new, an incident removed is reported by its id', async () => {
    const CALL = '  - date: 2026-11-02\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n    note: Confirmed install dates\n';
    const INCIDENT = 'incidents:\n  - id: outage\n    date: 2026-11-03\n    what: Labels printed wrong\n    cause: us\n';
    const broken = (text: string) => text.replace(CALL, CALL.replace('kind: call', 'kind: phone')).replace('---\nNorthwind', `${INCIDENT}---\nNorthwind`);
    const warning = (line: number) => [
      'history-rewritten',
      'warning',
      accountFile,
      line,
      'northwind',
      'The touchpoints of this account could not all be compared with main: some did not pass their schema there (line 13: touchpoint of 2026-11-02: `kind` is "phone"; expected one of call, meeting, email, visit, review), so `history-rewritten` could not judge what this change did to those, and `backdated-touchpoint` cannot tell a new touchpoint from one of them corrected, so it takes none for new. Review the diff of its touchpoints by hand',
    ];
    // The call corrected (it was logged at main, 20 days ago: not late) and the incident kept, corrected.
    const corrected = fixedOnBranch(ACCOUNT, broken, (text) => text.replace('---\nNorthwind', `${INCIDENT.replace('cause: us', 'cause: ours')}---\nNorthwind`));
    expect(baseFindings((await checkInProcess(corrected)).findings)).toEqual([
      warning(9),
      [
        'history-rewritten',
        'warning',
        accountFile,
        21,
        'northwind#outage',
        'This incident could not be compared with main: it did not pass its schema there (line 24: incident outage: `cause` is "us" (did you mean ours?); expected one of ours, client, third-party, unknown), so `history-rewritten` could not judge whether this change rewrote its `date`, `what` or `cause`. Review its diff by hand',
      ],
    ]);

    const removed = fixedOnBranch(ACCOUNT, broken, (text) => text);
    expect(baseFindings((await checkInProcess(removed)).findings)).toEqual([
      [
        'history-rewritten',
        'error',
        accountFile,
        1,
        'northwind#outage',
        'The incident `outage` existed at main (it did not pass its schema there, line 24: incident outage: `cause` is "us" (did you mean ours?); expected one of ours, client, third-party, unknown) and was removed: incidents are never removed. Restore it, corrected; add `explained:` once it has been explained to the client',
      ],
      warning(9),
    ]);
  });

  it('a letter of agreement that did not pass its schema at the base: the items added without `added:` are named for review, not passed in silence', async () => {
    const repo = fixedOnBranch(
      PLAN,
      (text) => text.replace('customer: { by: Bob Smith, date: 2026-08-20 }', 'customer: { by: Bob Smith, date: 2026-08-32 }'),
      (text) => text.replace('---\nThe plan.', '  - id: survey-hamilton\n    what: Survey the Hamilton warehouse\n    owner: omar-haddad\n    due: 2026-12-20\n---\nThe plan.'),
    );
    expect(baseFindings((await checkInProcess(repo)).findings)).toEqual([
      [
        'unagreed-addition',
        'warning',
        planFile,
        6,
        'northwind/rollout',
        'This plan\'s letter of agreement could not be read at main: it did not pass its schema there (line 7: the customer\'s signature: `date` is "2026-08-32"; expected a real calendar date written YYYY-MM-DD (no time of day), such as 2026-11-02), so `unagreed-addition` could not tell whether `survey-hamilton`, new in this change without `added:`, was added under the client\'s signature. Review it by hand: if the plan was signed at main, add `added:` with the date, who on the client\'s side agreed (`told`) and why (`reason`)',
      ],
    ]);
  });

  it('compares a content folder moved with a plain `mv`, not staged yet, where it was, as it will once committed', async () => {
    const moved = change(
      (r) => {
        renameSync(join(r.root, 'content'), join(r.root, 'playbook'));
        rmSync(join(r.root, 'playbook/accounts/fraser/pilot.mdx'));
      },
      { commit: false },
    );
    const { findings } = await checkInProcess(moved, '--content', 'playbook');
    expect(baseFindings(findings).map((f) => f.slice(0, 5))).toEqual([['vanished-commitment', 'error', 'content/accounts/fraser/pilot.mdx', 1, 'fraser/pilot']]);
    // The repository's own index is as it was: nothing was staged.
    expect(moved.git('status', '--porcelain')).toContain('?? playbook/');
  });

  it('in a content folder moved in the change, an account merged into another that stayed is a merge, whatever file git took the moved one for', async () => {
    const repo = createRepo();
    // Fraser's log is long, Northwind's short: in the moved folder, git takes Northwind's file now for Fraser's moved.
    const fraserLog = Array.from({ length: 8 }, (_, i) => `  - date: 2026-10-${String(10 + i).padStart(2, '0')}\n    by: kim-lee\n    with: [Ann Lee]\n    kind: call\n    note: Freezer check number ${i + 1} with Ann\n`).join('');
    repo.edit('accounts/fraser/index.mdx', '  - name: Ann Lee\n', `  - name: Ann Lee\ntouchpoints:\n${fraserLog}`);
    repo.commit('Fraser log');
    repo.git('checkout', '-q', '-b', 'change');
    repo.git('mv', 'content', 'playbook');
    const northwind = repo.read(`../playbook/${ACCOUNT}`);
    repo.write(`../playbook/${ACCOUNT}`, northwind.replace('  - name: Bob Smith\n', '  - name: Bob Smith\n  - name: Ann Lee\n').replace('---\nNorthwind', `${fraserLog}---\nNorthwind`));
    repo.git('rm', '-qf', 'playbook/accounts/fraser/index.mdx');
    repo.git('mv', 'playbook/accounts/fraser/pilot.mdx', 'playbook/accounts/northwind/pilot.mdx');
    repo.commit('Fraser is part of Northwind now', '2026-11-21T12:00:00Z');
    // The premise: git sees Fraser's file moved to Northwind's, and Northwind's own deleted.
    expect(repo.git('diff', '-M', '--name-status', 'main', 'HEAD')).toContain('content/accounts/fraser/index.mdx\tplaybook/accounts/northwind/index.mdx');
    const { findings } = await checkInProcess(repo, '--content', 'playbook');
    // Nothing rewritten, nothing logged late: Northwind kept its log, and Fraser's is in it.
    expect(findings.filter((f) => BASE_RULE_IDS.includes(f.rule)).map((f) => [f.rule, f.subject, f.message])).toEqual([]);
  });

  it('a content folder moved in the change is compared where it was; one new in the change says there was nothing to compare with', async () => {
    const moved = change((r) => {
      r.git('mv', 'content', 'playbook');
      r.commit('Move the playbook');
      r.git('rm', '-q', 'playbook/accounts/fraser/pilot.mdx');
    });
    const { findings } = await checkInProcess(moved, '--content', 'playbook');
    expect(baseFindings(findings).map((f) => f.slice(0, 5))).toEqual([['vanished-commitment', 'error', 'content/accounts/fraser/pilot.mdx', 1, 'fraser/pilot']]);

    const fresh = change((r) => {
      for (const [path, text] of Object.entries(PLAYBOOK)) r.write(`../playbook/${path}`, text);
    });
    expect(baseFindings((await checkInProcess(fresh, '--content', 'playbook')).findings)).toEqual([
      [
        'silent-slip',
        'warning',
        'playbook/playbook.yaml',
        1,
        'playbook/playbook.yaml',
        'The content folder playbook did not exist at main, and git saw nothing moved into it: there is nothing to compare this change with, so `silent-slip`, `vanished-commitment`, `history-rewritten`, `unagreed-addition` and `backdated-touchpoint` did not run. If the playbook was in another folder at main, move it with `git mv` so that git sees the move',
      ],
    ]);
  });
});

describe('check --base: what could not be read at the base is never shown as a value', () => {
  it('names no owner nor chaser, and no stand-in title or status, that the base file did not have', async () => {
    const repo = createRepo();
    repo.edit(PLAN, 'title: Scanner rollout\nowner: kim-lee\n', '');
    repo.commit('Title and owner lost on main');
    repo.git('checkout', '-q', '-b', 'change');
    repo.edit(PLAN, 'status: active\n', 'title: Scanner rollout\nowner: kim-lee\nstatus: active\n');
    repo.edit(PLAN, '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n', '');
    repo.edit(PLAN, '    after: [order-hardware]\n', '');
    repo.commit('Fix the plan, and remove an item', '2026-11-21T12:00:00Z');
    const removed = ofRule((await checkInProcess(repo)).findings, 'vanished-commitment');
    expect(removed.map((f) => [f.subject, f.owner, f.chaser, f.message])).toEqual([
      [
        'northwind/rollout#order-hardware',
        'Bob Smith',
        undefined,
        'Commitment `order-hardware` (Order the scanners; due 2026-12-01; owner Bob Smith) existed at main and is gone from this plan: mark it done or dropped instead of deleting it (a drop says when, why and who was told). If you renamed its id, keep the old one',
      ],
    ]);

    const deleted = createRepo();
    deleted.edit(PLAN, 'title: Scanner rollout\nowner: kim-lee\n', '');
    deleted.commit('Title and owner lost on main');
    deleted.git('checkout', '-q', '-b', 'change');
    deleted.remove(PLAN);
    deleted.commit('Remove the plan', '2026-11-21T12:00:00Z');
    const gone = ofRule((await checkInProcess(deleted)).findings, 'vanished-commitment');
    expect(gone).toEqual([
      {
        rule: 'vanished-commitment',
        severity: 'error',
        file: planFile,
        line: 1,
        column: 1,
        subject: 'northwind/rollout',
        message: expect.stringMatching(/^The plan northwind\/rollout \(active, 2 commitments, 2 open\) existed at main and its file is gone: /),
      },
    ]);
  });
});

describe('check --base: a plan moved, then rewritten', () => {
  const MOVED = 'accounts/northwind/phase-1.mdx';
  /** The plan rewritten as a person might: new wording everywhere, the same commitments and milestone by id. */
  const rewritten = (plan: string) => `---
title: Phase 1 of the scanner rollout across every Northwind facility
owner: kim-lee
status: active
kickoff: 2026-09-01
target: 2027-02-01
agreement:
  us: { by: jane-doe, date: 2026-08-20 }
  customer: { by: Bob Smith, date: 2026-08-20 }
handoff: { delivery-briefed: 2026-08-22 }
milestones:
  - { id: pilot, title: The pilot facility is live on the new scanners, due: 2027-01-15 }
commitments:
  - id: install-scanners
    owner: omar-haddad
    what: Put the new scanners in at all eight facilities, one wave at a time
    due: 2026-12-15
    milestone: pilot
    after: [order-hardware]
    slips: [{ date: 2026-10-20, from: 2026-12-01, to: 2026-12-15, told: Bob Smith, reason: Hardware arrives late }]
  - id: order-hardware
    owner: Bob Smith
    what: Place the purchase order for the scanners and the cradles
    due: 2026-12-05
---
Phase 1 covers the eight facilities of the first wave. ${plan.length}
`;

  it('pairs it by what it holds: no vanished plan, and the silent slip found at its new path', async () => {
    const repo = change((r) => {
      r.git('mv', `content/${PLAN}`, `content/${MOVED}`);
      r.commit('Move the plan', '2026-11-20T12:00:00Z');
      r.write(MOVED, rewritten(r.read(MOVED)));
    });
    // The net diff no longer sees a rename: the old path is deleted, the new one added.
    expect(repo.git('diff', '-M', '--name-status', 'main', 'HEAD')).toContain(`D\tcontent/${PLAN}`);
    const { findings, status } = await checkInProcess(repo);
    expect(findings.map((f) => [f.rule, f.file, f.subject])).toEqual([
      ['overdue', 'content/accounts/fraser/pilot.mdx', 'fraser/pilot#survey'],
      ['silent-slip', `content/${MOVED}`, 'northwind/phase-1#order-hardware'],
    ]);
    expect(status).toBe(1);
  });

  it('a plan whose commitments all changed ids is gone, and the advice says what would have worked', async () => {
    const repo = change((r) => {
      r.git('mv', `content/${PLAN}`, `content/${MOVED}`);
      r.commit('Move the plan', '2026-11-20T12:00:00Z');
      r.write(MOVED, rewritten(r.read(MOVED)).replace(/install-scanners/g, 'install').replace(/order-hardware/g, 'order').replace('id: pilot', 'id: pilot-site').replace('milestone: pilot', 'milestone: pilot-site'));
    });
    const vanished = ofRule((await checkInProcess(repo)).findings, 'vanished-commitment');
    expect(vanished.map((f) => [f.file, f.line, f.subject])).toEqual([[planFile, 1, 'northwind/rollout']]);
    expect(vanished[0]!.message).toContain('If you moved or renamed it, keep its commitments and their ids, so that it is recognised where it went');
    expect(vanished[0]!.message).not.toContain('commit of its own');
  });

  it('an emptied plan is a vanished plan', async () => {
    const repo = change((r) => r.write(PLAN, '---\n---\nNothing left.\n'));
    const { findings } = await checkInProcess(repo);
    expect(findings.filter((f) => f.file === planFile).map((f) => [f.rule, f.line])).toEqual([
      ['vanished-commitment', 1],
      ['schema', 2],
    ]);
    expect(ofRule(findings, 'vanished-commitment')[0]!.message).toContain('existed at main and its frontmatter is now empty');
  });
});

describe('check --base: the base must be there', () => {
  /** A change branched from main, main moved on since (a commitment added), cloned with depth 1. */
  function shallowClone(): { repo: Repo; clone: string } {
    const repo = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20'));
    repo.git('checkout', '-q', 'main');
    repo.edit(PLAN, '---\nThe plan.', '  - id: extra\n    what: Added on main\n    owner: kim-lee\n    due: 2026-12-30\n---\nThe plan.');
    repo.commit('Main moves on', '2026-11-21T13:00:00Z');
    repo.git('checkout', '-q', 'change');
    const clone = join(tempDir(), 'clone');
    git(repo.root, ['clone', '-q', '--depth', '1', '--branch', 'change', `file://${repo.root}`, clone]);
    return { repo, clone };
  }

  /** The command a message says to run, between backquotes after "Fetch ... with". */
  const fetchCommandIn = (stderr: string) => /with `(git fetch [^`]+)`/.exec(stderr)![1]!;

  it('tells a shallow clone how to fetch the base, with exit 2 and no stack trace', () => {
    const { clone } = shallowClone();
    for (const base of ['origin/main', 'main']) {
      const result = cli(clone, ['check', '--base', base]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`The base ref ${base} is not in this clone: it is a shallow clone`);
      expect(fetchCommandIn(result.stderr)).toBe('git fetch --no-tags --unshallow origin +refs/heads/main:refs/remotes/origin/main');
      expect(result.stderr).toContain('fetch-depth: 0');
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    }
  });

  it('compares correctly once the command the message prints has run: no false vanished commitment from main moving on', () => {
    const { clone } = shallowClone();
    const command = fetchCommandIn(cli(clone, ['check', '--base', 'origin/main']).stderr);
    git(clone, command.split(' ').slice(1));
    const result = cli(clone, ['check', '--base', 'origin/main', '--format', 'github']);
    expect(result.stdout.trim().split('\n').map((line) => /title=([a-z-]+)/.exec(line)?.[1]).sort()).toEqual(['dependency-order', 'overdue', 'silent-slip']);
    expect(result.status).toBe(1);
  });

  it('refuses to compare a shallow clone that has the base but not the history between, and says what to fetch', () => {
    const { clone } = shallowClone();
    // What the message used to say: the base branch alone. The merge base is still out of sight.
    git(clone, ['fetch', '-q', '--no-tags', 'origin', '+refs/heads/main:refs/remotes/origin/main']);
    const result = cli(clone, ['check', '--base', 'origin/main']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('This clone is shallow: it does not hold the history between origin/main and this branch');
    expect(fetchCommandIn(result.stderr)).toBe('git fetch --no-tags --unshallow origin +refs/heads/main:refs/remotes/origin/main');
    git(clone, fetchCommandIn(result.stderr).split(' ').slice(1));
    expect(cli(clone, ['check', '--base', 'origin/main']).status).toBe(1);
  });

  it('says what is wrong with a range, a ref with spaces, a repository without commits or remote, and unrelated histories, with no fetch that cannot work', async () => {
    const repo = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20'));
    const stderrOf = async (...args: string[]) => {
      const result = await checkInProcess(repo, ...args);
      return [result.status, result.stderr];
    };
    const noBase = async (root: string, base: string) => {
      let stderr = '';
      const io = { env: {}, cwd: root, now: () => new Date(`${AS_OF}T12:00:00Z`), stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } };
      return [await main(['check', '--base', base, '--as-of', AS_OF], io), stderr];
    };
    const range = await noBase(repo.root, 'main..change');
    expect(range).toEqual([2, "playbook check: The base ref main..change is a range of commits; --base takes the one ref the change is compared with, the pull request's base branch: --base main.\n"]);
    expect(await noBase(repo.root, ' main')).toEqual([2, 'playbook check: The base ref " main" has spaces around it: pass --base main.\n']);
    expect(await noBase(repo.root, 'mian')).toEqual([
      2,
      'playbook check: The base ref mian is not a branch, tag or commit in this repository, and the repository has no remote to fetch it from.\nName a branch, tag or commit that is here (`git branch -a` lists the branches), or add the remote that has it (`git remote add origin URL`) and fetch it.\n',
    ]);

    const empty = tempDir();
    git(empty, ['init', '-q', '-b', 'main']);
    spawnSync('cp', ['-r', join(repo.root, 'content'), empty]);
    expect(await noBase(empty, 'main')).toEqual([
      2,
      'playbook check: This repository has no commits yet, so there is no main to compare with: commit the playbook first (then every later change can be checked against it), or run check without --base.\n',
    ]);

    repo.git('checkout', '-q', '--orphan', 'other');
    repo.commit('Unrelated', '2026-11-21T12:00:00Z');
    const [status, stderr] = await stderrOf();
    expect(status).toBe(1);
    expect(stderr).toBe('playbook check: HEAD and main share no history (an orphan branch, or histories never merged), so the comparison is with main itself.\n');
  });

  it('names an unknown ref, a folder outside git, and --changed without --base', async () => {
    const repo = createRepo();
    const unknown = cli(repo.root, ['check', '--base', 'mian']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('The base ref mian is not a branch, tag or commit in this repository');

    const outside = tempDir();
    spawnSync('cp', ['-r', join(repo.root, 'content'), outside]);
    let stderr = '';
    const io = { env: {}, cwd: outside, now: () => new Date(), stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } };
    expect(await main(['check', '--base', 'main'], io)).toBe(2);
    expect(stderr).toContain('is not inside a git repository');

    stderr = '';
    expect(await main(['check', '--changed'], io)).toBe(2);
    expect(stderr).toContain('--changed needs --base');
  });
});

describe('check --base --changed', () => {
  it('keeps only the findings of files changed since the base', async () => {
    const repo = change((r) => r.edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-20'));
    const all = await checkInProcess(repo);
    // The later date also puts it after install-scanners, which waits for it: dependency-order.
    expect(all.findings.map((f) => [f.file, f.rule])).toEqual([
      ['content/accounts/fraser/pilot.mdx', 'overdue'],
      [planFile, 'silent-slip'],
      [planFile, 'dependency-order'],
    ]);
    const changed = await checkInProcess(repo, '--changed');
    expect(changed.findings.map((f) => [f.file, f.rule])).toEqual([
      [planFile, 'silent-slip'],
      [planFile, 'dependency-order'],
    ]);
    expect(changed.status).toBe(1);
  });

  it('counts renamed files and works from a subfolder and with the content folder elsewhere', async () => {
    const files = Object.fromEntries(Object.entries((await import('./git-fixture.ts')).PLAYBOOK));
    const repo = createRepo(files, { content: 'docs/playbook' });
    repo.git('checkout', '-q', '-b', 'change');
    repo.git('mv', 'docs/playbook/accounts/northwind/rollout.mdx', 'docs/playbook/accounts/northwind/phase-1.mdx');
    repo.commit('Rename');
    let stdout = '';
    const status = await main(['check', '--base', 'main', '--changed', '--format', 'json', '--as-of', AS_OF, '--content', 'playbook'], {
      env: cleanEnv(),
      cwd: join(repo.root, 'docs'),
      now: () => new Date(),
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });
});
