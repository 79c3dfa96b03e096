// Astro writes each page it renders with `fs.promises.mkdir` and `fs.promises.writeFile`: four
// round trips through libuv's thread pool (mkdir, open, write, close) for a file of some tens of
// KB that the kernel only copies into its page cache. On this project's build machine (2 cores),
// writing 7,000 such pages in folders of their own took 1.5–2.2 s of the main thread's CPU and
// 3.1–4.3 s of wall time that way, against 0.4–1.4 s written synchronously; and while the pages
// render, the main thread is what the build waits for (busy 94–98% of the time). So while Astro
// generates the pages, these two functions do the same work synchronously. Measured:
// docs/benchmarks.md ("fifth round").
//
// Only these two properties of the `fs.promises` object are replaced, and only for calls that
// the synchronous functions do alike: a path, data of text or bytes, no AbortSignal. Anything
// else goes to Node's own function. Code that imported `mkdir` or `writeFile` by name from
// `node:fs/promises` keeps Node's functions: only calls through the object (Astro's
// `nodeFs.promises.writeFile(...)`) are affected.
import fs from 'node:fs';
import type { AstroPrerenderer } from 'astro';
import { withOverrides } from './prerenderer.ts';

type Mkdir = typeof fs.promises.mkdir;
type WriteFile = typeof fs.promises.writeFile;

const node = { mkdir: fs.promises.mkdir, writeFile: fs.promises.writeFile };

const mkdir = async function mkdir(path: fs.PathLike, options?: fs.Mode | fs.MakeDirectoryOptions | null) {
  return fs.mkdirSync(path, options);
} as Mkdir;

const writeFile: WriteFile = async function writeFile(file, data, options) {
  const plainPath = typeof file === 'string' || file instanceof URL;
  const plainData = typeof data === 'string' || ArrayBuffer.isView(data);
  const signal = typeof options === 'object' && options !== null && 'signal' in options && options.signal;
  if (!plainPath || !plainData || signal) return node.writeFile(file, data, options);
  fs.writeFileSync(file, data as string | NodeJS.ArrayBufferView, options as fs.WriteFileOptions);
  await turnNowAndThen();
};

// Written asynchronously, each page let Node's event loop turn four times. Written synchronously,
// Astro renders the next page at once, in promise callbacks that never leave the loop's turn: the
// search indexer's child processes would get no more of the pages piped to them, and their replies
// would go unread, until the last page (measured: a shard's index written 9 s late at 1,000
// accounts). So a write lets the loop turn once this long has passed since it last did.
const TURN_MS = 4;
let lastTurn = performance.now();

async function turnNowAndThen(): Promise<void> {
  if (performance.now() - lastTurn < TURN_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastTurn = performance.now();
}

let holders = 0;

/**
 * Has `fs.promises.mkdir` and `fs.promises.writeFile` do their work synchronously until the
 * function it returns is called (once). Builds in one process may overlap: Node's functions come
 * back when the last of them is done.
 */
export function writePagesSynchronously(): () => void {
  if (holders++ === 0) Object.assign(fs.promises, { mkdir, writeFile });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) Object.assign(fs.promises, node);
  };
}

/** `base`, with the pages written synchronously from its `setup` until its `teardown` has run. */
export function withSynchronousPageWrites(base: AstroPrerenderer): AstroPrerenderer {
  let release = () => {};
  return withOverrides(base, {
    async setup() {
      release = writePagesSynchronously();
      // Astro calls `teardown` only once `setup` has succeeded.
      await Promise.resolve(base.setup?.()).catch((error: unknown) => {
        release();
        throw error;
      });
    },
    async teardown() {
      try {
        await base.teardown?.();
      } finally {
        release();
      }
    },
  });
}
