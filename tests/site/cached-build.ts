// A site build made once for all the test files that need the same one (site, client-site and
// browser tests run in parallel workers): each goes to test-results/<kind>/<name>/ with its
// result in result.json, keyed by a hash of its settings, its content and the sources it is built
// from, so that a code change rebuilds; and a lock directory makes other workers wait for it
// rather than build at the same time (two Astro processes in one project would trample each
// other's .astro/).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOCK = join(ROOT, 'test-results', 'site-build', '.lock');

/** What every build returns; the caller's own fields come with it. */
export interface BuildResult {
  /** The built site (empty when the build failed). */
  outDir: string;
  /** The content folder it was built from. */
  contentDir: string;
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The result of the build in `dir` made with `key`, or, under the lock, a fresh one: `dir` is
 * emptied and `build(dir)` makes it.
 */
export async function cachedBuild<T extends BuildResult>(dir: string, key: string, build: (dir: string) => T): Promise<T> {
  const marker = join(dir, 'result.json');
  const cached = readResult<T>(marker, key);
  if (cached) return cached;
  await withLock(async () => {
    if (readResult(marker, key)) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(marker, JSON.stringify({ key, ...build(dir) }));
  });
  return readResult<T>(marker, key)!;
}

function readResult<T>(marker: string, key: string): T | undefined {
  try {
    const result = JSON.parse(readFileSync(marker, 'utf8')) as T & { key: string };
    return result.key === key ? result : undefined;
  } catch {
    return undefined;
  }
}

/** A hash of `settings` (as JSON) and of every file under `paths` (their paths and bytes). */
export function fingerprint(settings: unknown, paths: string[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings));
  for (const path of paths) {
    for (const file of filesIn(path)) {
      hash.update(relative(ROOT, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `path` (or `path` itself), sorted. */
export function filesIn(path: string): string[] {
  if (!path || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesIn(join(path, name)));
}

/** Runs `work` while no other test runs Astro in this project (a build or `astro dev`). */
export async function withLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // It went away meanwhile.
      }
      if (Date.now() - started > 900_000) throw new Error(`waited 15 minutes for ${LOCK}`);
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
