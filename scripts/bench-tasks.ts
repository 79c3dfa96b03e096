// The benchmark's tasks. Each runs once per fresh process (see bench-worker.ts); `prepare` does
// the untimed setup (loading modules) and returns the work that is timed.
//
// To add a task, add an entry to TASKS: bench.ts reads the names from here, runs them in this
// order and gives each one after `floor` its own columns (median, ratio to floor, peak RSS).
// Planned next: `site`, an `astro build` of the generated playbook.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The "today" the benchmark playbooks are generated for and checked at. */
export const BENCH_AS_OF = '2026-11-22';

export interface BenchTask {
  prepare(dir: string): Promise<() => unknown>;
}

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
} satisfies Record<string, BenchTask>;

export type TaskName = keyof typeof TASKS;
export const TASK_NAMES = Object.keys(TASKS) as TaskName[];
