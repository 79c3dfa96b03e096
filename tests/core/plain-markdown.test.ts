// Which bodies skip the MDX pipeline: only those that render the same as plain Markdown.
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/core/load/plain-markdown.ts';

describe('isPlainMarkdown', () => {
  it('accepts headings, lists, tables, emphasis and code', () => {
    expect(isPlainMarkdown('## Title\n\n- a\n- **b**\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')).toBe(true);
    expect(isPlainMarkdown('Use `<Callout>` or `{x}` in code.\n')).toBe(true);
    expect(isPlainMarkdown('```tsx\nconst a = <div>{x}</div>;\nimport x from "y";\n```\nafter\n')).toBe(true);
  });

  it('sends imports, exports, JSX and expressions to MDX', () => {
    expect(isPlainMarkdown("import Callout from '../components/Callout.astro';\n\nText\n")).toBe(false);
    expect(isPlainMarkdown('export const a = 1;\n\nText\n')).toBe(false);
    expect(isPlainMarkdown('Some <Callout>text</Callout>\n')).toBe(false);
    expect(isPlainMarkdown('The answer is {6 * 7}.\n')).toBe(false);
    expect(isPlainMarkdown('A <b>raw</b> tag\n')).toBe(false);
    expect(isPlainMarkdown('<!-- a comment -->\n')).toBe(false);
    expect(isPlainMarkdown('![The site map](./site-map.png)\n')).toBe(false);
  });
});
