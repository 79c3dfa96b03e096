// A view of a content folder that holds only what one edit can affect: playbook.yaml, people.yaml
// and one account's folder (or one guide). Every finding about a file in that account depends on
// nothing else (references resolve to people.yaml and the account's own contacts; ids, cycles and
// slips are checked within a plan), so an editing command judges its change on this view and
// reads a few files instead of the whole playbook.
import { kindOf, type FileSource } from './file-source.ts';

export type EditScope = { account: string } | { guide: string };

export function scopedSource(source: FileSource, scope: EditScope): FileSource {
  const folder = 'account' in scope ? 'accounts' : 'guides';
  const entry = 'account' in scope ? scope.account : `${scope.guide}.mdx`;
  const inScope = (path: string): boolean =>
    path === '' || path === 'playbook.yaml' || path === 'people.yaml' || path === folder || path === `${folder}/${entry}` || path.startsWith(`${folder}/${entry}/`);
  return {
    list(path) {
      if (path === '') return source.list('').filter((name) => name === 'playbook.yaml' || name === 'people.yaml' || name === folder);
      if (path === folder) return source.list(folder).filter((name) => name === entry);
      return inScope(path) ? source.list(path) : [];
    },
    isDirectory: (path) => inScope(path) && source.isDirectory(path),
    kind: (path) => (inScope(path) ? kindOf(source, path) : 'missing'),
    read: (path) => (inScope(path) ? source.read(path) : undefined),
  };
}
