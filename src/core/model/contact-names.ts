// A contact's name is its id: `with`, `told`, a client's commitment's `owner` and the customer's
// signature name the client's people by it. The same name can reach a file in two Unicode forms
// that look alike: composed (`é`, NFC, what most keyboards type) and decomposed (`e` + a combining
// accent, NFD, from macOS input, some terminals, text copied out of a PDF). A team means one person
// by both, so names are compared by their composed form; what was written is kept and quoted as
// written. Nothing else is folded: case and spaces still tell two names apart.

/** Any character outside ASCII: an ASCII string is already composed, and is compared as it is. */
const NON_ASCII = /[^\u0000-\u007f]/;

/** What two names are compared by: their composed (NFC) form. Only a name with a non-ASCII character is normalised. */
export function nameKey(name: string): string {
  return NON_ASCII.test(name) ? name.normalize('NFC') : name;
}

/** Two names that mean one person (one typed composed, one decomposed). */
export function sameName(a: string, b: string): boolean {
  return a === b || nameKey(a) === nameKey(b);
}

/**
 * How a page names a contact: as the account's `contacts` write the name, when `name` is one of
 * them in any Unicode form; else as it is. For names shown (an owner, a signer, who agreed), never
 * for a message that quotes what was written.
 */
export function contactName(account: { contactNames: ContactNames | undefined } | undefined, name: string): string {
  return account?.contactNames?.written(name) ?? name;
}

/**
 * The names of an account's contacts, each as written in its `contacts` (trimmed), looked up in
 * whatever Unicode form a reference is written. Iterating gives the names as written (the first of
 * two that differ only in form).
 */
export class ContactNames implements Iterable<string> {
  readonly #byKey = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    const key = nameKey(name);
    if (!this.#byKey.has(key)) this.#byKey.set(key, name);
  }

  /** `name` is one of the contacts, in either form. */
  has(name: string): boolean {
    return this.#byKey.has(nameKey(name));
  }

  /** The contact `name` names, as written in `contacts`; `undefined` when it names none. */
  written(name: string): string | undefined {
    return this.#byKey.get(nameKey(name));
  }

  get size(): number {
    return this.#byKey.size;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.#byKey.values();
  }
}
