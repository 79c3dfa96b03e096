// Runs one benchmark task once and prints {"ms", "maxRssMb"} as JSON on its last line:
//   node scripts/bench-worker.ts <task> <dir>
// Each run is a fresh process so that no run warms caches for the next, and so that peak RSS
// belongs to this task alone. `ms` covers only the task's timed work, not process start-up or
// module loading; maxRSS is the process's peak, start-up included, since that is what a CI job pays.
import { performance } from 'node:perf_hooks';
import { TASKS, TASK_NAMES, type TaskName } from './bench-tasks.ts';

const [task, dir] = process.argv.slice(2);
if (!task || !dir || !(TASK_NAMES as string[]).includes(task)) {
  console.error(`usage: node scripts/bench-worker.ts <${TASK_NAMES.join('|')}> <dir>`);
  process.exit(2);
}

try {
  const work = await TASKS[task as TaskName].prepare(dir);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  // resourceUsage().maxRSS is in kilobytes. A task whose work runs in a child process reports
  // that process's peak instead.
  const reported = (result as { maxRssMb?: unknown } | undefined)?.maxRssMb;
  const maxRssMb = Math.max(process.resourceUsage().maxRSS / 1024, typeof reported === 'number' ? reported : 0);
  console.log(JSON.stringify({ ms, maxRssMb }));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
