// `playbook publish-issue`: one open issue under a fixed title, created, updated in place, or
// closed when nothing is left. The GitHub API is a fake `fetch` that records every request.
import { describe, expect, it, vi } from 'vitest';
import { ISSUE_TITLE } from '../../src/cli/commands.ts';
import { runPublishIssue } from '../../src/cli/publish-issue.ts';
import type { Fetch } from '../../src/core/github/issue.ts';
import { join } from 'node:path';
import { generatePlaybook, writePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { AS_OF, createRepo, tempDir } from '../git/git-fixture.ts';

// These tests build git repositories and spawn processes: slow on a busy machine, not stuck.
vi.setConfig({ testTimeout: 120_000 });

const repo = createRepo();
const API = 'https://api.github.com/repos/acme/playbook';
const LIST = `${API}/issues?state=open&per_page=100&sort=created&direction=asc`;

interface Request {
  method: string;
  url: string;
  body?: unknown;
  auth?: string;
}

interface Reply {
  status?: number;
  json: unknown;
  link?: string;
}

/** A fake API: replies in order, each request recorded. */
function fakeGitHub(...replies: Reply[]): { fetch: Fetch; requests: Request[] } {
  const requests: Request[] = [];
  const fetch: Fetch = async (url, init) => {
    requests.push({ method: init.method, url, body: init.body === undefined ? undefined : JSON.parse(init.body), auth: init.headers.Authorization });
    const reply = replies.shift() ?? { json: {} };
    const status = reply.status ?? 200;
    return {
      ok: status < 300,
      status,
      statusText: status === 403 ? 'Forbidden' : 'OK',
      headers: { get: (name: string) => (name.toLowerCase() === 'link' ? (reply.link ?? null) : null) },
      json: async () => reply.json,
      text: async () => JSON.stringify(reply.json),
    };
  };
  return { fetch, requests };
}

async function publish(fetch: Fetch, args: string[] = [], asOf = AS_OF, env: Record<string, string> = { GITHUB_TOKEN: 't0ken', GITHUB_REPOSITORY: 'acme/playbook' }) {
  let stdout = '';
  let stderr = '';
  const status = await runPublishIssue(
    [...args, '--as-of', asOf],
    { env, cwd: repo.root, now: () => new Date(), stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
    fetch,
  );
  return { status, stdout, stderr };
}

const issue = (number: number, title = ISSUE_TITLE, body = 'old') => ({ number, title, body, html_url: `https://github.com/acme/playbook/issues/${number}` });

describe('publish-issue', () => {
  it('opens the issue when something is late and none is open', async () => {
    const github = fakeGitHub({ json: [issue(3, 'Something else')] }, { status: 201, json: issue(8) });
    const { status, stdout } = await publish(github.fetch);
    expect(status).toBe(0);
    expect(stdout).toBe('Opened issue #8 listing 1 overdue or stale thing: https://github.com/acme/playbook/issues/8\n');
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${LIST}`, `POST ${API}/issues`]);
    expect(github.requests[0]!.auth).toBe('Bearer t0ken');
    const body = github.requests[1]!.body as { title: string; body: string };
    expect(body.title).toBe('Playbook: overdue and stale');
    expect(body.body).toContain('### Overdue commitments (1)');
    expect(body.body).toContain('| 2026-11-20 | 2 days | Survey the freezers | Freezer pilot · Fraser Cold Storage | Kim Lee @kimlee | overdue |');
  });

  it('updates the open issue in place, ignoring pull requests and other titles, across pages', async () => {
    const github = fakeGitHub(
      { json: [issue(2, 'Other'), { ...issue(4), pull_request: {} }], link: `<${LIST}&page=2>; rel="next", <${LIST}&page=2>; rel="last"` },
      { json: [issue(5)] },
      { json: issue(5) },
    );
    const { stdout } = await publish(github.fetch);
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${LIST}`, `GET ${LIST}&page=2`, `PATCH ${API}/issues/5`]);
    expect(Object.keys(github.requests[2]!.body as object)).toEqual(['body']);
    expect(stdout).toBe('Updated issue #5 in place: 1 overdue or stale: https://github.com/acme/playbook/issues/5\n');
  });

  it('finds the issue by searching its title when more open issues than it reads stand before it', async () => {
    // Ten full pages of other issues, each saying there is a next one: the issue is not among them.
    const pages = Array.from({ length: 10 }, (_, page) => ({
      json: Array.from({ length: 100 }, (_, i) => issue(page * 100 + i + 1, 'Other')),
      link: `<${LIST}&page=${page + 2}>; rel="next"`,
    }));
    const github = fakeGitHub(...pages, { json: { total_count: 2, items: [issue(1500, `${ISSUE_TITLE} (old)`), issue(1234)] } }, { json: issue(1234) });
    const { stdout } = await publish(github.fetch);
    const requests = github.requests.map((r) => `${r.method} ${r.url}`);
    expect(requests).toHaveLength(12);
    expect(requests[10]).toBe(`GET https://api.github.com/search/issues?q=${encodeURIComponent(`repo:acme/playbook is:issue is:open in:title "${ISSUE_TITLE}"`)}&sort=created&order=asc&per_page=100`);
    expect(requests[11]).toBe(`PATCH ${API}/issues/1234`);
    expect(stdout).toBe('Updated issue #1234 in place: 1 overdue or stale: https://github.com/acme/playbook/issues/1234\n');
  });

  it('leaves the issue alone when it already says the same, and closes duplicates', async () => {
    const first = fakeGitHub({ json: [] }, { json: issue(9) });
    await publish(first.fetch);
    const body = (first.requests[1]!.body as { body: string }).body;
    const github = fakeGitHub({ json: [issue(9, ISSUE_TITLE, body), issue(12)] }, { json: {} });
    const { stdout } = await publish(github.fetch);
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${LIST}`, `PATCH ${API}/issues/12`]);
    expect(github.requests[1]!.body).toEqual({ state: 'closed', state_reason: 'not_planned' });
    expect(stdout).toBe('Issue #9 already says this (1 overdue or stale): https://github.com/acme/playbook/issues/9\nClosed duplicates: #12\n');
  });

  it('closes the issue when nothing is left, and does nothing when none is open', async () => {
    const open = fakeGitHub({ json: [issue(5)] }, { json: issue(5) });
    const closed = await publish(open.fetch, [], '2026-11-15');
    expect(open.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${LIST}`, `PATCH ${API}/issues/5`]);
    expect(open.requests[1]!.body).toEqual({
      body: 'Nothing is overdue or stale as of **2026-11-15**. :tada:\n\nClosed by `npm run playbook -- publish-issue`; a new issue opens when something is late again.\n',
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.stdout).toBe('Closed issue #5: nothing is overdue or stale: https://github.com/acme/playbook/issues/5\n');

    const none = fakeGitHub({ json: [] });
    expect((await publish(none.fetch, [], '2026-11-15')).stdout).toBe('Nothing is overdue or stale, and no issue is open.\n');
    expect(none.requests).toHaveLength(1);
  });

  it('says what GitHub refused, and what is missing, with exit 2', async () => {
    const refused = fakeGitHub({ json: [] }, { status: 403, json: { message: 'Resource not accessible by integration' } });
    const result = await publish(refused.fetch);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'playbook publish-issue: GitHub answered 403 Forbidden to POST /repos/acme/playbook/issues: Resource not accessible by integration. The job needs `permissions: issues: write` and a GITHUB_TOKEN for this repository.\n',
    );

    const offline: Fetch = async () => {
      throw new TypeError('fetch failed');
    };
    expect((await publish(offline)).stderr).toContain('could not reach GitHub for GET /repos/acme/playbook/issues');

    const unset = await publish(fakeGitHub().fetch, [], AS_OF, {});
    expect(unset.status).toBe(2);
    expect(unset.stderr).toContain('set GITHUB_TOKEN and GITHUB_REPOSITORY');
  });

  it('--dry-run prints the body and calls nothing', async () => {
    const github = fakeGitHub();
    const { status, stdout } = await publish(github.fetch, ['--dry-run'], AS_OF, {});
    expect(status).toBe(0);
    expect(stdout).toContain('Dry run: the issue "Playbook: overdue and stale" would list 1 thing:');
    expect(github.requests).toEqual([]);
  });
});

