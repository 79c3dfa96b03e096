// The floor a command is judged against: one node process that merely reads content files and
// parses their YAML (a .yaml file whole, an .mdx file's frontmatter) with js-yaml, the fastest
// general YAML parser on npm, in the CORE schema the loader reads with. (The loader first tries
// its own block reader, src/core/load/block-yaml.ts, which is faster still: that is part of what
// is measured, not of the floor.) Plain JavaScript on purpose: a .ts entry would make Node load
// its TypeScript stripper (about 40 ms here) and so raise the floor.
//   node scripts/bench-floor.mjs DIR            every .yaml and .mdx file under DIR
//   node scripts/bench-floor.mjs DIR FILE...    only these files, relative to DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** Every .yaml and .mdx file under `dir`, listed as the loader lists (names and types, no stat). */
function contentFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...contentFiles(path));
    else if (/\.(ya?ml|mdx)$/.test(entry.name)) found.push(path);
  }
  return found;
}

const [dir, ...files] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/bench-floor.mjs DIR [FILE...]');
  process.exit(2);
}
let parsed = 0;
for (const path of files.length > 0 ? files.map((file) => join(dir, file)) : contentFiles(dir)) {
  const text = readFileSync(path, 'utf8');
  const source = path.endsWith('.mdx') ? (FRONTMATTER.exec(text)?.[1] ?? '') : text;
  if (yaml.load(source, { schema: yaml.CORE_SCHEMA }) !== undefined) parsed++;
}
// Printed so the work cannot be skipped, and so the bench can see that every file was read.
console.log(parsed);
