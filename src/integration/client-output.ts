// The last step of the client build: Astro has rendered every selected account's pages into one
// staging folder, one subfolder per account. Each subfolder gets a search index of its own (so a
// client's search can only ever find their own plans) and is moved to <out>/<account>/.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { moveSite } from './out-dir.ts';

/** What the search index leaves out: statuses and relative days change with the reader's day. */
const EXCLUDED = ['.badge', '.relative', '[data-pagefind-ignore]'];

/**
 * Pagefind's ready-made interfaces (which set result text as HTML) and its playground: the
 * client's search page uses only pagefind.js, its worker, its WebAssembly and the index.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b|^playground$/;

/** How many accounts are indexed at once (Pagefind is one process; this keeps it busy). */
const CONCURRENCY = 8;

export interface ClientFolders {
  /** Astro's outDir, holding one folder per account. */
  staging: string;
  out: string;
  accounts: readonly string[];
  /**
   * `--client all`: every client site in `out` is replaced, so that an account removed from the
   * playbook loses its folder. Only folders that are client sites go: `--out` may name a folder
   * that holds other things.
   */
  replaceAll: boolean;
}

export async function publishClientFolders(folders: ClientFolders): Promise<void> {
  const { accounts, replaceAll } = folders;
  const staging = resolve(folders.staging);
  const out = resolve(folders.out);
  // Nothing may be shared between accounts: a file outside their folders would be left behind
  // when they are moved, and every page would miss it.
  const stray = readdirSync(staging).filter((name) => !accounts.includes(name));
  if (stray.length > 0) throw new Error(`The client build wrote ${stray.join(', ')} outside the accounts' folders: every page must carry its own styles and scripts.`);
  try {
    await inBatches(accounts, CONCURRENCY, (account) => indexFolder(join(staging, account)));
  } finally {
    await close();
  }
  mkdirSync(out, { recursive: true });
  if (replaceAll) {
    for (const name of readdirSync(out)) if (join(out, name) !== staging && isClientSite(join(out, name))) rmSync(join(out, name), { recursive: true, force: true });
  }
  for (const account of accounts) moveSite(join(staging, account), join(out, account));
  rmSync(staging, { recursive: true, force: true });
}

/** Writes <folder>/pagefind/ from the folder's plan pages (the only pages marked for search). */
async function indexFolder(folder: string): Promise<void> {
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED, forceLanguage: 'en', keepIndexUrl: true });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: folder, glob: 'plans/*/index.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${folder}: ${added.errors.join('; ')}`);
  const output = join(folder, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const name of readdirSync(output)) if (UNUSED.test(name)) rmSync(join(output, name), { recursive: true, force: true });
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** A folder an earlier client build wrote: it has the site's search page and calendar. */
export function isClientSite(folder: string): boolean {
  return existsSync(join(folder, 'search', 'index.html')) && existsSync(join(folder, 'calendar.ics'));
}
