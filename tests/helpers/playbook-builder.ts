// The one way a test gets a playbook: its files, written as real files to a fresh temporary
// folder (`<root>/content` unless told otherwise), with what tests do to them afterwards: write,
// read, edit in place, remove, list, hash, and find the line a text is on. No test reads the
// project's own content/ (the example playbook): a team replaces it, and the tests must still pass.
//
// The areas build on this: tests/helpers/playbook-fixture.ts (small playbooks stated inline, with
// defaults), tests/authoring/fixture.ts (a playbook written to be edited), tests/git/git-fixture.ts
// (the same, committed to a real git repository) and tests/site/build-site.ts (a built site).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll } from 'vitest';

/** Path (relative to the content folder) -> text; `null` leaves a file out (of a set of defaults). */
export type PlaybookFiles = Readonly<Record<string, string | null>>;

export interface Playbook {
  /** The temporary folder: the CLI's working directory, and a git repository's root. */
  root: string;
  /** The content folder, absolute. */
  dir: string;
  /** The content folder, relative to the root (`content`). */
  contentPath: string;
  /** Writes (or overwrites) a file relative to the content folder. */
  write(path: string, text: string | Buffer): void;
  read(path: string): string;
  /** Replaces `from` by `to` in a file of the content folder (it must be there exactly once). */
  edit(path: string, from: string, to: string): void;
  remove(path: string): void;
  /** Every file under the content folder, hidden ones included, relative to it, sorted. */
  list(): string[];
  /** A hash of every file under the content folder (paths and bytes). */
  hash(): string;
  /** The 1-based line of a file of the content folder that holds `text` (the first after a line holding `after`). */
  lineOf(path: string, text: string, after?: string): number;
  /** Removes the temporary folder now rather than after the test file. */
  cleanup(): void;
}

export interface BuildOptions {
  /** The content folder, relative to the root; `content` by default. */
  contentPath?: string;
  /** The start of the temporary folder's name, to tell the areas' folders apart in /tmp. */
  prefix?: string;
}

// Every folder made here is removed after the test file that made it.
const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'followthrough-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes each file below `dir`, making the folders it needs; `null` entries are skipped. */
export function writeFiles(dir: string, files: PlaybookFiles): void {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Writes a playbook's files to a fresh temporary folder. */
export function buildPlaybook(files: PlaybookFiles, options: BuildOptions = {}): Playbook {
  const root = tempDir(options.prefix);
  const contentPath = options.contentPath ?? 'content';
  const dir = join(root, contentPath);
  mkdirSync(dir, { recursive: true });
  writeFiles(dir, files);
  const playbook: Playbook = {
    root,
    dir,
    contentPath,
    write: (path, text) => writeFiles(dir, { [path]: text as string }),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    edit(path, from, to) {
      const text = playbook.read(path);
      if (text.split(from).length !== 2) throw new Error(`${path}: expected ${JSON.stringify(from)} exactly once`);
      playbook.write(path, text.replace(from, () => to));
    },
    remove: (path) => rmSync(join(dir, path)),
    list: () => walk(dir).map((path) => relative(dir, path)).sort(),
    hash() {
      const hash = createHash('sha256');
      for (const path of playbook.list()) hash.update(`${path}\0`).update(readFileSync(join(dir, path))).update('\0');
      return hash.digest('hex');
    },
    lineOf: (path, text, after) => lineOf(playbook.read(path), text, after),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  return playbook;
}

/** The 1-based line of the first line of `fileText` that contains `text` (at or after the first holding `after`). */
export function lineOf(fileText: string, text: string, after?: string): number {
  const lines = fileText.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((line) => line.includes(after));
  const index = lines.findIndex((line, i) => i >= start && line.includes(text));
  if (index < 0) throw new Error(`no line with ${JSON.stringify(text)}`);
  return index + 1;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
