// Builds client sites with `npm run build -- --client ...`'s script, once for all the test files
// that need the same one (cached in test-results/client-build/<name>/ by a hash of the content,
// the options and the sources), under the same lock as the main site's builds: two Astro
// builds in one project at once would trample each other's .astro/ folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFiles } from '../helpers/playbook-builder.ts';
import { ROOT, withLock } from '../site/build-site.ts';

const BUILDS = join(ROOT, 'test-results', 'client-build');

export interface ClientBuildOptions {
  name: string;
  /** An existing content folder, or the files of one (written to <build>/content). */
  contentDir?: string;
  files?: Record<string, string>;
  asOf: string;
  /** The --client arguments, each passed as its own flag. */
  client: string[];
  /** Folders to leave in the output folder before the build, as an earlier build would have. */
  existing?: string[];
  /** More arguments, after the others. */
  extra?: string[];
}

export interface ClientBuild {
  /** The output folder: one folder per account in it. */
  outDir: string;
  contentDir: string;
  status: number;
  stdout: string;
  stderr: string;
}

export async function buildClient(options: ClientBuildOptions): Promise<ClientBuild> {
  const key = fingerprint(options);
  const dir = join(BUILDS, options.name);
  const marker = join(dir, 'result.json');
  const cached = readResult(marker, key);
  if (cached) return cached;
  await withLock(async () => {
    if (readResult(marker, key)) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const contentDir = options.contentDir ?? join(dir, 'content');
    writeFiles(contentDir, options.files ?? {});
    const outDir = join(dir, 'out');
    // An earlier client build's folders (a search page and a calendar), and a file of someone else's.
    for (const folder of options.existing ?? []) {
      mkdirSync(join(outDir, folder, 'search'), { recursive: true });
      for (const file of ['index.html', 'search/index.html', 'calendar.ics']) writeFileSync(join(outDir, folder, file), 'left by an earlier build');
    }
    if (options.existing) writeFileSync(join(outDir, 'NOTES.txt'), 'not a client site');
    const args = ['scripts/build.ts', '--content', relative(ROOT, contentDir), '--as-of', options.asOf, '--out', outDir, ...options.client.flatMap((c) => ['--client', c]), ...(options.extra ?? [])];
    const child = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PLAYBOOK_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = { key, outDir, contentDir, status: child.status ?? 1, stdout: child.stdout, stderr: child.stderr };
    writeFileSync(marker, JSON.stringify(result));
  });
  return readResult(marker, key)!;
}

function readResult(marker: string, key: string): ClientBuild | undefined {
  try {
    const result = JSON.parse(readFileSync(marker, 'utf8')) as ClientBuild & { key: string };
    return result.key === key ? result : undefined;
  } catch {
    return undefined;
  }
}

function fingerprint(options: ClientBuildOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(options));
  for (const path of [options.contentDir ?? '', join(ROOT, 'src'), join(ROOT, 'scripts/build.ts'), join(ROOT, 'astro.client.config.mjs')]) {
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

/**
 * A file's text as a scan must read it: Pagefind's index, fragments and metadata are gzip
 * streams, decompressed here; everything else as UTF-8.
 */
export function readableText(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}
