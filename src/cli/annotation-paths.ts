// Where an annotation points. GitHub places a workflow command's `file=` relative to the root of
// the repository, whatever folder the step ran in: a playbook kept in a folder of a larger
// repository (`working-directory: playbook`) gave `content/accounts/...`, a path GitHub could not
// find, and every annotation fell off the pull request's diff. Findings name their files relative
// to the working directory (the contract's JSON); the github format alone re-roots them.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core/findings.ts';
import { workTreeRoot } from '../core/git/repo.ts';

/**
 * The findings with each `file` relative to the root of the git work tree that holds the content
 * folder; unchanged outside a repository, and for a file outside that work tree.
 */
export function rootedFindings(findings: readonly Finding[], contentDir: string, cwd: string): Finding[] {
  const root = workTreeRoot(resolve(cwd, contentDir));
  if (root === undefined) return [...findings];
  const paths = new Map<string, string>();
  const rooted = (file: string): string => {
    let path = paths.get(file);
    if (path === undefined) {
      const absolute = resolve(cwd, file);
      let real = absolute;
      try {
        real = realpathSync(absolute);
      } catch {
        // A file that is gone or unreadable keeps the path it was reported under.
      }
      const inRoot = relative(root, real);
      path = inRoot === '' || inRoot.startsWith('..') || isAbsolute(inRoot) ? file : inRoot.split(sep).join('/');
      paths.set(file, path);
    }
    return path;
  };
  return findings.map((finding) => ({ ...finding, file: rooted(finding.file) }));
}
