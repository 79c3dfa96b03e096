// Playbooks nobody wrote on purpose: the rich site playbook with a few random edits each (a line
// deleted, doubled, swapped or re-indented, a value replaced by one of many odd ones, a reference
// pointed elsewhere, a file cut short, MDX syntax dropped into a body). Whatever the edit, every
// command answers in its own words (never "internal error", never a stack), the site's data for a
// playbook the build's gate lets through can be computed, and an MDX file `check` finds nothing
// wrong with compiles as the site compiles it. The edits are drawn from a fixed seed, so a failure
// names the round that reproduces it. (The corpus, tests/corpus/, holds one case per known defect;
// this looks for the ones nobody thought of.) To look further than CI does, give it more rounds and
// other seeds: `FUZZ_ROUNDS=1000 FUZZ_SEED=11 npx vitest run tests/cli/mutated-playbooks.test.ts`
// (about 25 s a thousand rounds on a 2-core machine).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkPlaybook, type CheckResult } from '../../src/core/check.ts';
import { STRUCTURAL_RULES } from '../../src/core/rules/catalog.ts';
import { personDatedFindings } from '../../src/site/by-person.ts';
import { buildLookup } from '../../src/site/lookup.ts';
import { plateOf } from '../../src/site/plates.ts';
import { writeFiles } from '../helpers/playbook-builder.ts';
import { RICH_AS_OF as AS_OF, RICH_FILES } from '../site/rich-playbook.ts';

/** A whole number from the environment, else `fallback`. */
function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

const ROUNDS = fromEnv('FUZZ_ROUNDS', 60);
const SEED = fromEnv('FUZZ_SEED', 20261203);

/** Odd values a person might type, or paste, after a key. */
const VALUES = [
  '', "''", 'null', '~', '[]', '{}', '0', '-1', '1e999', '.nan', 'yes', 'true', '12:30', '0x1F',
  '2026-02-30', '2026-13-01', '"2026-11-22"', '2026-11-22T10:00:00Z', '[2026-01-01]', '0001-01-01', '9999-12-31', '2026-11-22', '2027-01-01',
  '1w', '0d', '-3d', '99999w', 'ours', 'client', 'internal', 'done', 'open', 'dropped', 'active', 'agreed', 'draft',
  '&a x', '*a', '!!binary aGVsbG8=', '!!str 5', '? x', '- a', '{a: 1}', '"a: b"', "'{total}'", '"\\u0000"', '"\\ud800"',
  '<script>alert(1)</script>', '|\n  block', 'x'.repeat(3000),
];
/** Lines dropped into a file: MDX and Markdown syntax, fences, stray YAML. */
const LINES = ['{', '}', '<div>', '</div>', 'import x from "y"', 'export const a = 1', '{/* c */}', '<Callout />', '---', '+++', '...', '<!-- c -->', '```', '\t- a', 'unknown_key: 1', '  - ', '# heading'];

/** A small linear congruential generator: the same edits on every machine. */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return { next, pick: <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/** One random edit of `text`. */
function mutate(text: string, rng: ReturnType<typeof random>, ids: readonly string[]): string {
  const lines = text.split('\n');
  const i = Math.floor(rng.next() * lines.length);
  const line = lines[i] ?? '';
  switch (rng.pick(['delete', 'double', 'value', 'value', 'value', 'indent', 'swap', 'reference', 'cut', 'insert', 'prefix'] as const)) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'double':
      lines.splice(i, 0, line);
      break;
    case 'value': {
      const key = /^(\s*(?:- )?[\w-]+:)( .*)?$/.exec(line);
      lines[i] = key ? `${key[1]} ${rng.pick(VALUES)}` : `${line} ${rng.pick(VALUES)}`;
      break;
    }
    case 'indent':
      lines[i] = rng.next() < 0.5 ? `  ${line}` : line.replace(/^ {1,2}/, '');
      break;
    case 'swap': {
      const j = Math.floor(rng.next() * lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', line];
      break;
    }
    case 'reference':
      lines[i] = line.replace(/[a-z0-9-]{3,}$/, `${rng.pick(ids)}${rng.next() < 0.3 ? 'x' : ''}`);
      break;
    case 'cut':
      return text.slice(0, Math.floor(rng.next() * text.length));
    case 'insert':
      lines.splice(i, 0, rng.pick(LINES));
      break;
    case 'prefix':
      lines[i] = line.replace(/^(\s*)/, `$1${rng.pick(['- ', '\t', '# ', '"', "'", '&x ', '*x '])}`);
      break;
  }
  return lines.join('\n');
}

/** Runs the CLI in this process, as `playbook <argv>` would, and keeps what it prints. */
async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io = { env: {}, cwd: process.cwd(), now: () => new Date(`${AS_OF}T12:00:00Z`), stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) } };
  const code = await main(argv, io);
  return { code, stderr };
}

