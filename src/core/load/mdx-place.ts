// Places in an MDX body, for the problems found in its compiled module (which has no positions).
import { createRequire } from 'node:module';
import type { tokenizer as Tokenizer } from 'acorn';
import type { MdastNode } from './mdx-files.ts';

/** The body's line and column of the first match, 1-based. */
export function placeOf(body: string, pattern: RegExp): { line: number; column: number } | undefined {
  const match = pattern.exec(body);
  if (!match) return undefined;
  const before = body.slice(0, match.index);
  const line = before.split('\n').length;
  return { line, column: match.index - before.lastIndexOf('\n') };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a component is first used as a tag, else where its name first appears. */
export function componentPlace(body: string, name: string): { line: number; column: number } {
  return placeOf(body, new RegExp(`<${escapeRegExp(name)}[\\s./>]`)) ?? namePlace(body, name);
}

/** Where a name first appears as a whole word (not a property: `.total`). */
export function namePlace(body: string, name: string): { line: number; column: number } {
  return placeOf(body, new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`)) ?? { line: 1, column: 1 };
}

/**
 * Where a name is first used in the body's code: its `{expressions}`, its `import`/`export`
 * blocks and its JSX tags, read as JavaScript tokens, so that a name in a comment, in a string,
 * after a `.` (`{props.total}`), or in the prose around (`the total is {total}`) is not taken for
 * it. Else where it first appears as a word anywhere.
 */
export function namePlaceInCode(body: string, name: string, root: MdastNode): { line: number; column: number } {
  for (const [start, end] of codeSpans(root)) {
    const at = firstUse(body.slice(start, end), name);
    if (at !== undefined) return placeAt(body, start + at);
  }
  return namePlace(body, name);
}

/** [start, end) offsets of the body's code, in the order it comes. */
function codeSpans(root: MdastNode): [number, number][] {
  const spans: [number, number][] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.children) stack.push(...node.children);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') spans.push([start, end]);
    // A JSX element's tag, up to its first child: its attributes have no places of their own.
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') spans.push([start, node.children?.[0]?.position?.start.offset ?? end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

let acornTokenizer: typeof Tokenizer | undefined;

/** The offset in `code` of the first token that is `name` as a reference (not a property), if any. */
function firstUse(code: string, name: string): number | undefined {
  if (!code.includes(name)) return undefined;
  acornTokenizer ??= (createRequire(import.meta.url)('acorn') as { tokenizer: typeof Tokenizer }).tokenizer;
  let previous = '';
  try {
    for (const token of acornTokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
      if (token.type.label === 'name' && (token as { value?: unknown }).value === name && previous !== '.' && previous !== '?.') return token.start;
      previous = token.type.label;
    }
  } catch {
    // A JSX tag's text that is not JavaScript (`<a href="x">` reads; a bare `'` may not): the tokens up to there were looked at.
  }
  return undefined;
}

function placeAt(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
