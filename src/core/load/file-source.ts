// Where the loader reads a content folder from: the disk (the default), or anything else that
// can list a folder and read a file, such as the tree of a git commit (src/core/git/tree-source.ts).
// Paths are relative to the content folder, with forward slashes; '' is the folder itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FileSource {
  /** The names in a folder, in any order; [] when it is not a folder. */
  list(path: string): string[];
  /** True when the path is a folder. */
  isDirectory(path: string): boolean;
  /** A file's text, or `undefined` when it is not a readable file. */
  read(path: string): string | undefined;
}

/** The content folder `dir` on disk. */
export function diskSource(dir: string): FileSource {
  return {
    list(path) {
      try {
        return readdirSync(join(dir, path));
      } catch {
        return [];
      }
    },
    isDirectory(path) {
      try {
        return statSync(join(dir, path)).isDirectory();
      } catch {
        return false;
      }
    },
    read(path) {
      try {
        return readFileSync(join(dir, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
