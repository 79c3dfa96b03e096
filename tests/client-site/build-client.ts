// Builds client sites with `npm run build -- --client ...`'s script, once for all the test files
// that need the same one (cached-build.ts, in test-results/client-build/<name>/), under the same
// lock as the main site's builds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFiles } from '../helpers/playbook-builder.ts';
import { type BuildResult, cachedBuild, filesIn, fingerprint, ROOT } from '../site/cached-build.ts';

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

/** The output folder (`outDir`) has one folder per account. */
export type ClientBuild = BuildResult;

export function buildClient(options: ClientBuildOptions): Promise<ClientBuild> {
  const key = fingerprint(options, [options.contentDir ?? '', join(ROOT, 'src'), join(ROOT, 'scripts/build.ts'), join(ROOT, 'astro.client.config.mjs')]);
  return cachedBuild(join(BUILDS, options.name), key, (dir) => {
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
    return { outDir, contentDir, status: child.status ?? 1, stdout: child.stdout, stderr: child.stderr };
  });
}

export { filesIn };

/**
 * A file's text as a scan must read it: Pagefind's index, fragments and metadata are gzip
 * streams, decompressed here; everything else as UTF-8.
 */
export function readableText(file: string): string {
  const bytes = readFileSync(file);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}
