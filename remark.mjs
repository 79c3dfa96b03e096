// remark's configuration for a playbook's MDX files, for this repository's .remarkrc.mjs and a
// team's (`playbook init` writes one): the remark language server (VS Code:
// unifiedjs.vscode-remark) reads it as you type, and so do remark-cli and unified-engine. It checks
// the YAML frontmatter of accounts, plans and guides against the JSON Schemas that `playbook
// schema` generates from the checker's zod schemas. tests/json-schema/remark-frontmatter.test.ts
// runs the remark engine with it, in this repository and in a team's.
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import remarkMdx from 'remark-mdx';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/**
 * The config for the .remarkrc.mjs at `configUrl` (its `import.meta.url`), whose folder holds
 * `content/`; `schemas`: the folder of the JSON Schemas, relative to it.
 */
export function playbookRemarkConfig(configUrl, { schemas = 'schemas' } = {}) {
  /** The config's folder, as the plugin prefixes the schemas' paths with it. */
  const here = dirname(fileURLToPath(configUrl)) + sep;
  return {
    plugins: [
      remarkMdx,
      [remarkFrontmatter, ['yaml']],
      [
        remarkLintFrontmatterSchema,
        [
          'error',
          {
            // Schema => globs of the files it checks, relative to the config's folder (minimatch). A
            // file that several globs match gets the last one's schema: `!(index).mdx` keeps an
            // account's index.mdx out of the plans, whatever the order.
            schemas: {
              [`${schemas}/account.schema.json`]: ['content/accounts/*/index.mdx'],
              [`${schemas}/plan.schema.json`]: ['content/accounts/*/!(index).mdx'],
              [`${schemas}/guide.schema.json`]: ['content/guides/*.mdx'],
            },
          },
        ],
      ],
      () => frontmatterSchemaPlaces(here),
    ],
  };
}

/**
 * Finishes the messages of remark-lint-frontmatter-schema (3.15.4) so that an editor shows each
 * one where it belongs and says which field it is about:
 * - each message gets its `place`: the plugin sets only `position`, which vfile-message 4 no
 *   longer reads, so the remark language server would put every message on the first line;
 * - each message starts with the field it is about (`commitments[2].due`);
 * - an unknown field (`additionalProperties`) is named, and placed on its key rather than on the
 *   whole object that holds it;
 * - what has no place in the YAML (a required field missing at the top level) goes on the
 *   opening `---`;
 * - the schema's path is shown relative to this folder.
 */
function frontmatterSchemaPlaces(HERE) {
  return (tree, file) => {
    const frontmatter = tree.children.find((node) => node.type === 'yaml');
    if (!frontmatter?.position) return;
    // The plugin counts lines from the opening `---`, which remark-frontmatter only accepts on the
    // first line; the YAML starts on the next one.
    const fence = frontmatter.position.start.line;
    const lineCounter = new LineCounter();
    let document;
    for (const message of file.messages) {
      const error = message.schema;
      if (message.ruleId !== 'frontmatter-schema' || !error || typeof error.instancePath !== 'string') continue;
      const path = error.instancePath.split('/').slice(1).map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
      let place = message.position;
      let reason = message.reason.replaceAll(HERE, '');
      const unknown = error.keyword === 'additionalProperties' ? error.params?.additionalProperty : undefined;
      if (typeof unknown === 'string') {
        document ??= parseDocument(frontmatter.value, { lineCounter });
        const parent = path.length === 0 ? document.contents : document.getIn(path, true);
        const key = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === unknown)?.key : undefined;
        if (key?.range) {
          const start = lineCounter.linePos(key.range[0]);
          const end = lineCounter.linePos(key.range[1]);
          place = { start: { line: fence + start.line, column: start.col }, end: { line: fence + end.line, column: end.col } };
        }
        message.actual = unknown;
        reason = reason.replace(/^Must NOT have additional properties/, `Unknown field \`${fieldName([...path, unknown])}\`: must NOT have additional properties`);
      } else if (path.length > 0) {
        reason = `\`${fieldName(path)}\`: ${reason}`;
      }
      place ??= { start: { line: fence, column: 1 }, end: { line: fence, column: 4 } };
      message.place = place;
      message.position = place;
      message.line = place.start.line;
      message.column = place.start.column;
      message.reason = reason;
      message.message = reason;
      if (typeof message.note === 'string') message.note = message.note.replaceAll(HERE, '');
    }
  };
}

/** `commitments[2].due` for the path commitments/2/due. */
function fieldName(path) {
  return path.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
