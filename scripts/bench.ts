// The benchmark: how long the core check takes on large playbooks, against the floor of merely
// reading and YAML-parsing the same files.
//   npm run bench [-- --sizes 100,1000] [--runs 5] [--only floor|check]
// Each size is generated into bench-out/ (gitignored), each task runs `runs` times in a fresh
// process (scripts/bench-worker.ts), and the table reports the median time and the peak RSS.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePlaybook, writePlaybook } from '../src/core/generate/synthetic-playbook.ts';
import { BENCH_AS_OF, TASK_NAMES, type TaskName } from './bench-tasks.ts';

const PLANS_PER_ACCOUNT = 3;
const COMMITMENTS_PER_PLAN = 10;
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const usage = `usage: npm run bench -- [--sizes 100,1000] [--runs 5] [--only ${TASK_NAMES.join('|')}]`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '100,1000' },
        runs: { type: 'string', default: '5' },
        only: { type: 'string' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes must be whole numbers, got ${values.sizes}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number, got ${values.runs}`);
  const only = values.only?.split(',').map((s) => s.trim());
  for (const name of only ?? []) if (!(TASK_NAMES as string[]).includes(name)) fail(`unknown task ${name}`);
  const tasks = TASK_NAMES.filter((name) => !only || only.includes(name));
  return { sizes, runs, tasks };
}

type Outcome = { runsMs: number[]; medianMs: number; peakRssMb: number } | { error: string };

/** One task, `runs` times, each in its own process. A failing task reports its error, not a crash. */
function measure(task: TaskName, dir: string, runs: number, label: string): Outcome {
  const runsMs: number[] = [];
  let peakRssMb = 0;
  for (let run = 1; run <= runs; run++) {
    const child = spawnSync(process.execPath, [join('scripts', 'bench-worker.ts'), task, dir], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = child.stdout?.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      const why = (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n')[0];
      console.error(`${label} ${task}: failed: ${why}`);
      return { error: why ?? 'failed' };
    }
    const { ms, maxRssMb } = JSON.parse(last) as { ms: number; maxRssMb: number };
    runsMs.push(ms);
    peakRssMb = Math.max(peakRssMb, maxRssMb);
    console.error(`${label} ${task}: run ${run}/${runs} ${ms.toFixed(1)} ms, ${maxRssMb.toFixed(1)} MB`);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runsMs, medianMs, peakRssMb };
}

interface SizeResult {
  size: number;
  files: number;
  commitments: number;
  outcomes: Partial<Record<TaskName, Outcome>>;
}

function table(results: SizeResult[]): string {
  const later = TASK_NAMES.filter((name) => name !== 'floor');
  const header = ['size', 'files', 'commitments', 'floor median ms'];
  for (const name of later) header.push(`${name} median ms`, `${name}/floor ratio`, `${name} peak RSS MB`);
  const rows = results.map(({ size, files, commitments, outcomes }) => {
    const cell = (o: Outcome | undefined, show: (ok: Extract<Outcome, { medianMs: number }>) => string) =>
      !o ? 'skipped' : 'error' in o ? 'error' : show(o);
    const floor = outcomes.floor;
    const row = [String(size), String(files), String(commitments), cell(floor, (o) => o.medianMs.toFixed(1))];
    for (const name of later) {
      const o = outcomes[name];
      row.push(
        cell(o, (ok) => ok.medianMs.toFixed(1)),
        cell(o, (ok) => (floor && 'medianMs' in floor ? `${(ok.medianMs / floor.medianMs).toFixed(1)}x` : '—')),
        cell(o, (ok) => ok.peakRssMb.toFixed(1)),
      );
    }
    return row;
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function details(results: SizeResult[]): string[] {
  const lines: string[] = [];
  for (const { size, outcomes } of results) {
    for (const [name, o] of Object.entries(outcomes)) {
      lines.push(
        'error' in o
          ? `- ${size} accounts, ${name}: error: ${o.error}`
          : `- ${size} accounts, ${name}: runs ${o.runsMs.map((ms) => ms.toFixed(1)).join(', ')} ms; peak RSS ${o.peakRssMb.toFixed(1)} MB`,
      );
    }
  }
  return lines;
}

const { sizes, runs, tasks } = options();
const results: SizeResult[] = [];
for (const size of sizes) {
  const dir = join(root, 'bench-out', `${size}-accounts`);
  // Start from an empty folder so files of an earlier, different generation cannot linger.
  rmSync(dir, { recursive: true, force: true });
  const files = generatePlaybook({
    accounts: size,
    plansPerAccount: PLANS_PER_ACCOUNT,
    commitmentsPerPlan: COMMITMENTS_PER_PLAN,
    asOf: BENCH_AS_OF,
  });
  writePlaybook(dir, files);
  console.error(`${size} accounts: wrote ${files.size} files to ${relative(root, dir)}`);
  const outcomes: SizeResult['outcomes'] = {};
  for (const task of tasks) outcomes[task] = measure(task, dir, runs, `${size} accounts`);
  results.push({ size, files: files.size, commitments: size * PLANS_PER_ACCOUNT * COMMITMENTS_PER_PLAN, outcomes });
}

const cpus = os.cpus();
console.log(table(results));
console.log('');
console.log(details(results).join('\n'));
console.log('');
console.log(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} CPUs, Node ${process.version}, ${runs} runs each.`);
