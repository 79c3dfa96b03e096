// `astro dev` shows an edit without a restart: after a plan's title and body are changed in its
// file, the plan's page shows both (the title comes from the checked playbook, the body from
// Astro's content store, so both must be reloaded). The server runs on a copy of the fixture playbook in a
// temporary folder, outside the project, as a team's content may be. The time from the save to
// the first page that shows the edit is printed.
//
// A file saved with an error in it does not stop the server, and neither does one already there
// when it starts: the terminal says what stops the build once, every page says it at its top
// (DevErrors.astro), and the pages show what could still be read until the file is fixed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlaybook } from '../helpers/playbook-builder.ts';
import { ROOT, textOf, withLock } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_FILES } from './fixture-playbook.ts';

const PLAN = 'accounts/northwind/rollout.mdx';
const PAGE = '/accounts/northwind/rollout/';

// Written by the shared builder: the fixture playbook, outside the project.
const { root: dir, dir: contentDir } = buildPlaybook(FIXTURE_FILES, { prefix: 'followthrough-dev-' });
let server: ChildProcess | undefined;
/** What the server has printed, both streams. */
let output = '';

afterAll(stopDevServer);

describe('astro dev', () => {
  it('shows an edited plan on the next request', async () => {
    await withLock(async () => {
      const url = await startDevServer(contentDir);
      await until(async () => (await plan(url))?.title === 'Scanner rollout', 120_000);

      const planFile = join(contentDir, PLAN);
      const edited = readFileSync(planFile, 'utf8')
        .replace('title: Scanner rollout', 'title: Scanner rollout, phase two')
        .replace('Scanners for eight facilities', 'Scanners for nine facilities');
      writeFileSync(planFile, edited);
      const saved = performance.now();
      await until(async () => {
        const shown = await plan(url);
        return shown?.title === 'Scanner rollout, phase two' && shown.text.includes('Scanners for nine facilities');
      }, 30_000);
      console.log(`astro dev: the edited plan showed ${Math.round(performance.now() - saved)} ms after the save`);

      // A date that is not one: said once in the terminal and on the page, and gone once fixed.
      const before = output.length;
      writeFileSync(planFile, edited.replace('due: 2026-10-15', 'due: 2026-10-32'));
      await until(async () => (await devErrors(url))?.includes(`${PLAN}:`) === true, 30_000);
      expect(await devErrors(url)).toContain('`due` is "2026-10-32"; expected a real calendar date');
      await until(async () => output.slice(before).includes('2 errors') || output.slice(before).includes('1 error'), 30_000);
      expect(output.slice(before).split('The playbook cannot be built until these are fixed').length - 1).toBe(1);
      expect(output.slice(before)).not.toMatch(/^\s+at /m);
      writeFileSync(planFile, edited);
      await until(async () => (await devErrors(url)) === null, 30_000);
    });
  }, 300_000);

  it('starts on a playbook with an error in it, and says what stops the build on every page', async () => {
    await withLock(async () => {
      const broken = buildPlaybook({ ...FIXTURE_FILES, [PLAN]: FIXTURE_FILES[PLAN]!.replace('owner: kim-lee', 'owner: nobody-here') }, { prefix: 'followthrough-dev-broken-' });
      await stopDevServer();
      const url = await startDevServer(broken.dir);
      await until(async () => (await devErrors(url)) !== undefined, 120_000);
      expect(await devErrors(url)).toContain(`${PLAN}:`);
      expect(await devErrors(url)).toContain('`nobody-here` (the plan owner) is not a person');
      // The other pages still show what they hold.
      expect(textOf(await (await fetch(`${url}/accounts/`)).text())).toContain('Northwind');
      expect(output).not.toMatch(/^\s+at /m);
    });
  }, 300_000);
});

/** The text of the box that says what stops the build; null on a page without it, undefined while the server cannot answer. */
async function devErrors(url: string): Promise<string | null | undefined> {
  try {
    const html = await (await fetch(`${url}${PAGE}`)).text();
    const box = /<section class="dev-errors"[\s\S]*?<\/section>/.exec(html);
    return box ? textOf(box[0]) : null;
  } catch {
    return undefined;
  }
}

async function stopDevServer(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((done) => server!.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}

/** Starts `astro dev` on a free port of 127.0.0.1; resolves with its address once it listens. */
function startDevServer(contentDir: string): Promise<string> {
  // Without vitest's own variables: Astro's dev server seen with VITEST set serves no pages.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    env: {
      ...env,
      PLAYBOOK_CONTENT_DIR: contentDir,
      PLAYBOOK_AS_OF: FIXTURE_AS_OF,
      PLAYBOOK_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (address) resolve(`http://127.0.0.1:${address[1]}`);
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

/** The plan page's heading and text, or undefined while the server cannot answer. */
async function plan(url: string): Promise<{ title: string; text: string } | undefined> {
  try {
    const html = await (await fetch(`${url}${PAGE}`)).text();
    return { title: textOf(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''), text: textOf(html) };
  } catch {
    return undefined;
  }
}

async function until(condition: () => Promise<boolean>, timeout: number): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeout) throw new Error(`not within ${timeout / 1000} s`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}
