// The site part of the benchmark (`npm run bench -- --site`): our build (`npm run build`'s
// scripts/build.ts: gate, astro build, Pagefind inside it) against a bare Astro 7 site over the
// same MDX files (bench-bare-site.ts) followed by the Pagefind CLI, at each size, cold (no
// content-layer cache), interleaved. For each build: wall time, the peak memory of each process
// (Node; Pagefind's own binary), and where the time went, read from Astro's log lines.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { median } from './bench-measure.ts';
import { writeBareSite } from './bench-bare-site.ts';
import { runMeasured, type ProcResult } from './bench-proc.ts';
import { BENCH_AS_OF, playbookOf, ROOT } from './bench-tasks.ts';

const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', '@pagefind', 'linux-x64', 'bin', 'pagefind_extended');

interface Build {
  wallMs: number;
  /** Peak RSS by process name, MB. */
  peaks: Record<string, number>;
  /** CPU seconds (user + system) by process name, every process of the build. */
  cpu: Record<string, number>;
  /** Seconds spent in each phase, in order. */
  phases: [string, number][];
  pages: number;
}

/** Where a build's time went: each phase ends at the first line matching its pattern. */
const PHASES: [string, RegExp][] = [
  ['start-up (config, our gate)', /\[content\] Syncing content/],
  ['content sync', /\[content\] Synced content/],
  ['types, build info', /Building static entrypoints/],
  ['Vite bundling', /generating static routes/],
  ['rendering pages', /✓ Completed in/],
  ['Pagefind tail, finishing', /\[build\] Complete!/],
];

function phasesOf(result: ProcResult, extra: [string, number][] = []): [string, number][] {
  const phases: [string, number][] = [];
  let from = 0;
  let index = 0;
  for (const [name, pattern] of PHASES) {
    const found = result.lines.findIndex((line, i) => i >= index && pattern.test(line.text));
    if (found < 0) continue;
    phases.push([name, (result.lines[found]!.ms - from) / 1000]);
    from = result.lines[found]!.ms;
    index = found + 1;
  }
  phases.push(['exit', (result.wallMs - from) / 1000]);
  return [...phases, ...extra];
}

function failed(what: string, result: ProcResult): never {
  throw new Error(`${what} failed (exit ${result.status}): ${result.lines.slice(-5).map((l) => l.text).join(' | ')}`);
}

async function ourBuild(dir: string, out: string): Promise<Build> {
  rmSync(out, { recursive: true, force: true });
  const env = {
    ...process.env,
    PLAYBOOK_CONTENT_DIR: dir,
    PLAYBOOK_AS_OF: BENCH_AS_OF,
    PLAYBOOK_OUT_DIR: join(out, 'dist'),
    PLAYBOOK_CACHE_DIR: join(out, 'cache'),
    // Astro's info log is where the phases are read from (a line per page: it costs little).
    PLAYBOOK_BUILD_LOG: 'info',
  };
  const result = await runMeasured([NODE, join('scripts', 'build.ts')], { cwd: ROOT, env });
  if (result.status !== 0) failed('our build', result);
  const pages = Number(/(\d+) page\(s\) built/.exec(result.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
  return { wallMs: result.wallMs, peaks: result.peaks, cpu: result.cpu, phases: phasesOf(result), pages };
}

async function bareBuild(dir: string, out: string, bareRoot: string): Promise<Build> {
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, BARE_CONTENT_DIR: dir, BARE_OUT_DIR: join(out, 'dist'), BARE_CACHE_DIR: join(out, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = await runMeasured([NODE, ASTRO, 'build', '--root', bareRoot], { cwd: bareRoot, env });
  if (astro.status !== 0) failed('the bare Astro build', astro);
  const pagefind = await runMeasured([PAGEFIND, '--site', join(out, 'dist')], { cwd: bareRoot, env });
  if (pagefind.status !== 0) failed('Pagefind', pagefind);
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.lines.map((l) => l.text).join('\n'))?.[1] ?? 0);
  const peaks = { ...astro.peaks };
  for (const [name, mb] of Object.entries(pagefind.peaks)) peaks[name] = Math.max(peaks[name] ?? 0, mb);
  const cpu = { ...astro.cpu };
  for (const [name, seconds] of Object.entries(pagefind.cpu)) cpu[name] = (cpu[name] ?? 0) + seconds;
  return { wallMs: astro.wallMs + pagefind.wallMs, peaks, cpu, phases: phasesOf(astro, [['Pagefind CLI', pagefind.wallMs / 1000]]), pages };
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(0));
/** Node names its main thread, which /proc reports as the process name. */
const nodePeak = (b: Build) => Math.max(b.peaks.node ?? 0, b.peaks.MainThread ?? 0);
const pagefindPeak = (b: Build) => Math.max(...Object.entries(b.peaks).filter(([name]) => name.startsWith('pagefind')).map(([, v]) => v), 0);

/** A build's CPU seconds in all, and by process name (Node's main process reports as MainThread). */
const cpuTotal = (b: Build) => Object.values(b.cpu).reduce((sum, seconds) => sum + seconds, 0);

function cpuLine(label: string, builds: Build[]): string {
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.cpu)))].sort();
  const parts = names.map((name) => `${name} ${median(builds.map((b) => b.cpu[name] ?? 0)).toFixed(1)}`);
  return `- ${label}, CPU seconds (user + system, medians): ${median(builds.map(cpuTotal)).toFixed(1)} in all (${parts.join(', ')})`;
}

