// Search over the client's own plans: their folder's Pagefind index (and only theirs: each
// account's folder has an index of its own pages), through Pagefind's JavaScript API rather than
// its ready-made UI, so that every word shown is set as text, never parsed as HTML: an excerpt's
// <mark> highlights become <mark> elements, and everything else is inert text.
//
// Imports nothing: a script without imports is inlined into the page by Astro, and the client's
// folder then needs no shared script file that would have to be copied into it. So the check that
// a word is in the index (src/site/client/search-words.ts, for one index) is written again here:
// Pagefind searches a word it lacks as the longest beginning of it it has ("invoice" as "in"),
// and passes over a word it lacks when others are found; a word no plan holds finds nothing.
//
// The form comes hidden and is shown here (without scripts it would do nothing); the address
// follows the words (`?q=`), so a reload shows the same search.

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
  raw_content?: string;
  content: string;
  locations: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
/** At most this many items shown under each plan found. */
const ITEMS_PER_PLAN = 6;

const form = document.getElementById('client-search') as HTMLFormElement | null;
if (form) setUp(form);

/** Lower case, without accents: how a typed word and a plan's word are compared. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether one of the words Pagefind matched on a page begins with the typed word. */
function holdsTyped(data: ResultData, word: string): boolean {
  const content = data.raw_content ?? data.content;
  const words = content.includes('\u200b') ? content.split('\u200b') : content.split(/[^\S\uFEFF]+/);
  const matched = data.locations.map((location) => words[location] ?? '');
  if (matched.length === 0) matched.push(...(data.meta.title ?? '').split(/\s+/));
  return matched.some((text) => {
    const parts = [plain(text).replace(/[^\p{L}\p{N}]+/gu, ''), ...plain(text).split(/[^\p{L}\p{N}]+/u)];
    return parts.some((part) => part.startsWith(word));
  });
}

/**
 * The words of `query` that no plan holds, and the pages that hold every other one. A word is in
 * the index when Pagefind finds it as it stems it (`"word"`), or when a page it finds holds a word
 * beginning with what was typed; else its pages are those of a shorter word.
 */
async function pagesWithEveryWord(pagefind: Pagefind, query: string): Promise<{ missing: string[]; pages: Set<string> | undefined }> {
  const missing: string[] = [];
  let pages: Set<string> | undefined;
  const seen = new Set<string>();
  for (const typed of query.split(/\s+/)) {
    const word = plain(typed).replace(/[^\p{L}\p{N}]+/gu, '');
    if (!word || seen.has(word)) continue;
    seen.add(word);
    const loose = (await pagefind.search(word))?.results ?? [];
    let holds = loose.length > 0 && ((await pagefind.search(`"${word}"`))?.results.length ?? 0) > 0;
    if (!holds && loose.length > 0) holds = (await Promise.all(loose.slice(0, 3).map((result) => result.data()))).some((data) => holdsTyped(data, word));
    if (!holds) {
      missing.push(typed.replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''));
      continue;
    }
    const ids = new Set(loose.map((result) => result.id));
    pages = pages === undefined ? ids : new Set([...pages].filter((id) => ids.has(id)));
  }
  return { missing, pages };
}

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  form.hidden = false;
  const status = document.getElementById('search-status')!;
  const help = document.getElementById('search-help')!;
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
    help.hidden = true;
    if (!words) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await load();
      const search = await pagefind.search(words);
      const every = await pagesWithEveryWord(pagefind, words);
      const kept = every.missing.length > 0 ? [] : (search?.results ?? []).filter((result) => every.pages?.has(result.id) ?? true);
      const found = await Promise.all(kept.slice(0, 20).map((result) => result.data()));
      if (mine !== latest) return;
      list.replaceChildren(...found.map(resultItem));
      status.textContent =
        every.missing.length > 0
          ? `No plan has ${every.missing.map((word) => `“${word}”`).join(' or ')}.`
          : found.length === 0
            ? `Nothing found for “${words}”.`
            : `${found.length === 1 ? 'One plan' : `${found.length} plans`} found for “${words}”.`;
      help.hidden = found.length > 0;
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

  /** The address holds the words searched (`?q=`), and none once the box is empty. */
  function showInAddress(words: string): void {
    const url = new URL(window.location.href);
    if (words.trim()) url.searchParams.set('q', words.trim());
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      showInAddress(input.value);
      void run(input.value);
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    showInAddress(input.value);
    void run(input.value);
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
    void run(query);
  }
}
