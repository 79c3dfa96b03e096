// While Astro generates the pages, `fs.promises.mkdir` and `fs.promises.writeFile` do their work
// synchronously (src/integration/page-writes.ts): the same files and the same errors as Node's
// own functions, done before the call returns, and Node's functions back once the build is done.
import fs from 'node:fs';
import { writeFile as importedWriteFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withSynchronousPageWrites, writePagesSynchronously } from '../../src/integration/page-writes.ts';

const NODE = { mkdir: fs.promises.mkdir, writeFile: fs.promises.writeFile };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-writes-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  // A failed test must not leave the next one with the synchronous functions.
  Object.assign(fs.promises, NODE);
});

describe('writePagesSynchronously', () => {
  it('makes the folders and writes text and bytes before the call returns', async () => {
    const release = writePagesSynchronously();
    const folder = join(dir, 'accounts', 'acme');
    const made = fs.promises.mkdir(folder, { recursive: true });
    const page = join(folder, 'index.html');
    const written = fs.promises.writeFile(page, '<h1>Acme</h1>');
    // Not awaited yet: the work is done already.
    expect(readFileSync(page, 'utf8')).toBe('<h1>Acme</h1>');
    expect(await made).toBe(join(dir, 'accounts'));
    await written;
    await fs.promises.writeFile(join(folder, 'data.json'), Buffer.from('{"a":1}'));
    expect(readFileSync(join(folder, 'data.json'), 'utf8')).toBe('{"a":1}');
    await fs.promises.writeFile(new URL(`file://${join(folder, 'latin1.txt')}`), 'café', 'latin1');
    expect(readFileSync(join(folder, 'latin1.txt'))).toEqual(Buffer.from('café', 'latin1'));
    release();
  });

  it("fails as Node's functions fail: a rejected promise with the same code, never a throw", async () => {
    const release = writePagesSynchronously();
    const missing = join(dir, 'no-such-folder', 'index.html');
    let call: Promise<void> | undefined;
    expect(() => (call = fs.promises.writeFile(missing, 'x'))).not.toThrow();
    await expect(call).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.promises.mkdir(dir)).rejects.toMatchObject({ code: 'EEXIST' });
    release();
    await expect(fs.promises.writeFile(missing, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it("leaves to Node's function what the synchronous one does not do alike: streams, an AbortSignal", async () => {
    const release = writePagesSynchronously();
    const streamed = join(dir, 'streamed.txt');
    await fs.promises.writeFile(streamed, Readable.from(['one ', 'two']));
    expect(readFileSync(streamed, 'utf8')).toBe('one two');
    const aborted = new AbortController();
    aborted.abort();
    await expect(fs.promises.writeFile(join(dir, 'aborted.txt'), 'x', { signal: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fs.existsSync(join(dir, 'aborted.txt'))).toBe(false);
    release();
  });

  it("gives Node's functions back once the last of overlapping builds releases them, whatever is released twice", () => {
    const first = writePagesSynchronously();
    const second = writePagesSynchronously();
    expect(fs.promises.writeFile).not.toBe(NODE.writeFile);
    first();
    first();
    expect(fs.promises.writeFile).not.toBe(NODE.writeFile);
    second();
    expect(fs.promises).toMatchObject(NODE);
  });

  it('lets the event loop turn now and then, as writing asynchronously did, so that child processes are heard from', async () => {
    const release = writePagesSynchronously();
    let turned = false;
    setImmediate(() => (turned = true));
    // Pages rendered back to back, each written and awaited: only promise callbacks run between them.
    const started = performance.now();
    try {
      for (let n = 0; !turned && performance.now() - started < 1000; n++) {
        while (performance.now() - started < n) {
          // Rendering the next page.
        }
        await fs.promises.writeFile(join(dir, `page-${n}.html`), 'x');
      }
    } finally {
      release();
    }
    expect(turned).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('leaves alone the functions imported by name from node:fs/promises', () => {
    const release = writePagesSynchronously();
    expect(importedWriteFile).toBe(NODE.writeFile);
    release();
  });
});

describe('withSynchronousPageWrites', () => {
  const prerenderer = (overrides: Partial<AstroPrerenderer> = {}): AstroPrerenderer => ({
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async () => new Response(String(fs.promises.writeFile === NODE.writeFile)),
    ...overrides,
  });

  it("writes synchronously from the prerenderer's setup to its teardown, and only then", async () => {
    const wrapped = withSynchronousPageWrites(prerenderer());
    expect(wrapped.name).toBe('astro:default');
    await wrapped.setup!();
    const page = await wrapped.render(new Request('http://localhost/'), { routeData: {} as never });
    expect(await (page as Response).text()).toBe('false');
    await wrapped.teardown!();
    expect(fs.promises).toMatchObject(NODE);
  });

  it("gives Node's functions back when the setup or the teardown fails", async () => {
    const failingSetup = withSynchronousPageWrites(prerenderer({ setup: async () => Promise.reject(new Error('no preview server')) }));
    await expect(failingSetup.setup!()).rejects.toThrow('no preview server');
    expect(fs.promises).toMatchObject(NODE);
    const failingTeardown = withSynchronousPageWrites(prerenderer({ teardown: async () => Promise.reject(new Error('still running')) }));
    await failingTeardown.setup!();
    await expect(failingTeardown.teardown!()).rejects.toThrow('still running');
    expect(fs.promises).toMatchObject(NODE);
  });
});
