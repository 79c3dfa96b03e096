// One long process (a site build) measured from outside: its wall time, each output line with
// the moment it arrived (to tell where the time went), and the peak memory of every process in
// its tree by name (node, pagefind_extended), read from /proc while it runs. VmHWM is a process's
// own peak resident set size, so the last reading before it exits is its peak (to within the
// sampling interval's growth). The CPU time of each process is read the same way (utime + stime),
// so it misses at most a sampling interval's worth at each process's end: it says how much work a
// build did, which its wall time on a shared 2-core machine (±15% from run to run) does not.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ProcResult {
  wallMs: number;
  status: number | null;
  /** Each line of stdout and stderr, with the milliseconds since the start when it arrived. */
  lines: { ms: number; text: string }[];
  /** Peak RSS in MB by process name (the largest one process of that name reached). */
  peaks: Record<string, number>;
  /** CPU seconds (user + system) by process name, summed over every process of that name. */
  cpu: Record<string, number>;
}

const SAMPLE_MS = 100;
/** Clock ticks a second, the unit of /proc/<pid>/stat's times: 100 on every Linux build Node runs on. */
const TICKS = 100;

/** Pid -> [parent pid, name, VmHWM in kB, CPU seconds] of every process we can read. */
function processTable(): Map<number, [number, string, number, number]> {
  const table = new Map<number, [number, string, number, number]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const name = /^Name:\s*(.*)$/m.exec(status)?.[1] ?? '?';
      const ppid = Number(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? 0);
      const hwm = Number(/^VmHWM:\s*(\d+)/m.exec(status)?.[1] ?? 0);
      // Fields 14 and 15 (utime, stime), counted after the name in parentheses, which may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS;
      table.set(Number(entry), [ppid, name, hwm, cpu]);
    } catch {
      // It exited while we looked.
    }
  }
  return table;
}

export function runMeasured(argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: ProcResult['lines'] = [];
    const peaks: Record<string, number> = {};
    /** The latest CPU reading of each process of the tree, by pid. */
    const cpuOf = new Map<number, [string, number]>();
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const ms = performance.now() - start;
        pending += chunk;
        const parts = pending.split('\n');
        pending = parts.pop()!;
        for (const text of parts) lines.push({ ms, text });
      });
    }
    const sample = () => {
      const table = processTable();
      const inTree = (pid: number): boolean => {
        for (let p = pid, hops = 0; p > 1 && hops < 20; p = table.get(p)?.[0] ?? 0, hops++) if (p === child.pid) return true;
        return false;
      };
      for (const [pid, [, name, hwm, cpu]] of table) {
        if (!inTree(pid)) continue;
        if (hwm > 0) peaks[name] = Math.max(peaks[name] ?? 0, hwm / 1024);
        cpuOf.set(pid, [name, cpu]);
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const cpu: Record<string, number> = {};
      for (const [name, seconds] of cpuOf.values()) cpu[name] = (cpu[name] ?? 0) + seconds;
      resolve({ wallMs: performance.now() - start, status, lines, peaks, cpu });
    });
  });
}
