// The benchmark's tasks. Each runs once per fresh process (see bench-worker.ts); `prepare` does
// the untimed setup (loading modules) and returns the work that is timed.
//
// To add a task, add an entry to TASKS: bench.ts reads the names from here, runs them in this
// order and gives each one after `floor` its own columns (median, ratio to floor, peak RSS).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

/** The "today" the benchmark playbooks are generated for and checked at. */
export const BENCH_AS_OF = '2026-11-22';

export interface BenchTask {
  /** The timed work may return `{ maxRssMb }` when its peak is another process's (see `site`). */
  prepare(dir: string): Promise<() => unknown>;
}

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** GNU time, to learn a child process's peak RSS (Node cannot read it). */
const GNU_TIME = '/usr/bin/time';

/** Every .yaml and .mdx file under `dir`. */
function contentFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...contentFiles(path));
    else if (/\.(ya?ml|mdx)$/.test(entry.name)) found.push(path);
  }
  return found;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

export const TASKS = {
  /**
   * The least any checker must do: read every file and parse its YAML with js-yaml's `load`,
   * which is what gray-matter (and so Astro's content layer) does. `check` is judged against it.
   */
  floor: {
    async prepare(dir) {
      return () => {
        let parsed = 0;
        for (const path of contentFiles(dir)) {
          const text = readFileSync(path, 'utf8');
          const source = path.endsWith('.mdx') ? (FRONTMATTER.exec(text)?.[1] ?? '') : text;
          if (yaml.load(source) !== undefined) parsed++;
        }
        return parsed;
      };
    },
  },

  /** The core check, including turning its result into the JSON the CLI would print. */
  check: {
    async prepare(dir) {
      // Imported here, not at the top, so `floor` runs even while the core is missing or broken.
      const { checkPlaybook } = await import('../src/core/check.ts');
      return () => {
        // Only the report's fields: the result may also carry the loaded content and model,
        // which are not part of the CLI's JSON (and may refer to themselves).
        const { asOf, counts, findings } = checkPlaybook(dir, { asOf: BENCH_AS_OF, now: new Date() });
        return JSON.stringify({ asOf, counts, findings }).length;
      };
    },
  },

  /**
   * The whole site build, as `npm run build` runs it: the gate, astro build, Pagefind; cold
   * (no content-layer cache). Its own process: the time includes start-up, and the peak RSS is
   * the largest process of the build (GNU time's %M: Node, or Pagefind's indexer if larger).
   */
  site: {
    async prepare(dir) {
      const out = `${dir}-site`;
      return () => {
        rmSync(out, { recursive: true, force: true });
        const build = [process.execPath, join(ROOT, 'scripts', 'build.ts')];
        const timed = existsSync(GNU_TIME);
        const child = spawnSync(timed ? GNU_TIME : build[0]!, timed ? ['-f', 'bench-max-rss-kb=%M', ...build] : build.slice(1), {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          env: {
            ...process.env,
            PLAYBOOK_CONTENT_DIR: dir,
            PLAYBOOK_AS_OF: BENCH_AS_OF,
            PLAYBOOK_OUT_DIR: join(out, 'dist'),
            PLAYBOOK_CACHE_DIR: join(out, 'cache'),
          },
        });
        if (child.status !== 0) throw new Error(`the site build failed: ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' ')}`);
        const kb = /bench-max-rss-kb=(\d+)/.exec(child.stderr)?.[1];
        return kb ? { maxRssMb: Number(kb) / 1024 } : undefined;
      };
    },
  },
} satisfies Record<string, BenchTask>;

export type TaskName = keyof typeof TASKS;
export const TASK_NAMES = Object.keys(TASKS) as TaskName[];
