// Keeps the playbook's Markdown and MDX bodies from running script in a reader's browser: a
// Sätteri hast plugin, run by both pipelines (astro.config.mjs gives it to the Markdown processor,
// which @astrojs/mdx shares). Links and sources may only go to http(s), mailto and addresses on
// this site; a `[x](javascript:...)` keeps its text and loses its link. Event handler attributes,
// `set:html` and spread attributes are dropped, and elements that load or run code (script,
// iframe, object...) are removed, whether written as HTML in Markdown or as JSX in MDX.
//
// What this cannot reach: an MDX `import` or `export`, which runs at build time as any code in
// the repository does (reviewed in pull requests like the rest of it). An `{expression}` whose
// source mentions script is shown as its source text rather than run.
import type { HastPluginDefinition } from 'satteri';

const REMOVED = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'portal', 'noscript', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'xlinkhref', 'xlink:href', 'ping', 'data', 'codebase']);
const SCRIPT_TEXT = /(?:java|vb)script:|data:text\/html|\bon[a-z]+\s*=|set:html|dangerouslysetinnerhtml|<\s*script/i;

/** Whether a link or source address may stay: http(s), mailto, or one without a scheme (on this site). */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme (`java\tscript:`).
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

const isUrlName = (name: string) => URL_ATTRIBUTES.has(name.toLowerCase());
const isHandler = (name: string) => /^on/i.test(name) || /^(set:html|set:text|dangerouslysetinnerhtml|is:raw)$/i.test(name);

function safeValue(name: string, value: unknown): boolean {
  if (isHandler(name)) return false;
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
  if (text === undefined) return true;
  if (isUrlName(name)) return name.toLowerCase() === 'srcset' ? text.split(',').every((part) => isSafeUrl(part.trim().split(/\s+/)[0] ?? '')) : isSafeUrl(text);
  return !SCRIPT_TEXT.test(text.replace(/[\u0000-\u0020]/g, ''));
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

type Ctx = Parameters<NonNullable<Extract<HastPluginDefinition['element'], { visit: unknown }>>['visit']>[1];

function cleanJsx(node: { name: string | null; attributes: JsxAttribute[] }, ctx: Ctx): void {
  if (node.name && REMOVED.has(node.name.toLowerCase())) {
    ctx.removeNode(node as never);
    return;
  }
  const kept = node.attributes.filter((attribute) => {
    // `{...spread}` could hold anything; an attribute whose value is an expression is kept only where it cannot be a link or a handler.
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) return false;
    const value = attribute.value;
    if (value !== null && typeof value === 'object') return !isUrlName(attribute.name) && !isHandler(attribute.name) && !SCRIPT_TEXT.test(String((value as { value?: string }).value ?? ''));
    return safeValue(attribute.name, value);
  });
  if (kept.length !== node.attributes.length) ctx.replaceNode(node as never, { ...node, attributes: kept } as never);
}

export const safeMarkup: HastPluginDefinition = {
  name: 'followthrough-safe-markup',
  element: {
    filter: [],
    visit(node, ctx) {
      if (REMOVED.has(node.tagName.toLowerCase())) {
        ctx.removeNode(node);
        return;
      }
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (!safeValue(name, value)) ctx.setProperty(node, name, null);
      }
    },
  },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => cleanJsx(node as never, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => cleanJsx(node as never, ctx) },
  // Raw HTML in plain Markdown (the loader sends bodies with `<` to MDX, so only a defence here): shown as text.
  raw: (node, ctx) => {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  mdxFlowExpression: (node, ctx) => {
    if (SCRIPT_TEXT.test(node.value)) ctx.replaceNode(node, { type: 'text', value: `{${node.value}}` });
  },
  mdxTextExpression: (node, ctx) => {
    if (SCRIPT_TEXT.test(node.value)) ctx.replaceNode(node, { type: 'text', value: `{${node.value}}` });
  },
};
