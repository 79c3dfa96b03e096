// The search page's own interface to Pagefind's index (its JavaScript API, not its UI, whose
// filter panel inserts names as HTML). Everything that comes from the playbook (titles, names,
// excerpts, filter values) becomes text nodes, never markup: a name like `<img onerror=...>` is
// shown as written. Filters: one group per facet (kind, account, owner, plan status, account
// stage), values in a facet widen the search (any of), facets narrow it (all of). Each result says
// what it is, its account and its status, and links to the item it matched on a plan's or an
// account's page. A word no page holds finds nothing (search-words.ts), and the address follows
// the words and the filters (`?q=rota&kind=Plan`), so a reload or a shared link shows the same.
// The form and the filters are in the page hidden, shown here: without scripts they do nothing.

import { itemAnchor, type AnchorData } from './search-anchor.ts';
import { pagesWith, queryWords, type WordData, type WordIndex } from './search-words.ts';

interface PagefindResultData extends WordData, AnchorData {
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
  createInstance(options: { basePath: string }): Pick<Pagefind, 'options' | 'search'>;
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
  const help = root.querySelector<HTMLElement>('#search-help')!;
  // Filters open beside the results on a wide screen; on a phone the results come first.
  if (window.matchMedia('(min-width: 48rem)').matches) details.open = true;

  let pagefind: Pagefind;
  /** Each index alone, to check a word in each (search-words.ts): the one index, or every shard. */
  let indexes: WordIndex[];
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options(OPTIONS);
    // A large site's index is written in shards (src/integration/search-index.ts): search them all.
    const response = await fetch(`${bundle}shards.json`).catch(() => undefined);
    const listed: unknown = response?.ok ? await response.json().catch(() => []) : [];
    const shards = (Array.isArray(listed) ? listed : []).filter((shard): shard is string => typeof shard === 'string' && /^shards\/\d+\/$/.test(shard));
    for (const shard of shards) await pagefind.mergeIndex(`${bundle}${shard}`, OPTIONS);
    indexes = shards.length === 0 ? [pagefind] : await Promise.all(['', ...shards].map((shard) => shardAlone(pagefind, `${bundle}${shard}`)));
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

  /** The filters' counts: those of the pages found, or, with nothing asked, of every page. */
  function showCounts(found: Record<string, Record<string, number>>): void {
    for (const [id, count] of counts) {
      const [key, value] = id.split('\0') as [string, string];
      const n = found[key]?.[value] ?? 0;
      count.textContent = `(${n})`;
      boxes.get(id)!.closest('.facet__option')!.classList.toggle('facet__option--none', n === 0 && !chosen.get(key)!.has(value));
    }
  }

  /** The address says what is asked: `?q=` the words, and each chosen filter value under its facet's name. */
  function showInAddress(term: string): void {
    const url = new URL(window.location.href);
    for (const [key] of FACETS) url.searchParams.delete(key);
    url.searchParams.delete('q');
    if (term) url.searchParams.set('q', term);
    for (const [key, values] of chosen) for (const value of values) url.searchParams.append(key, value);
    history.replaceState(null, '', url);
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    const term = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, values] of chosen) if (values.size > 0) filters[key] = { any: [...values] };
    const filtered = Object.keys(filters).length > 0;
    showInAddress(term);
    if (!term && !filtered) {
      list.replaceChildren();
      status.textContent = 'Type a word, or choose a filter.';
      more.hidden = true;
      help.hidden = true;
      showCounts(all);
      return;
    }
    const response = await pagefind.search(term || null, { filters });
    if (!response || mine !== generation) return;
    const found = await onlyPagesWithEveryWord(indexes, term, response);
    if (mine !== generation) return;
    results = found.results;
    showCounts(found.filters);
    list.replaceChildren();
    shown = 0;
    const quoted = (words: string[]) => words.map((word) => `“${word}”`).join(' or ');
    const missing = found.missing;
    status.textContent =
      missing.length > 0
        ? `No page has ${quoted(missing)}.`
        : results.length === 0
          ? `Nothing found for “${term}”${filtered ? ' with the filters chosen' : ''}.`
          : `${results.length} ${results.length === 1 ? 'result' : 'results'}${term ? ` for “${term}”` : ''}${filtered ? ' with the filters chosen' : ''}.`;
    help.hidden = results.length > 0;
    more.hidden = true;
    await showMore();
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
  // What the address asks for: its words, and its filter values that the index has.
  const asked = new URLSearchParams(window.location.search);
  const query = asked.get('q');
  if (query) input.value = query;
  for (const [key] of FACETS) {
    for (const value of asked.getAll(key)) {
      const box = boxes.get(`${key}\0${value}`);
      if (!box) continue;
      box.checked = true;
      chosen.get(key)!.add(value);
    }
  }
  // Shown once they work: what is typed before is not lost.
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
  await run();
}

/** A shard's index alone, to check a word there (the merged index cannot say which shard a page is in). */
async function shardAlone(pagefind: Pagefind, basePath: string): Promise<WordIndex> {
  const shard = pagefind.createInstance({ basePath });
  await shard.options(OPTIONS);
  return shard as WordIndex;
}

/**
 * The results that hold every word of the search, and the filters' counts of those. Pagefind
 * passes over a word its index does not hold when others are found, and searches a word it lacks
 * as its longest beginning it has ("inventory" as "in"); each shard of a large site does so on
 * its own. So each word is looked for alone, in each index (search-words.ts): a word no page holds
 * finds nothing, and a page stays when it holds every word.
 */
async function onlyPagesWithEveryWord(
  indexes: WordIndex[],
  term: string,
  response: PagefindResponse,
): Promise<Pick<PagefindResponse, 'results' | 'filters'> & { missing: string[] }> {
  const words = queryWords(term);
  const missing: string[] = [];
  let keep: Set<string> | undefined;
  for (const word of words) {
    const pages = await pagesWith(indexes, word);
    if (pages.size === 0) missing.push(word.typed);
    keep = keep === undefined ? pages : new Set([...keep].filter((id) => pages.has(id)));
  }
  if (missing.length > 0) return { results: [], filters: {}, missing };
  const results = keep === undefined ? response.results : response.results.filter((result) => keep.has(result.id));
  if (results.length === response.results.length) return { results, filters: response.filters, missing };
  const filters: Record<string, Record<string, number>> = {};
  for (const data of await Promise.all(results.map((result) => result.data()))) {
    for (const [key, values] of Object.entries(data.filters ?? {})) {
      const counts = (filters[key] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return { results, filters, missing };
}

/** The result's address, at the item it matched when that is a commitment, a milestone or a touchpoint. */
function itemLink(data: PagefindResultData): string {
  const path = safePath(data.url);
  const item = itemAnchor(data);
  return item && path !== '#' ? `${path.replace(/#.*$/, '')}#${encodeURIComponent(item)}` : path;
}

/** One result: its title as a link, what it is (kind, account, status), and the words around the match. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const facts = [meta.kind, meta.account, meta.status].filter((fact): fact is string => Boolean(fact));
  return element(
    'li',
    { className: 'search-result' },
    element('a', { className: 'search-result__title', href: itemLink(data) }, meta.title ?? data.url),
    element('p', { className: 'search-result__facts' }, facts.join(' · ')),
    element('p', { className: 'search-result__excerpt' }, ...excerptNodes(data.excerpt)),
  );
}
