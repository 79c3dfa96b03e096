// The search page's own interface to Pagefind's index (its JavaScript API, not its UI, whose
// filter panel inserts names as HTML). Everything that comes from the playbook (titles, names,
// excerpts, filter values) becomes text nodes, never markup: a name like `<img onerror=...>` is
// shown as written. Filters: one group per facet (kind, account, owner, plan status, account
// stage), values in a facet widen the search (any of), facets narrow it (all of). Each result says
// what it is, its account and its status.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

// `baseUrl: '/'`: the index holds each page's address with the site's base path already in it
// (integration/search-index.ts indexes pages as rendered), which Pagefind must not add again.
const OPTIONS = { excerptLength: 24, baseUrl: '/' };

const FACETS: [string, string][] = [
  ['kind', 'Kind'],
  ['account', 'Account'],
  ['owner', 'Owner'],
  ['status', 'Plan status'],
  ['stage', 'Account stage'],
];
const PAGE = 20;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Pagefind's excerpt text with its entities read back to characters (it is never parsed as HTML). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The excerpt as text with its matches in <mark>, built node by node. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) =>
    part.startsWith('<mark>') ? element('mark', {}, decodeEntities(part.slice(6, -7).replace(/<[^>]*>/g, ''))) : document.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, ''))),
  );
}

/** Only links within this site: a result's address is a path, never another scheme. */
function safePath(url: string): string {
  try {
    const resolved = new URL(url, window.location.href);
    return resolved.origin === window.location.origin ? resolved.pathname + resolved.search + resolved.hash : '#';
  } catch {
    return '#';
  }
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const bundle = root.dataset.bundle!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const facetsBox = root.querySelector<HTMLElement>('#search-facets')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const details = root.querySelector<HTMLDetailsElement>('#search-filters')!;
  // Filters open beside the results on a wide screen; on a phone the results come first.
  if (window.matchMedia('(min-width: 48rem)').matches) details.open = true;

  let pagefind: Pagefind;
  let sharded = false;
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options(OPTIONS);
    // A large site's index is written in shards (src/integration/search-index.ts): search them all.
    const response = await fetch(`${bundle}shards.json`).catch(() => undefined);
    const shards: unknown = response?.ok ? await response.json().catch(() => []) : [];
    if (Array.isArray(shards)) {
      for (const shard of shards) {
        if (typeof shard !== 'string' || !/^shards\/\d+\/$/.test(shard)) continue;
        await pagefind.mergeIndex(`${bundle}${shard}`, OPTIONS);
        sharded = true;
      }
    }
  } catch {
    status.textContent = 'Search is not available: the search index was not found.';
    return;
  }
  const chosen = new Map<string, Set<string>>(FACETS.map(([key]) => [key, new Set()]));
  const all = await pagefind.filters();
  const boxes = new Map<string, HTMLInputElement>();
  const counts = new Map<string, HTMLElement>();
  for (const [key, label] of FACETS) {
    const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', { className: 'facet' }, element('legend', {}, label));
    const options = element('div', { className: 'facet__options' });
    if (values.length > 8) {
      // A long list scrolls in its box, reachable by keyboard, with its own name.
      options.tabIndex = 0;
      options.setAttribute('role', 'group');
      options.setAttribute('aria-label', `${label} values`);
      options.classList.add('facet__options--long');
    }
    values.forEach((value, i) => {
      const id = `facet-${key}-${i}`;
      const box = element('input', { type: 'checkbox', id, value });
      box.addEventListener('change', () => {
        if (box.checked) chosen.get(key)!.add(value);
        else chosen.get(key)!.delete(value);
        void run();
      });
      const count = element('span', { className: 'count' });
      boxes.set(`${key}\0${value}`, box);
      counts.set(`${key}\0${value}`, count);
      options.append(element('div', { className: 'facet__option' }, box, ' ', element('label', { htmlFor: id }, value, ' ', count)));
    });
    fieldset.append(options);
    facetsBox.append(fieldset);
  }

  let shown = 0;
  let results: PagefindResponse['results'] = [];
  let generation = 0;

  async function showMore(): Promise<void> {
    const mine = generation;
    const next = results.slice(shown, shown + PAGE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== generation) return;
    for (const item of data) list.append(resultItem(item));
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    const term = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, values] of chosen) if (values.size > 0) filters[key] = { any: [...values] };
    const filtered = Object.keys(filters).length > 0;
    if (!term && !filtered) {
      list.replaceChildren();
      status.textContent = 'Type a word, or choose a filter.';
      more.hidden = true;
      return;
    }
    const response = await pagefind.search(term || null, { filters });
    if (!response || mine !== generation) return;
    const found = sharded ? await everyWordIn(pagefind, term, response) : { results: response.results, filters: response.filters };
    if (mine !== generation) return;
    results = found.results;
    for (const [id, count] of counts) {
      const [key, value] = id.split('\0') as [string, string];
      const n = found.filters[key]?.[value] ?? 0;
      count.textContent = `(${n})`;
      boxes.get(id)!.closest('.facet__option')!.classList.toggle('facet__option--none', n === 0 && !chosen.get(key)!.has(value));
    }
    list.replaceChildren();
    shown = 0;
    status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}${filtered ? ' with the filters chosen' : ''}.`;
    await showMore();
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  more.addEventListener('click', () => void showMore());
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) input.value = query;
  await run();
}

/**
 * The results of a search of several words over shards, as one index gives them. Each shard is an
 * index of its own, and Pagefind passes over a word its index does not hold: a page in a shard
 * without "freeze" is found by "freeze the pilot" for "the pilot" alone. One index holds every
 * word of the site, so a word it passes over is in no page at all. So: a page stays when it is
 * found by each word alone (over all shards, a word is found wherever it is) that some page holds;
 * and the filters' counts are those of the pages that stay.
 */
async function everyWordIn(pagefind: Pagefind, term: string, response: PagefindResponse): Promise<Pick<PagefindResponse, 'results' | 'filters'>> {
  const words = [...new Set(term.split(/\s+/).filter(Boolean))];
  if (words.length < 2) return response;
  let keep: Set<string> | undefined;
  for (const word of words) {
    const alone = await pagefind.search(word);
    const ids = new Set((alone?.results ?? []).map((result) => result.id));
    if (ids.size === 0) continue;
    keep = keep === undefined ? ids : new Set([...keep].filter((id) => ids.has(id)));
  }
  const results = keep === undefined ? [] : response.results.filter((result) => keep.has(result.id));
  if (results.length === response.results.length) return response;
  const filters: Record<string, Record<string, number>> = {};
  for (const data of await Promise.all(results.map((result) => result.data()))) {
    for (const [key, values] of Object.entries(data.filters ?? {})) {
      const counts = (filters[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return { results, filters };
}

/** One result: its title as a link, what it is (kind, account, status), and the words around the match. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const facts = [meta.kind, meta.account, meta.status].filter((fact): fact is string => Boolean(fact));
  return element(
    'li',
    { className: 'search-result' },
    element('a', { className: 'search-result__title', href: safePath(data.url) }, meta.title ?? data.url),
    element('p', { className: 'search-result__facts' }, facts.join(' · ')),
    element('p', { className: 'search-result__excerpt' }, ...excerptNodes(data.excerpt)),
  );
}
