// One open GitHub issue, under a fixed title, that lists what is overdue and stale: created when
// there is something to list and no such issue is open, edited in place when there is one, and
// closed when nothing is left. Talks to the GitHub REST API through an injected `fetch`, so that
// tests can assert every request without a network.

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}>;

export interface IssueUpkeep {
  fetch: Fetch;
  token: string;
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository: string;
  /** Default https://api.github.com (GITHUB_API_URL on GitHub Enterprise). */
  apiUrl?: string;
  title: string;
  /** The issue's body while there is something to list. */
  body: string;
  /** How many things the body lists; 0 closes the issue. */
  count: number;
  /** The body left on the issue when it is closed. */
  closingBody: string;
}

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'nothing';

export interface IssueOutcome {
  action: IssueAction;
  number?: number;
  url?: string;
  /** Other open issues with the same title, closed as duplicates. */
  duplicatesClosed: number[];
}

export class GitHubApiError extends Error {}

interface Issue {
  number: number;
  title: string;
  body: string | null;
  html_url: string;
  pull_request?: unknown;
}

/** How many pages of open issues are searched for the title (100 a page). */
const MAX_PAGES = 10;

export async function upkeepIssue(options: IssueUpkeep): Promise<IssueOutcome> {
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repository)) {
    throw new GitHubApiError(`GITHUB_REPOSITORY should be owner/name, such as acme/playbook; it is ${JSON.stringify(options.repository)}`);
  }
  const api = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const base = `${api}/repos/${options.repository}`;
  const call = async (method: string, url: string, body?: unknown) => {
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await options.fetch(url, {
        method,
        headers: {
          Accept: 'application/vnd.github+json',
          Authorization: `Bearer ${options.token}`,
          'X-GitHub-Api-Version': '2022-11-28',
          'User-Agent': 'followthrough-playbook',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new GitHubApiError(`could not reach GitHub for ${method} ${url.replace(api, '')}: ${(error as Error).message}`);
    }
    if (!response.ok) {
      let detail = '';
      try {
        detail = ((await response.json()) as { message?: string }).message ?? '';
      } catch {
        // no JSON body
      }
      const hint = response.status === 403 || response.status === 404 ? ' The job needs `permissions: issues: write` and a GITHUB_TOKEN for this repository.' : '';
      throw new GitHubApiError(`GitHub answered ${response.status} ${response.statusText} to ${method} ${url.replace(api, '')}${detail ? `: ${detail}` : ''}.${hint}`);
    }
    return response;
  };

  // Open issues with the title, oldest first (pull requests are issues to this endpoint too).
  const found: Issue[] = [];
  let url: string | undefined = `${base}/issues?state=open&per_page=100&sort=created&direction=asc`;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await call('GET', url);
    const issues = (await response.json()) as Issue[];
    found.push(...issues.filter((issue) => issue.title === options.title && issue.pull_request === undefined));
    url = nextLink(response.headers.get('link'));
  }
  // More open issues than the pages read, none of them ours: GitHub's search finds it by its
  // title (it was opened after the first MAX_PAGES x 100, and would be opened again every day).
  if (found.length === 0 && url !== undefined) {
    const query = `repo:${options.repository} is:issue is:open in:title "${options.title.replace(/"/g, '')}"`;
    const response = await call('GET', `${api}/search/issues?q=${encodeURIComponent(query)}&sort=created&order=asc&per_page=100`);
    const { items } = (await response.json()) as { items: Issue[] };
    found.push(...items.filter((issue) => issue.title === options.title && issue.pull_request === undefined));
  }
  const [issue, ...duplicates] = found;
  const duplicatesClosed: number[] = [];
  for (const duplicate of duplicates) {
    await call('PATCH', `${base}/issues/${duplicate.number}`, { state: 'closed', state_reason: 'not_planned' });
    duplicatesClosed.push(duplicate.number);
  }

  if (options.count === 0) {
    if (!issue) return { action: 'nothing', duplicatesClosed };
    await call('PATCH', `${base}/issues/${issue.number}`, { body: options.closingBody, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number, url: issue.html_url, duplicatesClosed };
  }
  if (!issue) {
    const created = (await (await call('POST', `${base}/issues`, { title: options.title, body: options.body })).json()) as Issue;
    return { action: 'created', number: created.number, url: created.html_url, duplicatesClosed };
  }
  if ((issue.body ?? '').replace(/\r\n/g, '\n') === options.body) return { action: 'unchanged', number: issue.number, url: issue.html_url, duplicatesClosed };
  await call('PATCH', `${base}/issues/${issue.number}`, { body: options.body });
  return { action: 'updated', number: issue.number, url: issue.html_url, duplicatesClosed };
}

/** The `rel="next"` URL of a Link header. */
function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}
