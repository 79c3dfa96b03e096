// Which pages really hold each word of a search. Pagefind, given a word its index does not hold,
// quietly searches for the longest beginning of it that the index does hold ("inventory" finds
// every "in", "pilotage" every "pilot": Pagefind's find_word_extensions, since its 1.0), and a
// search of several words passes over a word no page holds. So each word is checked on its own,
// index by index (a large site's index is in shards, and each shard falls back on its own):
// - the word as Pagefind stems it is in the index (an exact search, `"word"`, finds pages), or
// - the pages found hold a word that begins with what was typed ("invent" finds "inventory");
// otherwise the pages found are for a shorter word, and they are not shown.

/** The parts of Pagefind's result data read here. */
export interface WordData {
  raw_content?: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
export interface WordIndex {
  search(term: string): Promise<{ results: { id: string; data: () => Promise<WordData> }[] } | null>;
}

/** Lower case, without accents, letters and digits only: how a typed word and a page's word are compared. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search as typed, each reduced to its letters and digits ("O'Brien" is "obrien"). */
export function queryWords(term: string): { typed: string; plain: string }[] {
  const seen = new Set<string>();
  const words: { typed: string; plain: string }[] = [];
  for (const typed of term.split(/\s+/)) {
    const word = plain(typed).replace(/[^\p{L}\p{N}]+/gu, '');
    if (!word || seen.has(word)) continue;
    seen.add(word);
    words.push({ typed: typed.replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''), plain: word });
  }
  return words;
}

/** The words of a page at the places Pagefind matched, split as Pagefind splits its excerpts. */
function matchedWords(data: WordData): string[] {
  const content = data.raw_content ?? data.content;
  const words = content.includes('\u200b') ? content.split('\u200b') : content.split(/[^\S\uFEFF]+/);
  const found = data.locations.map((location) => words[location] ?? '');
  // A match in the title alone has no place in the content.
  if (found.length === 0) found.push(...(data.meta.title ?? '').split(/\s+/));
  return found;
}

/** Whether one of the page's matched words begins with the typed word (or a part of it does: "git-absorb"). */
export function holdsTyped(data: WordData, word: string): boolean {
  return matchedWords(data).some((matched) => {
    const text = plain(matched);
    const parts = [text.replace(/[^\p{L}\p{N}]+/gu, ''), ...text.split(/[^\p{L}\p{N}]+/u)];
    return parts.some((part) => part.startsWith(word));
  });
}

/** Pages checked, at most, to tell a word's own pages from Pagefind's pages for a shorter word. */
const SAMPLE = 3;

/**
 * The pages of `indexes` (one index, or each shard alone, all searched at once) that hold `word`.
 * In one index Pagefind either finds the word (or words it begins) everywhere or falls back on a
 * shorter word everywhere, so a few pages tell which.
 */
export async function pagesWith(indexes: WordIndex[], word: { typed: string; plain: string }): Promise<Set<string>> {
  const found = await Promise.all(
    indexes.map(async (index) => {
      const loose = (await index.search(word.plain))?.results ?? [];
      if (loose.length === 0) return [];
      if (((await index.search(`"${word.plain}"`))?.results.length ?? 0) > 0) return loose;
      const sample = await Promise.all(loose.slice(0, SAMPLE).map((result) => result.data()));
      return sample.some((data) => holdsTyped(data, word.plain)) ? loose : [];
    }),
  );
  return new Set(found.flat().map((result) => result.id));
}
