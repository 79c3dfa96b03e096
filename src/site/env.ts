// Where the site reads its playbook from, and for which day: the same environment variables as
// the CLI (PLAYBOOK_CONTENT_DIR, PLAYBOOK_AS_OF), resolved in one place for the build script,
// the content loader and the pages.
import { isAbsolute, resolve } from 'node:path';

/** The content folder as written (relative to the working directory, or absolute). */
export function contentDirSetting(): string {
  return process.env.PLAYBOOK_CONTENT_DIR?.trim() || 'content';
}

/** The content folder as an absolute path. */
export function contentDirPath(cwd: string = process.cwd()): string {
  const dir = contentDirSetting();
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** The as-of date when the environment fixes it, else undefined (today in the playbook's zone). */
export function asOfSetting(): string | undefined {
  return process.env.PLAYBOOK_AS_OF?.trim() || undefined;
}
