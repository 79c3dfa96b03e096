// What Pagefind is sent of each page: its language, title and main content, without what Pagefind
// is told to leave out (EXCLUDED_SELECTORS, and every element marked data-pagefind-ignore).
// Pagefind would parse and then skip those parts itself; leaving them out here halves what is
// encoded, piped and parsed (at 1,000 accounts, 4,000 pages: 83 MB -> 43 MB, Pagefind's CPU
// 21.6 s -> 17.4 s) and writes a byte-identical index. Where the markup is not plain enough to be
// sure (a script or style in the page, a comment, an element left open), the part is sent whole
// and Pagefind does the leaving out, as before.

/**
 * What Pagefind leaves out of the words of a page, beside data-pagefind-ignore: dates, badges,
 * counts, drawings, and what is said relative to the build's day ("in 3 days", "12 days late"),
 * which a search excerpt would show unchanged on any later day.
 */
export const EXCLUDED_SELECTORS = ['time', '.badge', '.relative', '.late-since', 'svg', '.count', 'thead', 'caption', 'dt', '.side-tag'];

const TAGS = new Set(EXCLUDED_SELECTORS.filter((s) => !s.startsWith('.')));
const CLASSES = new Set(EXCLUDED_SELECTORS.filter((s) => s.startsWith('.')).map((s) => s.slice(1)));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// An opening tag, its attributes (which may hold a quoted '>'), read exactly; unrolled (runs of
// plain characters between quoted values), which is ~3x faster than an alternation per character.
const ATTRIBUTES = `[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*`;
const OPENING = new RegExp(`<([a-zA-Z][^\\s/>]*)(${ATTRIBUTES})>`, 'y');
const byName = new Map<string, RegExp>();
const tagsNamed = (name: string) => {
  let found = byName.get(name);
  if (!found) byName.set(name, (found = new RegExp(`<(/?)${escape(name)}(?=[\\s/>])(${ATTRIBUTES})>`, 'gi')));
  return found;
};
// Where an element to leave out may start: a cheap scan that reads no tag but these (a page has
// about a thousand tags and a few dozen of these); each is then read exactly with OPENING. One it
// misses (an odd attribute) is only sent to Pagefind, which leaves it out itself.
const CANDIDATE = new RegExp(
  `<(?:${[...TAGS].map(escape).join('|')})(?=[\\s/>])|<[a-zA-Z][^\\s/>]*\\s(?=[^>]*?(?:data-pagefind-ignore|class="[^"]*?(?:${[...CLASSES].map(escape).join('|')})))`,
  'gi',
);
const IGNORE = /\sdata-pagefind-ignore(?![\w-])/i;
const CLASS = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
// Text whose '<' need not be a tag (a script, a style...) or tags that are not read (a comment).
// The page's HTML is written by Astro and the Markdown and MDX processors, all in lower case.
const RAW = /<(?:!--|s(?:cript|tyle)|t(?:extarea|emplate))/;
const PAGEFIND_DATA = /data-pagefind-(?!ignore)/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function isLeftOut(name: string, attributes: string): boolean {
  if (TAGS.has(name)) return true;
  if (attributes.includes('data-pagefind-ignore') && IGNORE.test(attributes)) return true;
  if (!attributes.includes('class')) return false;
  const m = CLASS.exec(attributes);
  const value = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  return value.split(/\s+/).some((token) => CLASSES.has(token));
}

/** `html` without the elements Pagefind leaves out; `html` itself where that cannot be told for sure. */
export function withoutLeftOut(html: string): string {
  if (RAW.test(html)) return html;
  let out = '';
  let kept = 0;
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(html); candidate; candidate = CANDIDATE.exec(html)) {
    OPENING.lastIndex = candidate.index;
    const open = OPENING.exec(html);
    if (!open) return html;
    const name = open[1]!.toLowerCase();
    const attributes = open[2]!;
    CANDIDATE.lastIndex = OPENING.lastIndex;
    if (!isLeftOut(name, attributes)) continue;
    out += html.slice(kept, open.index);
    if (attributes.endsWith('/') || VOID.has(name)) {
      kept = OPENING.lastIndex;
      continue;
    }
    // Its end: the closing tag that balances it, counting only tags of its name.
    const tags = tagsNamed(name);
    tags.lastIndex = OPENING.lastIndex;
    let depth = 1;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      if (tag[1]) depth--;
      else if (!tag[2]!.endsWith('/')) depth++;
      if (depth === 0) break;
    }
    if (depth !== 0) return html;
    // Filters and metadata count even inside an ignored element: such a page goes whole.
    if (PAGEFIND_DATA.test(html.slice(open.index, tags.lastIndex))) return html;
    kept = CANDIDATE.lastIndex = tags.lastIndex;
  }
  return out + html.slice(kept);
}

/**
 * A page as Pagefind needs it: its language, title and main content, less what it leaves out. The
 * markers are ASCII, so finding them in the UTF-8 bytes finds what finding them in the text would.
 */
export function searchPart(html: Uint8Array): string {
  const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  const start = bytes.indexOf('<main');
  const end = bytes.lastIndexOf('</main>');
  if (start < 0 || end < start) return bytes.toString('utf8');
  const titleStart = bytes.indexOf('<title>');
  const titleEnd = titleStart < 0 ? -1 : bytes.indexOf('</title>', titleStart);
  const title = titleEnd < 0 ? '' : bytes.toString('utf8', titleStart, titleEnd + '</title>'.length);
  const main = withoutLeftOut(bytes.toString('utf8', start, end + '</main>'.length));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${title}</head><body>${main}</body></html>`;
}