/** The site's data the pages compute for each person, for a playbook the gate lets through. */
function siteData(result: CheckResult): void {
  if (result.findings.some((finding) => STRUCTURAL_RULES.includes(finding.rule))) return;
  const playbook = { ...result, lookup: buildLookup(result) };
  for (const id of playbook.model.people.keys()) {
    plateOf(playbook, id);
    personDatedFindings(playbook, id);
  }
}

/** An MDX file as the site reads it: Astro's frontmatter, then the MDX compiler. */
async function compileAsTheSiteDoes(path: string): Promise<void> {
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  await mdxToJs(parsed.content, {
    fileURL: pathToFileURL(path),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro: { frontmatter: parsed.frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } },
  });
}

describe('random edits of a playbook', () => {
  let base: string;
  let edits: { account: string; owner: string; commitment: string; contact: string };
  const paths = Object.keys(RICH_FILES).filter((path) => /\.(mdx|ya?ml)$/.test(path));
  const ids = [...new Set(Object.values(RICH_FILES).flatMap((text) => [...text.matchAll(/(?:id|owner|chaser|by|lead|after|milestone): *([a-z0-9-]+)/g)].map((m) => m[1]!)))];

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'mutated-base-'));
    writeFiles(base, RICH_FILES);
    // What the edit commands are given: taken from the playbook as written, so they succeed on it.
    const { model } = checkPlaybook(base, { asOf: AS_OF, now: new Date(0) });
    const open = (view: (typeof model.accounts)[number]) => view.plans.flatMap((plan) => plan.commitments).find((c) => c.open);
    const view = model.accounts.find((a) => open(a) && a.account.contacts.length > 0)!;
    edits = { account: view.account.id, owner: view.account.data.owner, commitment: open(view)!.key, contact: view.account.contacts[0]!.name };
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  /** Every command, on the playbook in `dir`. */
  const commands = (dir: string) => {
    const common = ['--content', dir, '--as-of', AS_OF];
    return [
      ['check', ...common, '--format', 'json'],
      ['check', ...common],
      ['report', ...common, '--account', edits.account, '--format', 'markdown'],
      ['report', ...common, '--person', edits.owner],
      ['report', ...common, '--stale'],
      ['report', ...common, '--trend', '--by', 'person', '--format', 'json'],
      ['report', ...common, '--incidents'],
      ['log', edits.account, '--by', edits.owner, '--kind', 'call', '--note', 'Called', ...common],
      ['slip', edits.commitment, '--to', '2027-02-26', '--reason', 'Later', '--told', edits.contact, ...common],
      ['done', edits.commitment, ...common],
    ];
  };

  it('edits the playbook as written, so that the edits below are refused only for what was changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mutated-'));
    cpSync(base, dir, { recursive: true });
    const codes = [];
    for (const argv of commands(dir)) codes.push((await run(argv)).code);
    rmSync(dir, { recursive: true, force: true });
    expect(codes).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('is answered in the commands\' own words, and what passes the check builds', async () => {
    const problems: string[] = [];
    const rng = random(SEED);
    for (let round = 0; round < ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'mutated-'));
      cpSync(base, dir, { recursive: true });
      const changed = new Set<string>();
      for (let n = 1 + Math.floor(rng.next() * 3); n > 0; n--) {
        const path = rng.pick(paths);
        writeFileSync(join(dir, path), mutate(readFileSync(join(dir, path), 'utf8'), rng, ids));
        changed.add(path);
      }
      const where = `round ${round} (${[...changed].join(', ')})`;
      for (const argv of commands(dir)) {
        const { code, stderr } = await run(argv);
        if (![0, 1, 2].includes(code) || /internal error|\n\s+at /.test(stderr)) problems.push(`${where}: playbook ${argv[0]} exited ${code}: ${stderr.slice(0, 500)}`);
      }
      try {
        const result = checkPlaybook(dir, { asOf: AS_OF, now: new Date(0) });
        siteData(result);
        const flagged = new Set(result.findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.file));
        for (const path of changed) {
          if (!path.endsWith('.mdx') || [...flagged].some((file) => file.endsWith(path))) continue;
          await compileAsTheSiteDoes(join(dir, path)).catch((error: unknown) => problems.push(`${where}: ${path} passes the check but the site cannot compile it: ${String(error)}`));
        }
      } catch (error) {
        problems.push(`${where}: ${(error as Error).stack}`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
  }, Math.max(300_000, ROUNDS * 500));
});
