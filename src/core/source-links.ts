// Links from the site to the playbook's source on the repository host (GitHub style URLs):
// "edit this page" for a content file, and the exact line of a finding. `settings.repository`
// in playbook.yaml says where the source lives; without it there are no links.
import type { Content, ResolvedSettings } from './content.ts';
import type { Finding } from './findings.ts';

type WithRepository = Pick<ResolvedSettings, 'repository'>;

/** `<url>/edit/<branch>/<content_path>/<file>`, or undefined when playbook.yaml names no repository. */
export function editUrl(settings: WithRepository, contentPath: string): string | undefined {
  return sourceUrl(settings, 'edit', contentPath);
}

/** `<url>/blob/<branch>/<content_path>/<file>#L<line>`, or undefined when playbook.yaml names no repository. */
export function lineUrl(settings: WithRepository, contentPath: string, line: number): string | undefined {
  const url = sourceUrl(settings, 'blob', contentPath);
  return url === undefined ? undefined : `${url}#L${Math.max(1, Math.trunc(line))}`;
}

/**
 * The link to a finding's line: its file found among those the loader read (a finding names the
 * file as people see it, relative to the working directory). Undefined without a repository, or
 * for a file the loader did not read (a misplaced `.md`).
 */
export function findingUrl(content: Pick<Content, 'settings' | 'files'>, finding: Pick<Finding, 'file' | 'line'>): string | undefined {
  if (!content.settings.repository) return undefined;
  for (const file of content.files.values()) {
    if (file.path === finding.file) return lineUrl(content.settings, file.contentPath, finding.line);
  }
  return undefined;
}

function sourceUrl(settings: WithRepository, action: 'edit' | 'blob', contentPath: string): string | undefined {
  const folder = contentFolderUrl(settings, action);
  return folder === undefined ? undefined : `${folder}/${segments(contentPath).map(encodeURIComponent).join('/')}`;
}

/**
 * `<url>/<action>/<branch>/<content_path>`: the content folder on the repository host, each
 * segment of the branch and the path encoded, so that nothing written in playbook.yaml can end a
 * link early in a markdown report (a `)`) or an attribute on a page.
 */
export function contentFolderUrl(settings: WithRepository, action: 'edit' | 'blob'): string | undefined {
  const repository = settings.repository;
  if (!repository) return undefined;
  const base = repository.url.replace(/\/+$/, '');
  const branch = segments(repository.branch).map(encodeURIComponent).join('/');
  const path = segments(repository.contentPath).map(encodeURIComponent).join('/');
  return `${base}/${action}/${branch}${path ? `/${path}` : ''}`;
}

/** Path segments, whatever the slashes: `content/`, `/content`, `a\\b`. */
function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}
