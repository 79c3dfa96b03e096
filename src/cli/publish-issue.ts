// `playbook publish-issue`: the scheduled workflow's issue upkeep. One open issue, under a fixed
// title, lists what is overdue and stale (the same markdown as `report --stale --format
// markdown`); it is created when needed, edited in place, and closed when nothing is left.
import { ISSUE_TITLE } from './commands.ts';
import { countOf } from '../core/words.ts';
import { parseArgs } from 'node:util';
import { GitHubApiError, upkeepIssue, type Fetch } from '../core/github/issue.ts';
import { formatStaleMarkdown, repositoryLinkBase, staleReport } from '../core/report/owed.ts';
import type { CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';
import { load } from './report.ts';
import { GITHUB_BODY_LIMIT } from '../core/report/fit.ts';

/**
 * Where the site is published: PLAYBOOK_SITE_URL (and PLAYBOOK_BASE), as the build uses them, or
 * nothing. The scheduled workflow sets them from the repository's Pages settings, and leaves them
 * empty where Pages is not enabled: then there is no site to link to, and no address is made up
 * (a guessed `https://<owner>.github.io/<repository>/` was a page that did not exist).
 */
export function siteUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.PLAYBOOK_SITE_URL) return undefined;
  const base = (env.PLAYBOOK_BASE || '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  // The site's address may hold its path already (actions/configure-pages' `base_url` does:
  // `https://acme.github.io/playbook`): the base path is the path from the host, not added to it.
  try {
    const site = new URL(env.PLAYBOOK_SITE_URL.replace(/\/*$/, '/'));
    return env.PLAYBOOK_BASE ? new URL(base, site).href : site.href;
  } catch {
    return undefined;
  }
}

export async function runPublishIssue(argv: string[], io: CliEnvironment, fetchImpl: Fetch = globalThis.fetch as unknown as Fetch): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      title: { type: 'string', default: ISSUE_TITLE },
      content: { type: 'string' },
      'as-of': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const title = values.title!.trim();
  if (title === '') throw new UsageError('--title cannot be empty: it is how the issue is found again.');
  const { model, content, asOf } = load(values.content, values['as-of'], io);
  const report = staleReport(model);
  const body = formatStaleMarkdown(report, { linkBase: repositoryLinkBase(content), mention: content.people, maxLength: GITHUB_BODY_LIMIT, siteUrl: siteUrl(io.env) });
  if (values['dry-run']) {
    io.stdout.write(`Dry run: ${report.count === 0 ? `nothing is overdue or stale, so an open issue "${title}" would be closed` : `the issue "${title}" would list ${countOf(report.count, 'thing')}`}:\n\n${body}`);
    return 0;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const repository = io.env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    io.stderr.write(`playbook publish-issue: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); in GitHub Actions pass \`GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\` in the step's env. Use --dry-run to see the issue without publishing it.\n`);
    return 2;
  }
  try {
    const outcome = await upkeepIssue({
      fetch: fetchImpl,
      token,
      repository,
      apiUrl: io.env.GITHUB_API_URL || undefined,
      title,
      body,
      count: report.count,
      closingBody: `Nothing is overdue or stale as of **${asOf}**. :tada:\n\nClosed by \`npm run playbook -- publish-issue\`; a new issue opens when something is late again.\n`,
    });
    const where = outcome.url ? `: ${outcome.url}` : '';
    const said: Record<typeof outcome.action, string> = {
      created: `Opened issue #${outcome.number} listing ${countOf(report.count, 'overdue or stale thing')}${where}`,
      updated: `Updated issue #${outcome.number} in place: ${report.count} overdue or stale${where}`,
      unchanged: `Issue #${outcome.number} already says this (${report.count} overdue or stale)${where}`,
      closed: `Closed issue #${outcome.number}: nothing is overdue or stale${where}`,
      nothing: 'Nothing is overdue or stale, and no issue is open.',
    };
    io.stdout.write(`${said[outcome.action]}\n`);
    if (outcome.duplicatesClosed.length > 0) io.stdout.write(`Closed duplicates: ${outcome.duplicatesClosed.map((n) => `#${n}`).join(', ')}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    // A refused request or no network: the job fails with what went wrong, not a stack.
    io.stderr.write(`playbook publish-issue: ${error.message}\n`);
    return 2;
  }
}
