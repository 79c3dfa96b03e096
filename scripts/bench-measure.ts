// Timing whole processes for the benchmark: each run is a fresh process, measured from outside
// the way a person waits for it (start-up included, npm's own start-up not), and a command is
// always compared with its baseline in the same rounds, interleaved, so that a machine busy with
// other work slows both alike and the ratio of their medians stays meaningful.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** GNU time reports a child's CPU time and peak RSS, which Node cannot learn of a child. */
const GNU_TIME = '/usr/bin/time';
const TIMED = existsSync(GNU_TIME);

export interface RunMeasure {
  wallMs: number;
  /** User plus system CPU time; NaN without GNU time. */
  cpuMs: number;
  /** Peak resident set size of the process (the largest of its children if larger); NaN without GNU time. */
  maxRssMb: number;
}

export interface Invocation {
  argv: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Untimed work before each run (a fresh copy of a playbook for an edit). */
  before?: () => void;
  /** Exit codes that count as success; default [0]. */
  okCodes?: number[];
}

/** Runs `argv` once and measures it; throws with its stderr when it fails. */
export function runOnce(inv: Invocation): RunMeasure {
  inv.before?.();
  const argv = TIMED ? [GNU_TIME, '-f', 'bench-time %U %S %M', ...inv.argv] : inv.argv;
  const start = performance.now();
  const child = spawnSync(argv[0]!, argv.slice(1), { cwd: inv.cwd, env: inv.env ?? process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  // GNU time exits with the command's own code.
  if (!(inv.okCodes ?? [0]).includes(child.status ?? -1)) {
    const why = (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ');
    throw new Error(`${inv.argv.join(' ')} failed: ${why}`);
  }
  const m = /bench-time (\S+) (\S+) (\d+)/.exec(child.stderr ?? '');
  return {
    wallMs,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN,
    maxRssMb: m ? Number(m[3]) / 1024 : NaN,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PairResult {
  command: RunMeasure[];
  baseline: RunMeasure[];
}

/**
 * `rounds` rounds of command and baseline, alternating which goes first so that neither always
 * follows the other (a run can warm or cool the disk cache for the next). One untimed warm-up
 * each first: the compile cache and the page cache are then as a person's second run finds them.
 */
export function interleave(command: Invocation, baseline: Invocation, rounds: number, progress: (line: string) => void): PairResult {
  runOnce(command);
  runOnce(baseline);
  const result: PairResult = { command: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['baseline', 'command'] as const) : (['command', 'baseline'] as const);
    for (const which of order) result[which].push(runOnce(which === 'command' ? command : baseline));
    const c = result.command.at(-1)!;
    const b = result.baseline.at(-1)!;
    progress(`round ${round + 1}/${rounds}: ${c.wallMs.toFixed(0)} ms vs baseline ${b.wallMs.toFixed(0)} ms`);
  }
  return result;
}
