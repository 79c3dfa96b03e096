// Search over the client's own plans: their folder's Pagefind index (and only theirs: each
// account's folder has an index of its own pages), through Pagefind's JavaScript API rather than
// its ready-made UI, so that every word shown is set as text, never parsed as HTML: an excerpt's
// <mark> highlights become <mark> elements, and everything else is inert text.
//
// Imports nothing: a script without imports is inlined into the page by Astro, and the client's
// folder then needs no shared script file that would have to be copied into it.

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
/** At most this many items shown under each plan found. */
const ITEMS_PER_PLAN = 6;

const form = document.getElementById('client-search') as HTMLFormElement | null;
if (form) setUp(form);

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const indexUrl = new URL(form.dataset.index ?? '../pagefind/', window.location.href);
  // Result addresses are relative to the account's folder, the index's parent.
  const folder = new URL('../', indexUrl);
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ new URL('pagefind.js', indexUrl).href) as Promise<Pagefind>).then(async (module) => {
      await module.options({ baseUrl: '/' });
      return module;
    }));

  async function run(query: string): Promise<void> {
    const mine = ++latest;
    const words = query.trim();
    if (!words) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const search = await (await load()).search(words);
      const found = await Promise.all((search?.results ?? []).slice(0, 20).map((result) => result.data()));
      if (mine !== latest) return;
      list.replaceChildren(...found.map(resultItem));
      status.textContent = found.length === 0 ? `Nothing found for “${words}”.` : `${found.length === 1 ? 'One plan' : `${found.length} plans`} found for “${words}”.`;
    } catch {
      if (mine !== latest) return;
      // Browsers load no script module from a file opened from disk: search needs a web server.
      status.textContent =
        window.location.protocol === 'file:'
          ? 'Search works once these pages are on a web server; opened from a disk, every plan is listed on the home page.'
          : 'Search could not be loaded. Every plan is listed on the home page.';
    }
  }

  function resultItem(data: ResultData): HTMLElement {
    const item = element('li', 'result');
    const heading = element('h2', 'result__title');
    heading.append(link(data.url, data.meta.title ?? 'Plan'));
    item.append(heading);
    const items = (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, ITEMS_PER_PLAN);
    if (items.length === 0) {
      item.append(excerpt(data.excerpt));
      return item;
    }
    const subs = element('ul', 'result__items');
    for (const sub of items) {
      const entry = element('li', 'result__item');
      entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
      subs.append(entry);
    }
    item.append(subs);
    return item;
  }

  /** A link to a page of the folder, by the address Pagefind indexed (`/plans/x/#item`). */
  function link(url: string, text: string): HTMLAnchorElement {
    const [path = '', hash] = url.replace(/^\/+/, '').split('#');
    const target = new URL(path.endsWith('/') || path === '' ? `${path}index.html` : path, folder);
    if (hash) target.hash = hash;
    const anchor = document.createElement('a');
    anchor.href = target.href;
    anchor.textContent = text;
    return anchor;
  }

  /** An excerpt with its highlights: only <mark> becomes an element; the rest is text. */
  function excerpt(html: string): HTMLElement {
    const paragraph = element('p', 'result__excerpt');
    let marked = false;
    for (const part of html.split(/(<\/?mark>)/)) {
      if (part === '<mark>' || part === '</mark>') {
        marked = part === '<mark>';
        continue;
      }
      if (!part) continue;
      const text = part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      if (marked) {
        const mark = document.createElement('mark');
        mark.textContent = text;
        paragraph.append(mark);
      } else paragraph.append(text);
    }
    return paragraph;
  }

  function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    node.className = className;
    return node;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    void run(input.value);
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    void run(query);
  }
}
