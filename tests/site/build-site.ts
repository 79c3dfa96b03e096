// Builds a playbook's site once for all the test files that need it (cached-build.ts): each build
// goes to test-results/site-build/<name>/, from an existing content folder or from files written
// there by the shared builder, with a git history of its own when the test needs one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFiles } from '../helpers/playbook-builder.ts';
import { type BuildResult, cachedBuild, fingerprint, ROOT, withLock } from './cached-build.ts';

export { ROOT, withLock };
const BUILDS = join(ROOT, 'test-results', 'site-build');

export type SiteBuild = BuildResult;

export interface BuildOptions {
  /** A short name for the build folder. */
  name: string;
  /** An existing content folder... */
  contentDir?: string;
  /** ...or the files of one, written to <build>/content (path -> text). */
  files?: Record<string, string>;
  asOf?: string;
  env?: Record<string, string>;
  /**
   * Git history, for "Last updated": `'outside'` hides every repository from the build (git
   * stops looking above test-results/site-build, so the project's own cannot be seen); a list of
   * commits makes the build folder a repository of its own, the content in `content/`, and
   * commits it in order, each writing its `files` over the content (the first: all of `files`).
   * Without it, the content is wherever it is (below test-results/, in the project's repository).
   */
  git?: 'outside' | GitCommit[];
  /**
   * How the site is built: `npm run build`'s script (the default), or `astro build` with the
   * astro bin alone, as a team's own Astro project would build it.
   */
  runner?: 'npm' | 'astro';
}

export interface GitCommit {
  author: string;
  email: string;
  /** ISO 8601 with offset, for GIT_AUTHOR_DATE and GIT_COMMITTER_DATE. */
  date: string;
  message: string;
  files?: Record<string, string>;
}

/** Builds (or reuses) the site of `contentDir` with `npm run build`'s script or the astro bin. */
export function buildSite(options: BuildOptions): Promise<SiteBuild> {
  const settings = { asOf: options.asOf, env: options.env, files: options.files, git: options.git, runner: options.runner };
  const key = fingerprint(settings, [options.contentDir ?? '', join(ROOT, 'src'), join(ROOT, 'scripts/build.ts'), join(ROOT, 'astro.config.mjs')]);
  return cachedBuild(join(BUILDS, options.name), key, (dir) => {
    const contentDir = options.contentDir ?? join(dir, 'content');
    writeFiles(contentDir, options.files ?? {});
    if (Array.isArray(options.git)) commitAll(dir, contentDir, options.git);
    const outDir = join(dir, 'dist');
    const command = options.runner === 'astro' ? ['node_modules/astro/bin/astro.mjs', 'build'] : ['scripts/build.ts'];
    const child = spawnSync(process.execPath, command, {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLAYBOOK_CONTENT_DIR: relative(ROOT, contentDir),
        PLAYBOOK_AS_OF: options.asOf ?? '',
        PLAYBOOK_OUT_DIR: outDir,
        PLAYBOOK_CACHE_DIR: join(dir, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(options.git === 'outside' ? { GIT_CEILING_DIRECTORIES: BUILDS } : {}),
        ...options.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { outDir, contentDir, status: child.status ?? 1, stdout: child.stdout, stderr: child.stderr };
  });
}

/** `git init` in `root` and one commit per entry, with a fixed author, committer and date, and no user configuration. */
function commitAll(root: string, contentDir: string, commits: GitCommit[]): void {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...clean, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env } });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  };
  run(['init', '-q', '-b', 'main']);
  for (const commit of commits) {
    writeFiles(contentDir, commit.files ?? {});
    run(['add', '--all', '--', relative(root, contentDir)]);
    run(['-c', `user.name=${commit.author}`, '-c', `user.email=${commit.email}`, 'commit', '-q', '-m', commit.message], {
      GIT_AUTHOR_DATE: commit.date,
      GIT_COMMITTER_DATE: commit.date,
    });
  }
}

/** A built page's HTML, by its site path (`/accounts/northwind/`). */
export function page(build: SiteBuild, path: string): string {
  const file = path.endsWith('/') ? join(build.outDir, path, 'index.html') : join(build.outDir, path);
  return readFileSync(file, 'utf8');
}

/** The page's text without tags, whitespace collapsed: what a reader sees. */
export function textOf(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      // An isolate (<bdi>) is inline: no space where it starts or ends ("Northwind's").
      .replace(/<\/?bdi>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The inner HTML of the first element carrying `attribute="value"` (elements of one tag name, not nested in themselves). */
export function elementWith(html: string, attribute: string, value: string): string | undefined {
  const open = new RegExp(`<(\\w+)[^>]*\\s${attribute}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!open) return undefined;
  const tag = open[1]!;
  let depth = 1;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = open.index + open[0].length;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index + open[0].length, match.index);
  }
  return undefined;
}

/** A finding's message as a page shows it: its `code` set as code, so without the backticks. */
export function shownMessage(message: string): string {
  return message.replaceAll('`', '');
}

/** Whether `text` holds `message`, whatever the spaces (a page sets a message's `code` apart). */
export function holdsMessage(text: string, message: string): boolean {
  return text.replace(/\s+/g, '').includes(shownMessage(message).replace(/\s+/g, ''));
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The HTML without the elements marked `hidden`: what the page shows on its build day. */
export function withoutHidden(html: string): string {
  let out = '';
  let at = 0;
  const tag = /<(\/?)([a-zA-Z][\w-]*)\b([^>]*)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, name, attributes] = match;
    if (closing || VOID.has(name!.toLowerCase()) || !/\shidden(?=[\s>=]|$)/.test(attributes!)) continue;
    // Skip to the matching close of this element.
    out += html.slice(at, match.index);
    let depth = 1;
    const same = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
    same.lastIndex = tag.lastIndex;
    let end = html.length;
    for (let inner = same.exec(html); inner; inner = same.exec(html)) {
      depth += inner[1] ? -1 : 1;
      if (depth === 0) {
        end = inner.index + inner[0].length;
        break;
      }
    }
    at = end;
    tag.lastIndex = end;
  }
  return out + html.slice(at);
}
