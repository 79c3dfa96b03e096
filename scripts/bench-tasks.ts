// What `npm run bench` compares: each CLI command with its baseline, as whole processes, and the
// goal for their ratio (issue #13). bench.ts runs them interleaved (bench-measure.ts).
//
// To add a comparison, add an entry to comparisons(): bench.ts reports each in this order.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlaybook, writePlaybook } from '../src/core/generate/synthetic-playbook.ts';
import type { Invocation } from './bench-measure.ts';

/** The "today" the benchmark playbooks are generated for and checked at. */
export const BENCH_AS_OF = '2026-11-22';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const NODE = process.execPath;
// The command as a team runs it: the package's `playbook` bin, the bundle `npm run bundle` writes
// (bench.ts writes it first), not this repository's `npm run playbook` of the TypeScript sources,
// whose entry Node must type-strip on every run.
export const CLI = join('lib', 'playbook.cjs');
const FLOOR = join('scripts', 'bench-floor.mjs');

export interface Goal {
  /** The command's median may be at most this many times the baseline's. */
  maxRatio: number;
  /** And at most this long, when set. */
  maxMs?: number;
}

export interface Comparison {
  name: string;
  /** What the baseline is, in words, for the report. */
  baselineName: string;
  command: Invocation;
  baseline: Invocation;
  goal: Goal;
}

/** Generates the playbook of `size` accounts (3 plans of 10 commitments each) into bench-out/, afresh. */
export function playbookOf(size: number): string {
  const dir = join(ROOT, 'bench-out', `${size}-accounts`);
  // Start from an empty folder so files of an earlier, different generation cannot linger.
  rmSync(dir, { recursive: true, force: true });
  const files = generatePlaybook({ accounts: size, asOf: BENCH_AS_OF });
  writePlaybook(dir, files);
  console.error(`${size} accounts: wrote ${files.size} files to ${relative(ROOT, dir)}`);
  return dir;
}

const run = (argv: string[], extra: Partial<Invocation> = {}): Invocation => ({ argv: [NODE, ...argv], cwd: ROOT, ...extra });

/** The first account of a playbook, and its owner (a person who may log a touchpoint). */
function someAccount(dir: string): { id: string; owner: string } {
  const id = readdirSync(join(dir, 'accounts')).sort()[0]!;
  const owner = /^owner: *(\S+)/m.exec(readFileSync(join(dir, 'accounts', id, 'index.mdx'), 'utf8'))?.[1];
  if (!owner) throw new Error(`accounts/${id}/index.mdx names no owner`);
  return { id, owner };
}

/** The comparisons for a playbook of `size` accounts generated in `dir`. */
export function comparisons(size: number, dir: string): Comparison[] {
  const { id, owner } = someAccount(dir);
  // Each edit run gets a fresh copy, so every run appends to the same file as the first; the
  // floor's runs copy too, so both find the files equally fresh in the page cache.
  const copy = `${dir}-edit`;
  const fresh = () => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(dir, copy, { recursive: true });
  };
  return [
    {
      name: '--help',
      baselineName: 'node -e 0',
      command: run([CLI, '--help']),
      baseline: run(['-e', '0']),
      goal: { maxRatio: 3 },
    },
    {
      name: `check, ${size} accounts`,
      baselineName: 'read + YAML-parse every file',
      command: run([CLI, 'check', '--content', dir, '--as-of', BENCH_AS_OF]),
      baseline: run([FLOOR, dir]),
      goal: { maxRatio: 2, maxMs: 1500 },
    },
    {
      name: `log, ${size} accounts`,
      baselineName: 'read + YAML-parse index.mdx, people.yaml, playbook.yaml',
      // Without --as-of, as a person runs it: the command then works out today's date in the
      // playbook's time zone, which it must do quickly too (src/cli/zone-date.ts).
      command: run([CLI, 'log', id, '--by', owner, '--kind', 'call', '--note', 'Benchmark call', '--content', copy], { before: fresh }),
      baseline: run([FLOOR, copy, `accounts/${id}/index.mdx`, 'people.yaml', 'playbook.yaml'], { before: fresh }),
      goal: { maxRatio: 1.5, maxMs: 500 },
    },
  ];
}
