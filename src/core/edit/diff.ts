// A unified diff of two texts, line by line, as `git diff` prints it: what a command changed.
// It is printed to a terminal, so each line shows what content holds without letting it act: an
// escape sequence in an MDX body is shown as `<U+001B>` (printable.ts), as the reports show it,
// and a lone carriage return cannot overwrite the line it is in. A `\r\n` line break stays.
import { printableLine } from '../report/printable.ts';

export interface DiffOptions {
  /** Lines of context around each change. Default 3. */
  context?: number;
  /** Colour the lines for a terminal. */
  color?: boolean;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks, so that `\r\n` and a missing final break are kept. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.split(/(?<=\n)/);
}

/**
 * `--- a/PATH` / `+++ b/PATH` and the hunks. `before` undefined is a new file. Returns '' when
 * nothing changed.
 */
export function unifiedDiff(path: string, before: string | undefined, after: string, options: DiffOptions = {}): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const a = splitLines(before ?? '');
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);

  const shown = printableLine(path);
  let out = paint('1', `--- ${before === undefined ? '/dev/null' : `a/${shown}`}\n+++ b/${shown}\n`);
  // Group the changes into hunks with `context` lines around them.
  const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    const start = Math.max(0, changed[i]! - context);
    let end = Math.min(ops.length, changed[i]! + context + 1);
    let j = i + 1;
    while (j < changed.length && changed[j]! - context <= end) {
      end = Math.min(ops.length, changed[j]! + context + 1);
      j++;
    }
    // Line numbers at the hunk's start.
    let aLine = 1;
    let bLine = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k]!.kind !== '+') aLine++;
      if (ops[k]!.kind !== '-') bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((op) => op.kind !== '+').length;
    const bCount = hunk.filter((op) => op.kind !== '-').length;
    out += paint('36', `@@ -${range(aLine, aCount)} +${range(bLine, bCount)} @@`) + '\n';
    for (const op of hunk) {
      const ended = op.line.endsWith('\n');
      const crlf = op.line.endsWith('\r\n');
      const text = op.kind + printableLine(op.line.slice(0, op.line.length - (crlf ? 2 : ended ? 1 : 0)));
      out += op.kind === '-' ? paint('31', text) : op.kind === '+' ? paint('32', text) : text;
      out += crlf ? '\r\n' : ended ? '\n' : '\n\\ No newline at end of file\n';
    }
    i = j;
  }
  return out;
}

function range(line: number, count: number): string {
  if (count === 0) return `${line - 1},0`;
  return count === 1 ? `${line}` : `${line},${count}`;
}

/** The edit script between two lists of lines: common ends trimmed, the middle by LCS. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const ops: Op[] = a.slice(0, prefix).map((line) => ({ kind: ' ', line }));
  ops.push(...lcsOps(midA, midB));
  ops.push(...a.slice(a.length - suffix).map((line): Op => ({ kind: ' ', line })));
  return ops;
}

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ kind: '+', line }));
  if (m === 0) return a.map((line) => ({ kind: '-', line }));
  if (n * m > 4_000_000) {
    // Too big to align: all of it replaced (never happens for one command's edit).
    return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
  }
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      ops.push({ kind: '-', line: a[i++]! });
    } else {
      ops.push({ kind: '+', line: b[j++]! });
    }
  }
  while (i < n) ops.push({ kind: '-', line: a[i++]! });
  while (j < m) ops.push({ kind: '+', line: b[j++]! });
  return ops;
}
