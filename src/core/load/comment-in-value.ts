// A `#` inside a plain value, right before a word: `what: Send the list #2 for the South garage`.
// YAML reads ` #` as the start of a comment, so the value silently ends before it and the rest of
// what was written is gone ("nothing a user wrote is ever lost"). A comment people mean to write
// has a space after its `#` (`# steering group`), as every example of the format does; one with a
// word right after it, behind a value on the same line, is taken for part of the value and reported.

export interface CommentInValue {
  /** 1-based, in the YAML text. */
  line: number;
  column: number;
  key: string | undefined;
  /** The text YAML drops, from the `#`. */
  dropped: string;
}

/** `key: value` (after a list's dash or not), then a list entry `- value`: where the value starts. */
const KEY_VALUE = /^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_.-]*):[ \t]+/;
const ENTRY_VALUE = /^\s*-[ \t]+/;
/** What starts a value that is not plain: a quote, a flow collection, a block scalar, a tag, an anchor, a comment. */
const NOT_PLAIN = /[#'"[{|>&*!%@`]/;

export function commentsInValues(yaml: string): CommentInValue[] {
  if (!yaml.includes(' #') && !yaml.includes('\t#')) return [];
  const found: CommentInValue[] = [];
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const hash = line.search(/\s#\S/);
    if (hash === -1) continue;
    const keyed = KEY_VALUE.exec(line);
    const start = keyed ? keyed[0].length : (ENTRY_VALUE.exec(line)?.[0].length ?? -1);
    // Only inside a plain value that starts before the `#`: not a whole-line comment, nor a key
    // whose value is only a comment, nor a quoted or flow value.
    if (start === -1 || start > hash || NOT_PLAIN.test(line[start] ?? '#')) continue;
    found.push({ line: i + 1, column: hash + 2, key: keyed?.[1], dropped: line.slice(hash + 1).trimEnd() });
  }
  return found;
}
