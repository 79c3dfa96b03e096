// What the YAML syntax findings share (yaml-errors.ts words them, yaml-repair.ts finds one
// mistake of layout among the errors it causes): the words each begins with, its shape, and how a
// line of YAML is read (its indentation, its `- `, its field and value).

export interface YamlSyntaxError {
  /** 1-based, inside the YAML text. */
  line: number;
  column: number;
  message: string;
}

export const PREFIX = 'the YAML does not parse: ';

export interface CodedError extends YamlSyntaxError {
  code: string;
}

/** A line as the editor reads it: its indentation (tabs included), its `- ` if any, and the rest. */
export function shapeOf(text: string): { indent: number; dash: boolean; body: string; bodyColumn: number } {
  const lead = /^[ \t]*/.exec(text)![0].length;
  const dash = /^-( |$)/.test(text.slice(lead));
  const after = dash ? lead + 1 + /^ */.exec(text.slice(lead + 1))![0].length : lead;
  return { indent: lead, dash, body: text.slice(after), bodyColumn: after + 1 };
}

/** A line `  - key: value` or `  key:` as its key, the key's column and whether a value follows on the line. */
export function fieldOf(text: string): { key: string; column: number; hasValue: boolean } | undefined {
  const match = /^(\s*(?:-\s+)?)([^\s#'"{[\]},&*!|>%@`:-][^:#]*?|'[^']*'|"[^"]*")\s*:(?=\s|$)(.*)$/.exec(text);
  if (!match) return undefined;
  const rest = match[3]!.replace(/\s#.*$/, '').trim();
  return { key: match[2]!.trim(), column: match[1]!.length + 1, hasValue: rest !== '' && !/^[|>]/.test(rest) };
}

/** The nearest field line above `line` that starts at another column than `column`, within a few lines. */
export function previousField(lines: readonly string[], line: number, column: number): { key: string; column: number } | undefined {
  for (let i = line - 2; i >= Math.max(0, line - 6); i--) {
    const field = fieldOf(lines[i]!);
    if (field) return field.column !== column && field.column > 1 ? field : undefined;
  }
  return undefined;
}

export function keyOf(text: string): string | undefined {
  return fieldOf(text)?.key;
}

/** The inline value of a `key: value` line and its column. */
export function valueOf(text: string): { text: string; column: number } | undefined {
  const match = /^(\s*(?:-\s+)?[^:#]+?:[ \t]+)(\S.*?)\s*$/.exec(text);
  return match ? { text: match[2]!, column: match[1]!.length + 1 } : undefined;
}

export function firstColumn(text: string): number {
  return text.length - text.trimStart().length + 1;
}

/** The field whose value is the list or map a line at `column` stands in (`commitments` for an item's line). */
export function listAbove(lines: readonly string[], line: number, column: number): string | undefined {
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const shape = shapeOf(text);
    if (shape.indent < column) return fieldOf(shape.dash ? shape.body : text)?.key;
  }
  return undefined;
}

export function replaceLine(lines: readonly string[], line: number, text: string): string {
  return lines.map((original, i) => (i === line - 1 ? text : original)).join('\n');
}
