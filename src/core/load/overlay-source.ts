// A source with some files replaced or added in memory: an edit is judged on the content as it
// would be, new files included, before anything is written (see LoadOptions.overlay).
import { kindOf, type EntryKind, type FileSource } from './file-source.ts';

export function overlaySource(source: FileSource, overlay: ReadonlyMap<string, string>): FileSource {
  if (overlay.size === 0) return source;
  const holds = (folder: string, path: string) => (folder === '' ? true : path.startsWith(`${folder}/`));
  const kind = (path: string): EntryKind => {
    if (overlay.has(path)) return 'file';
    for (const added of overlay.keys()) if (holds(path, added)) return 'folder';
    return kindOf(source, path);
  };
  return {
    kind,
    isDirectory: (path) => kind(path) === 'folder',
    list(path) {
      const names = new Set(kindOf(source, path) === 'folder' ? source.list(path) : []);
      // Files that exist only in the overlay, and the folders that hold them.
      for (const added of overlay.keys()) {
        if (holds(path, added)) names.add(added.slice(path === '' ? 0 : path.length + 1).split('/')[0]!);
      }
      return [...names];
    },
    read: (path) => overlay.get(path) ?? source.read(path),
  };
}
