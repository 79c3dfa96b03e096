// Where `--output FILE` may write a report: anywhere but the content folder, where it would
// replace a plan or people.yaml (or add a file check then reports as misplaced). The report is
// ours to write; what a team wrote is never lost to it.
import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { OutputError } from './errors.ts';

/** Writes `text` to `file` (relative to `cwd`), or throws a OutputError saying why not. */
export function writeReportFile(file: string, text: string, where: { cwd: string; contentDir: string }): void {
  const path = resolve(where.cwd, file);
  const inside = relative(resolve(where.cwd, where.contentDir), path);
  if (inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside))) {
    throw new OutputError(`the report is not written to ${file}: it is inside the content folder (${where.contentDir}), where it would replace or add content; write it elsewhere.`);
  }
  try {
    writeFileSync(path, text);
  } catch (error) {
    // A folder that does not exist, no permission: the caller's to fix, not a bug of ours.
    throw new OutputError(`cannot write the report to ${file}: ${(error as Error).message}`);
  }
}