function phaseTable(label: string, builds: Build[]): string[] {
  const names = builds[0]!.phases.map(([name]) => name);
  const cells = names.map((name) => `${name} ${median(builds.map((b) => b.phases.find(([n]) => n === name)?.[1] ?? 0)).toFixed(1)} s`);
  return [`- ${label}: ${cells.join('; ')}`];
}

export async function benchSite(sizes: number[], rounds: number): Promise<string> {
  const bareRoot = writeBareSite();
  const heapMb = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  const rows: string[] = [];
  const details: string[] = [];
  for (const size of sizes) {
    const dir = playbookOf(size);
    const ours: Build[] = [];
    const bare: Build[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so that neither always finds the disk cache warmed by the other.
      const order = round % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      for (const which of order) {
        console.error(`${size} accounts, round ${round + 1}/${rounds}: ${which} build...`);
        try {
          const build = which === 'ours' ? await ourBuild(dir, `${dir}-site`) : await bareBuild(dir, `${dir}-bare`, bareRoot);
          (which === 'ours' ? ours : bare).push(build);
          console.error(`  ${s(build.wallMs)} s, ${build.pages} pages, peaks ${JSON.stringify(Object.fromEntries(Object.entries(build.peaks).map(([k, v]) => [k, Math.round(v)])))}`);
        } catch (error) {
          // A build that fails (the bare site running out of memory, say) is a result, not the end of the run.
          const why = (error as Error).message;
          console.error(`  failed: ${why}`);
          details.push(`- ${size} accounts, ${which}: failed: ${why.slice(0, 400)}`);
        }
      }
    }
    if (ours.length === 0 || bare.length === 0) {
      rows.push(`| ${size} | ${ours.length ? `${ours[0]!.pages} | ${s(median(ours.map((b) => b.wallMs)))} | ${mb(Math.max(...ours.map(nodePeak)))} | ${mb(Math.max(...ours.map(pagefindPeak)))}` : 'failed | — | — | —'} | ${bare.length ? `${bare[0]!.pages} | ${s(median(bare.map((b) => b.wallMs)))} | ${mb(Math.max(...bare.map(nodePeak)))} | ${mb(Math.max(...bare.map(pagefindPeak)))}` : 'failed | — | — | —'} | — |`);
      continue;
    }
    const oursMs = median(ours.map((b) => b.wallMs));
    const bareMs = median(bare.map((b) => b.wallMs));
    const oursNode = Math.max(...ours.map(nodePeak));
    const oursPagefind = Math.max(...ours.map(pagefindPeak));
    rows.push(
      `| ${size} | ${ours[0]!.pages} | ${s(oursMs)} | ${mb(oursNode)} | ${mb(oursPagefind)} | ${bare[0]!.pages} | ${s(bareMs)} | ${mb(Math.max(...bare.map(nodePeak)))} | ${mb(Math.max(...bare.map(pagefindPeak)))} | ${(oursMs / bareMs).toFixed(2)}x |`,
    );
    details.push(...phaseTable(`${size} accounts, ours`, ours), ...phaseTable(`${size} accounts, bare Astro 7`, bare));
    details.push(cpuLine(`${size} accounts, ours`, ours), cpuLine(`${size} accounts, bare Astro 7`, bare));
    details.push(`- ${size} accounts, runs: ours ${ours.map((b) => s(b.wallMs)).join(', ')} s; bare ${bare.map((b) => s(b.wallMs)).join(', ')} s`);
  }
  return [
    '| accounts | our pages | our build s | our Node peak MB | our Pagefind peak MB | bare pages | bare Astro + Pagefind s | bare Node peak MB | bare Pagefind peak MB | ours / bare |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Where the time went (medians, seconds; Node's default heap limit here: ${heapMb.toFixed(0)} MB):`,
    ...details,
  ].join('\n');
}
