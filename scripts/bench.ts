// The benchmark: Followthrough's commands against their floors, as whole processes, as ratios
// measured in the same run (see docs/benchmarks.md).
//   npm run bench [-- --sizes 1000] [--rounds 7] [--only help,check,log,validation]
//   npm run bench -- --site [--sizes 100,1000,2000,5000] [--rounds 1]
// Playbooks are generated into bench-out/ (gitignored); the report is printed and written to
// bench-out/report-cli.md (or report-site.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { interleave, median, type PairResult } from './bench-measure.ts';
import { benchSite } from './bench-site.ts';
import { comparisons, playbookOf, ROOT, type Comparison } from './bench-tasks.ts';
import { bundle } from './bundle.ts';
import { validationTimes } from './bench-validation.ts';

const usage = 'usage: npm run bench -- [--sizes 1000] [--rounds 7] [--only help,check,log,validation] | --site [--sizes 100,1000,2000,5000] [--rounds 1]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { sizes: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, site: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const sizesText = values.sizes ?? (values.site ? '100,1000,2000,5000' : '1000');
  const sizes = sizesText.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes must be whole numbers, got ${sizesText}`);
  const rounds = Number(values.rounds ?? (values.site ? '1' : '7'));
  if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds must be a whole number, got ${values.rounds}`);
  const only = values.only?.split(',').map((s) => s.trim().replace(/^--/, ''));
  return { sizes, rounds, only, site: values.site };
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(0));

function row(c: Comparison, r: PairResult): string[] {
  const wall = median(r.command.map((m) => m.wallMs));
  const base = median(r.baseline.map((m) => m.wallMs));
  const ratio = wall / base;
  const cpuRatio = median(r.command.map((m) => m.cpuMs)) / median(r.baseline.map((m) => m.cpuMs));
  const met = ratio <= c.goal.maxRatio && (c.goal.maxMs === undefined || wall < c.goal.maxMs);
  const goal = `≤${c.goal.maxRatio}x${c.goal.maxMs === undefined ? '' : `, <${c.goal.maxMs} ms`}`;
  const rss = Math.max(...r.command.map((m) => m.maxRssMb));
  return [c.name, ms(wall), `${c.baselineName}: ${ms(base)}`, `${ratio.toFixed(2)}x`, Number.isNaN(cpuRatio) ? '—' : `${cpuRatio.toFixed(2)}x`, ms(rss), goal, met ? 'met' : '**not met**'];
}

async function benchCli(sizes: number[], rounds: number, only: string[] | undefined): Promise<string> {
  const header = ['command', 'median ms', 'baseline median ms', 'wall ratio', 'CPU ratio', 'peak RSS MB', 'goal', ''];
  const rows: string[][] = [];
  const runs: string[] = [];
  const validation: string[] = [];
  await bundle();
  for (const [i, size] of sizes.entries()) {
    const dir = playbookOf(size);
    for (const c of comparisons(size, dir)) {
      const key = c.name.split(',')[0]!.replace(/^--/, '');
      if (only && !only.includes(key)) continue;
      if (key === 'help' && i > 0) continue; // it does not depend on the playbook
      const r = interleave(c.command, c.baseline, rounds, (line) => console.error(`${c.name}: ${line}`));
      rows.push(row(c, r));
      runs.push(`- ${c.name}: ${r.command.map((m) => ms(m.wallMs)).join(', ')} ms; baseline ${r.baseline.map((m) => ms(m.wallMs)).join(', ')} ms`);
    }
    if (!only || only.includes('validation')) {
      const v = validationTimes(dir);
      validation.push(
        `- ${size} accounts, ${v.documents} account and plan documents: the loader's in-place parser (compiled from the schemas; zod for what it declines) ${ms(v.inPlaceMs)} ms, plain zod 4 ${ms(v.plainMs)} ms (${(v.plainMs / v.inPlaceMs).toFixed(1)}x slower), zod's own compiled parser (\`z.compile\`) ${ms(v.zodCompiledMs)} ms (${(v.zodCompiledMs / v.inPlaceMs).toFixed(1)}x slower)`,
      );
    }
  }
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const validated = validation.length > 0 ? ['', 'Validation alone, in one process, best of 7 passes:', ...validation] : [];
  return [line(header), line(header.map(() => '---')), ...rows.map(line), '', 'Runs (wall time, in order):', ...runs, ...validated].join('\n');
}

const { sizes, rounds, only, site } = options();
const cpus = os.cpus();
const machine = `${new Date().toISOString().slice(0, 10)}; ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} CPUs, load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} at the start; Node ${process.version}; ${rounds} interleaved ${rounds === 1 ? 'round' : 'rounds'}, medians.`;
const report = site ? await benchSite(sizes, rounds) : await benchCli(sizes, rounds, only);
const text = `${report}\n\n${machine}\n`;
mkdirSync(join(ROOT, 'bench-out'), { recursive: true });
writeFileSync(join(ROOT, 'bench-out', site ? 'report-site.md' : 'report-cli.md'), text);
console.log(text);
