// Plain tables of strings for the trend reports: aligned columns for a terminal (numbers to the
// right), and GitHub-flavoured markdown with the same alignment.
import { displayWidth, padToWidth } from './display-width.ts';
import { cell } from './markdown.ts';
import { printableLine } from './printable.ts';

export type Align = 'left' | 'right';

export interface Table {
  headers: string[];
  align: Align[];
  rows: string[][];
}

/** Two spaces of indent, columns two spaces apart, no trailing spaces. */
export function textTable(table: Table): string[] {
  const all = [table.headers, ...table.rows].map((row) => row.map(printableLine));
  // Columns a terminal shows (display-width.ts): a name in CJK or with an emoji lines up.
  const widths = table.headers.map((_, i) => Math.max(...all.map((row) => displayWidth(row[i]!))));
  const pad = (text: string, i: number) => padToWidth(text, widths[i]!, table.align[i]);
  return all.map((row) => `  ${row.map(pad).join('  ')}`.trimEnd());
}

/** Cells are escaped as text; a header's alignment follows `align`. */
export function markdownTable(table: Table): string[] {
  return [
    `| ${table.headers.map(cell).join(' | ')} |`,
    `| ${table.align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}
