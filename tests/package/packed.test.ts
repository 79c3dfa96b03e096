// The package as a team gets it, end to end: `npm pack`; a fresh folder installs the tarball;
// `playbook init` there (the installed command) with --package-spec the tarball; `npm install`;
// `npx playbook check` passes and `npm run build` writes the site with its search index and the
// example account's pages; the workflows call the installed command; the tarball holds no tests
// and no example playbook. `npm create followthrough` (its bin, run directly) writes a repository
// too. It needs the npm registry for the packages the tarball depends on (from npm's cache when
// it has them: --prefer-offline), and is skipped only when the registry cannot be reached.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
// Node 24 first on the PATH, for npm's scripts as for ours (the machine's own node may be older).
const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
for (const name of ['PLAYBOOK_CONTENT_DIR', 'PLAYBOOK_AS_OF', 'PLAYBOOK_OUT_DIR', 'PLAYBOOK_CACHE_DIR', 'PLAYBOOK_BASE', 'PLAYBOOK_SITE_URL', 'npm_config_prefix']) delete env[name];
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

function run(command: string, args: string[], cwd: string, timeout = 300_000): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  if (result.error) throw result.error;
  return result;
}
const ok = (result: SpawnSyncReturns<string>) => expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

const online = run('npm', ['ping', '--loglevel=error'], ROOT, 30_000).status === 0;
const temp = mkdtempSync(join(tmpdir(), 'followthrough-packed-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const timings: string[] = [];
function timed<T>(label: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
afterAll(() => console.log(`packed package, end to end: ${timings.join(', ')}`));

describe.skipIf(!online)('the packed package, installed in a fresh folder', { timeout: 600_000 }, () => {
  let tarball = '';
  const team = join(temp, 'acme-playbook');

  it('packs lib/, src/, schemas/ and templates/, without tests or the example playbook', () => {
    const packed = timed('npm pack', () => run('npm', ['pack', '--json', '--pack-destination', temp, '--loglevel=error'], ROOT));
    ok(packed);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; size: number; files: { path: string }[] }[];
    tarball = join(temp, info!.filename);
    timings.push(`tarball ${Math.round(info!.size / 1024)} KB, ${info!.files.length} files`);
    const paths = info!.files.map((file) => file.path);
    expect(paths.filter((path) => /^(tests|content|scripts|packages|\.github|\.ci|dist|test-results)\//.test(path))).toEqual([]);
    for (const path of ['package.json', 'lib/playbook.cjs', 'lib/cli.cjs', 'lib/index.js', 'lib/THIRD-PARTY-LICENSES.md', 'src/routes/index.astro', 'src/site/collections.ts', 'schemas/playbook.schema.json', 'templates/team/dot-github/workflows/pr.yml', 'CHANGELOG.md']) {
      expect(paths, path).toContain(path);
    }
  });

  it('installs, and its playbook command writes a repository with --package-spec the tarball', () => {
    mkdirSync(team);
    ok(timed('npm install <tarball>', () => run('npm', ['install', tarball, ...NPM_FLAGS], team)));
    const playbook = join(team, 'node_modules/.bin/playbook');
    expect(run(playbook, ['--version'], team).stdout).toBe(`${version}\n`);
    const init = run(playbook, ['init', '--package-spec', tarball, '--yes', '--company', 'Acme Field Services', '--time-zone', 'America/Toronto', '--person', 'Jane Doe', '--person', 'kim:Kim Lee'], team);
    ok(init);
    expect(init.stdout).toContain('Wrote a playbook for Acme Field Services');
    expect(JSON.parse(readFileSync(join(team, 'package.json'), 'utf8')).dependencies.followthrough).toBe(`file:../${basename(tarball)}`);
    // The files whose names start with a dot, which npm would not pack as they are.
    for (const path of ['.gitignore', '.node-version', '.vscode/settings.json', '.github/workflows/pr.yml', '.github/dependabot.yml']) {
      expect(existsSync(join(team, path)), path).toBe(true);
    }
  });

  it('npm install, then `npx playbook check` passes', () => {
    ok(timed('npm install', () => run('npm', ['install', ...NPM_FLAGS], team)));
    const check = timed('npx playbook check', () => run('npx', ['playbook', 'check'], team));
    ok(check);
    // The schemas the editor settings and the YAML files name are there, in the installed package.
    expect(existsSync(join(team, 'node_modules/followthrough/schemas/playbook.schema.json'))).toBe(true);
    expect(readFileSync(join(team, 'content/playbook.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/followthrough\/schemas\/playbook\.schema\.json$/m);
    // The team's commands run on the Node this package pins, from its own node_modules.
    expect(run('npm', ['run', '--silent', 'playbook', '--', '--version'], team).stdout).toBe(`${version}\n`);
  });

  it('Node itself loads the team\'s astro.config.mjs, as Astro first tries (no .ts under node_modules on that path)', () => {
    const loaded = run(process.execPath, ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.map((i) => i.name).join())"], team);
    ok(loaded);
    expect(loaded.stdout.trim()).toBe('followthrough');
  });

  it('`npm run build` writes the site, its search index and the example account\'s pages', () => {
    // A page of the team's own that is in search: indexed after the package's, in a shard of its own.
    mkdirSync(join(team, 'src/pages'), { recursive: true });
    writeFileSync(join(team, 'src/pages/handbook.astro'), '<html lang="en"><head><meta charset="utf-8"><title>Handbook</title></head><body><main data-pagefind-body><h1>Our handbook</h1></main></body></html>\n');
    const build = timed('npm run build', () => run('npm', ['run', 'build'], team));
    ok(build);
    expect(existsSync(join(team, 'dist/pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(team, 'dist/pagefind')).some((name) => name.startsWith('pagefind-entry'))).toBe(true);
    expect(readFileSync(join(team, 'dist/accounts/example-client/index.html'), 'utf8')).toContain('Example Client');
    expect(existsSync(join(team, 'dist/accounts/example-client/first-project/index.html'))).toBe(true);
    expect(existsSync(join(team, 'dist/people/jane-doe/index.html'))).toBe(true);
    const pages = (dir: string) => Object.values((JSON.parse(readFileSync(join(team, 'dist/pagefind', dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(JSON.parse(readFileSync(join(team, 'dist/pagefind/shards.json'), 'utf8'))).toEqual(['shards/2/']);
    expect(pages('shards/2')).toBe(1);
    expect(pages('')).toBeGreaterThan(3);
  });

  it('its workflows call the installed command and run no tests of ours', () => {
    const runs = readdirSync(join(team, '.github/workflows')).flatMap((name) =>
      Object.values((parse(readFileSync(join(team, '.github/workflows', name), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> }).jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : []))),
    );
    expect(runs.filter((line) => line.includes('playbook')).length).toBeGreaterThanOrEqual(4);
    for (const line of runs) {
      expect(line).not.toMatch(/npm run --silent playbook|npm test|\.ci\/run|vitest/);
      if (line.includes('playbook')) expect(line).toMatch(/^npx playbook /);
    }
  });

  it('`npm create followthrough` (its bin, beside the installed package) writes a repository too', () => {
    const created = join(temp, 'created');
    cpSync(join(ROOT, 'packages/create-followthrough'), join(team, 'node_modules/create-followthrough'), { recursive: true });
    const result = run(process.execPath, [join(team, 'node_modules/create-followthrough/index.js'), created, '--yes', '--empty', '--person', 'Jane Doe'], temp);
    ok(result);
    expect(JSON.parse(readFileSync(join(created, 'package.json'), 'utf8')).dependencies.followthrough).toBe(`^${version}`);
    expect(existsSync(join(created, 'content/people.yaml'))).toBe(true);
  });
});

describe('create-followthrough', () => {
  it('is released with followthrough: the same version, depending on exactly it', () => {
    const create = JSON.parse(readFileSync(join(ROOT, 'packages/create-followthrough/package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; bin: Record<string, string> };
    expect(create.version).toBe(version);
    expect(create.dependencies).toEqual({ followthrough: version });
    expect(existsSync(join(ROOT, 'packages/create-followthrough', create.bin['create-followthrough']!))).toBe(true);
  });
});
