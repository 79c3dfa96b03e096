// Writes a synthetic playbook to a folder, for trying the site or the checker at scale:
//   node scripts/generate-playbook.ts --accounts 100 --out /tmp/playbook [--seed 1] [--as-of 2026-11-22]
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatePlaybook, writePlaybook } from '../src/core/generate/synthetic-playbook.ts';

const usage = 'usage: node scripts/generate-playbook.ts --accounts N --out DIR [--seed S] [--as-of YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function wholeNumber(text: string | undefined, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a whole number, got ${text}`);
  return value;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      accounts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string', default: '2026-11-22' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.accounts === undefined || values.out === undefined) fail('--accounts and --out are required');
const asOf = values['as-of'];
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail(`--as-of must be YYYY-MM-DD, got ${asOf}`);

const accounts = wholeNumber(values.accounts, 'accounts');
const seed = wholeNumber(values.seed, 'seed');
const out = values.out;
// Writing into a folder that already has content would mix two playbooks; say so rather than delete.
const hadFiles = existsSync(out) && readdirSync(out).length > 0;

const files = generatePlaybook({ accounts, seed, asOf });
writePlaybook(out, files);

const paths = [...files.keys()];
const plans = paths.filter((p) => p.startsWith('accounts/') && !p.endsWith('/index.mdx')).length;
const guides = paths.filter((p) => p.startsWith('guides/')).length;
// A commitment is the only list item whose second line is `what:`.
const commitments = [...files.values()].reduce((sum, text) => sum + (text.match(/^ {2}- id: .*\n {4}what:/gm)?.length ?? 0), 0);
console.log(`Wrote ${files.size} files to ${out} (seed ${seed}, as of ${asOf}):`);
console.log('  playbook.yaml');
console.log('  people.yaml');
console.log(`  accounts/*/index.mdx  ${accounts} accounts`);
console.log(`  accounts/*/*.mdx      ${plans} plans, ${commitments} commitments`);
console.log(`  guides/*.mdx          ${guides} ${guides === 1 ? 'guide' : 'guides'}`);
if (hadFiles) console.log(`Note: ${out} already had files; any not listed above were left as they were.`);