describe('publish-issue on a large playbook', () => {
  // 100 accounts three months after the last touchpoints: over 1,000 things, far more than
  // GitHub takes in an issue's body (65,536 characters).
  const big = tempDir();
  writePlaybook(join(big, 'content'), generatePlaybook({ accounts: 100, asOf: '2026-11-22' }));
  const env = { GITHUB_TOKEN: 't0ken', GITHUB_REPOSITORY: 'acme/playbook' };

  async function opened(extra: Record<string, string> = {}) {
    const github = fakeGitHub({ json: [] }, { status: 201, json: issue(8) });
    let stdout = '';
    const status = await runPublishIssue(['--content', join(big, 'content'), '--as-of', '2027-02-22'], { env: { ...env, ...extra }, cwd: big, now: () => new Date(), stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } }, github.fetch);
    return { status, stdout, body: (github.requests[1]!.body as { body: string }).body };
  }

  it('caps the body under the limit, counts what it leaves out, and says how to see every one', async () => {
    const { status, stdout, body } = await opened();
    expect(status).toBe(0);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const total = Number(/would list|listing (\d+)/.exec(stdout)?.[1]);
    const [, shown, all] = /\*\*(\d+) of (\d+)\*\* are listed here/.exec(body)!;
    expect(Number(all)).toBe(total);
    const rows = body.split('\n').filter((line) => /^\| \d{4}-\d{2}-\d{2} \|/.test(line)).length;
    expect(rows).toBe(Number(shown));
    const left = [...body.matchAll(/_\.\.\.and (\d+) more not listed here\._/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(rows + left).toBe(total);
    // No site address is known (GitHub Pages is not enabled, so the workflow passes none): no
    // link to a guessed https://acme.github.io/playbook/, a page that does not exist.
    expect(body).not.toContain('github.io');
    expect(body).toContain('Run `npm run playbook -- report --stale` to see every one.');
  });

  it('links to no site when Pages is absent: actions/configure-pages failed and its outputs are empty', async () => {
    const { body } = await opened({ PLAYBOOK_SITE_URL: '', PLAYBOOK_BASE: '' });
    expect(body).not.toContain('reports page');
    expect(body).not.toContain('https://');
    expect(body).toContain('Run `npm run playbook -- report --stale` to see every one.');
  });

  it('links to PLAYBOOK_SITE_URL when it is set, under PLAYBOOK_BASE', async () => {
    const { body } = await opened({ PLAYBOOK_SITE_URL: 'https://playbook.acme.example', PLAYBOOK_BASE: '/team/' });
    expect(body).toContain("[site's reports page](https://playbook.acme.example/team/reports/)");
  });

  it.each([
    ['a project site', 'https://acme.github.io/playbook', '/playbook', 'https://acme.github.io/playbook/reports/'],
    ['the root of a custom domain', 'https://playbook.acme.example', '', 'https://playbook.acme.example/reports/'],
  ])("links as actions/configure-pages says, for %s: its base_url holds the path already, not twice", async (_, url, base, reports) => {
    const { body } = await opened({ PLAYBOOK_SITE_URL: url, PLAYBOOK_BASE: base });
    expect(body).toContain(`[site's reports page](${reports})`);
  });
});
