// "Last updated" from git history: the fixture, without a repository block, built inside a git
// repository of its own with commits of a fixed author and date. Each page about one file shows
// the last commit that touched that file; no page links to the repository host.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, page, textOf, type SiteBuild } from './build-site.ts';
import { HISTORY_BUILD } from './fixture-playbook.ts';

let site: SiteBuild;
/** The two commits, oldest first. */
let shas: string[];

beforeAll(async () => {
  site = await buildSite(HISTORY_BUILD);
  if (site.status !== 0) throw new Error(`the fixture site did not build:\n${site.stderr}`);
  const log = spawnSync('git', ['log', '--reverse', '--format=%H'], { cwd: dirname(site.contentDir), encoding: 'utf8' });
  shas = log.stdout.trim().split('\n');
}, 300_000);

describe('the fixture site in a git repository', () => {
  it('was committed twice', () => {
    expect(shas).toHaveLength(2);
  });

  it('shows on each page about a file the last commit that touched it', () => {
    const first = shas[0]!.slice(0, 7);
    const second = shas[1]!.slice(0, 7);
    for (const [path, line] of [
      // Committed at 23:30 on 2026-11-19 in Toronto: 2026-11-20 in the playbook's zone, UTC.
      ['/accounts/northwind/', `Last updated 2026-11-20 by Ada Author (${first})`],
      ['/accounts/northwind/rollout/', `Last updated 2026-11-20 by Ada Author (${first})`],
      ['/accounts/northwind/rollout/agreement/', `Last updated 2026-11-20 by Ada Author (${first})`],
      ['/guides/handing-over/', `Last updated 2026-11-20 by Ada Author (${first})`],
      // people.yaml changed again in the second commit.
      ['/people/kim-lee/', `Last updated 2026-11-21 by Ben Builder (${second})`],
    ] as const) {
      const html = page(site, path);
      // textOf leaves a space where the <code> around the sha opens.
      expect(textOf(html).replace(/\( /g, '('), path).toContain(line);
      expect(html, path).toContain(`<time datetime="${line.includes('Ben') ? '2026-11-21' : '2026-11-20'}">`);
    }
  });

  it('shows nothing of the kind on pages built from many files', () => {
    for (const path of ['/', '/accounts/', '/people/', '/reports/', '/guides/', '/timeline/', '/search/']) {
      expect(textOf(page(site, path)), path).not.toContain('Last updated');
    }
  });

  it('shows the commit, not its message (which holds markup here)', () => {
    const html = page(site, '/people/kim-lee/');
    expect(html).not.toContain('<b>team</b>');
    expect(html).not.toContain('Omar joins');
  });

  it('links nowhere on the repository host when playbook.yaml names no repository', () => {
    for (const path of ['/accounts/northwind/', '/accounts/northwind/rollout/', '/accounts/northwind/rollout/agreement/', '/guides/handing-over/', '/people/kim-lee/', '/reports/']) {
      const html = page(site, path);
      expect(html, path).not.toContain('Edit this page');
      expect(html, path).not.toContain('git.example');
    }
    // The findings still say where they are, as the meta line's own text.
    expect(page(site, '/reports/')).toMatch(/<p class="finding__meta">[^<]*(?:<bdi>[^<]*<\/bdi>[^<]*)? · accounts\/northwind\/rollout\.mdx, line \d+<\/p>/);
  });
});
