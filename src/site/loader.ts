// The content loader for the playbook's MDX files. It hands Astro the files the core has already
// read and validated with its schemas (the same load the build's gate and every page use), so
// nothing is read or parsed twice, with ids as the spec names them: an account's id is its folder,
// a plan's `<account>/<plan>`, a guide's its file name.
//
// Bodies, for speed at the scale of a real company: a body that is plain Markdown (see
// plain-markdown.ts) is rendered here, once, with the loader context's renderMarkdown; only a body
// that really uses MDX (imports, components, expressions) is left to @astrojs/mdx, which bundles
// one module per file (at 4,000 files that bundling alone would take most of a minute). Pages call
// `render(entry)` either way. An unchanged file (same digest) keeps its entry from the last build.
//
// The followthrough integration imports this module and registers the loader; the content config
// reaches it through loader-handle.ts, so that Vite does not run the core a second time.
//
// In `astro dev` the loader watches the content folder (see watch-content.ts): a change reloads
// the playbook and syncs the collection again, so that the next request shows the edit.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SourceFile } from '../core/load/source-file.ts';
import { formatText } from '../core/report/text.ts';
import { structuralFindings } from '../core/rules/catalog.ts';
import { contentDirPath } from './env.ts';
import { isPlainMarkdown } from '../core/load/plain-markdown.ts';
import { getPlaybook, type SitePlaybook } from './playbook.ts';
import { watchContent } from './watch-content.ts';

export interface LoaderItem {
  id: string;
  file: SourceFile;
  /** What the collection keeps of the frontmatter: pages read everything else from the core's model. */
  data: Record<string, unknown>;
}

export type Collection = 'accounts' | 'plans' | 'guides';

/** The entries of one collection, from the checked playbook. */
export function collectionItems(playbook: SitePlaybook, collection: Collection): LoaderItem[] {
  const { content } = playbook;
  if (collection === 'accounts') {
    return content.accounts.map((a) => ({ id: a.id, file: a.file, data: { name: a.data.name, owner: a.data.owner, stage: a.data.stage } }));
  }
  if (collection === 'plans') {
    return content.plans.map((p) => ({ id: p.id, file: p.file, data: { title: p.data.title, owner: p.data.owner, status: p.data.status } }));
  }
  return content.guides.map((g) => ({ id: g.slug, file: g.file, data: { title: g.data.title } }));
}

/** The checked playbooks `astro dev` has said are broken: each is said once, not once per collection. */
const reported = new WeakSet<SitePlaybook>();

/**
 * The playbook whose files the collections hold. A build takes only a buildable one (its gate has
 * already stopped any other; this says the same should the loader run without it). `astro dev`
 * takes whatever could be read, and says what stops the build in the terminal, once, and at the
 * top of every page (DevErrors.astro): a server that stopped at a file saved half-written, or that
 * would not start on a branch with an error in it, would help nobody fix it.
 */
function playbookFor(context: LoaderContext): SitePlaybook {
  const playbook = getPlaybook();
  const structural = structuralFindings(playbook.findings);
  if (structural.length === 0) return playbook;
  const message = `The playbook cannot be built until these are fixed:\n\n${formatText(structural, { color: false, asOf: playbook.asOf })}`;
  if (!context.watcher) throw new Error(message);
  if (!reported.has(playbook)) {
    reported.add(playbook);
    context.logger.error(message);
  }
  return playbook;
}

export function playbookLoader(collection: Collection): Loader {
  return {
    name: 'followthrough-playbook',
    async load(context) {
      await syncCollection(context, collection);
      if (context.watcher) {
        // Syncs run one after another: a change during a sync waits for it.
        let syncing = Promise.resolve();
        watchContent(context.watcher, contentDirPath(), () => {
          syncing = syncing.then(() =>
            syncCollection(context, collection).catch((error: Error) => context.logger.error(error.message)),
          );
        });
      }
    },
  };
}

/** Makes the store hold exactly the collection's entries of the checked playbook. */
async function syncCollection(context: LoaderContext, collection: Collection): Promise<void> {
  const items = collectionItems(playbookFor(context), collection);
  const root = fileURLToPath(context.config.root);
  const contentDir = contentDirPath();
  const untouched = new Set(context.store.keys());
  // One at a time: rendering is CPU-bound anyway, and Astro creates its Markdown processor on
  // the first call, so concurrent first calls would each create one (thousands at scale).
  for (const item of items) {
    await loadItem(context, item, relative(root, join(contentDir, item.file.contentPath)).split('\\').join('/'), untouched);
  }
  for (const id of untouched) context.store.delete(id);
}

async function loadItem(context: LoaderContext, item: LoaderItem, filePath: string, untouched: Set<string>): Promise<void> {
  const { store } = context;
  untouched.delete(item.id);
  const digest = context.generateDigest(item.file.text);
  const existing = store.get(item.id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // Unchanged since the last build: an MDX module must still be listed for bundling.
    if (existing.deferredRender) store.addModuleImport(filePath);
    return;
  }
  const data = await context.parseData({ id: item.id, data: item.data, filePath });
  if (isPlainMarkdown(item.file.body)) {
    const { html } = await context.renderMarkdown(item.file.body);
    // Only the HTML: headings and other metadata would be bundled into the build for nothing.
    store.set({ id: item.id, data, digest, filePath, rendered: { html } });
  } else {
    store.set({ id: item.id, data, digest, filePath, deferredRender: true });
  }
}
