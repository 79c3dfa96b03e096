// `playbook codeowners`: write (or, with --check, verify) the CODEOWNERS block that makes each
// account's owner and team the reviewers of changes to its folder.
import { countOf } from '../core/words.ts';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/edit/atomic-write.ts';
import { newlineOf } from '../core/edit/text.ts';
import { decodeUtf8 } from '../core/load/decode.ts';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlaybook } from '../core/load/load-playbook.ts';
import { codeownersBlock, locateCodeowners, withBlock } from '../core/git/codeowners.ts';
import { resolveAsOf } from '../core/check.ts';
import { asOfDate, contentDir, type CliEnvironment } from './environment.ts';

export function runCodeowners(argv: string[], io: CliEnvironment): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      'as-of': { type: 'string' },
      output: { type: 'string' },
      check: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const given = contentDir(values.content, io.env);
  const dir = io.cwd === process.cwd() ? given : resolve(io.cwd, given);
  const content = loadPlaybook(dir, { cwd: io.cwd });
  // Nothing here depends on the day, but every command that reads the playbook takes --as-of (and
  // PLAYBOOK_AS_OF), refusing one that is not a date, so that a script can pass each the same flags.
  const asOf = asOfDate(values['as-of'], io.env);
  if (asOf !== undefined) resolveAsOf(content, { asOf, now: io.now() });
  const broken = content.problems.filter((p) => p.severity === 'error' && /(^|\/)(people\.yaml|accounts\/[^/]+\/index\.mdx)$/.test(p.file));
  if (broken.length > 0 && !values.check) {
    io.stderr.write(`playbook codeowners: people.yaml or an account does not validate, so its owners cannot be known; fix it first (\`playbook check\`):\n${broken.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}\n`);
    return 1;
  }
  const where = locateCodeowners(dir, io.cwd);
  const block = codeownersBlock(content, where.contentPath);
  for (const entry of block.missing) io.stderr.write(`playbook codeowners: no github handle in people.yaml for ${entry.replace(': ', "'s ")}\n`);

  if (values.output === '-') {
    io.stdout.write(block.text);
    return 0;
  }
  const target = values.output !== undefined ? resolve(io.cwd, values.output) : (where.existing ?? join(where.root, '.github', 'CODEOWNERS'));
  const shown = relative(io.cwd, target) || target;
  let written: string | undefined;
  if (existsSync(target)) {
    // Only the playbook's block is rewritten: a file that is not UTF-8 would lose bytes elsewhere.
    const decoded = decodeUtf8(readFileSync(target));
    if (!decoded.ok) {
      io.stderr.write(`playbook codeowners: ${shown}:${decoded.line}:${decoded.column}: ${decoded.message}; nothing was written.\n`);
      return 1;
    }
    written = decoded.text;
  }
  const current = written?.replace(/\r\n/g, '\n');
  const next = withBlock(current, block.text);
  if (values.check) {
    if (current === next) {
      io.stdout.write(`${shown} is up to date.\n`);
      return 0;
    }
    io.stdout.write(`${shown} ${current === undefined ? 'does not exist' : 'is out of date'}: run \`npm run playbook -- codeowners\` and commit it.\n`);
    return 1;
  }
  if (current === next) {
    io.stdout.write(`${shown} is up to date.\n`);
    return 0;
  }
  mkdirSync(dirname(target), { recursive: true });
  // The file's own line ends, and a write that is never half done.
  writeFileAtomic(target, written !== undefined && newlineOf(written) === '\r\n' ? next.replace(/\n/g, '\r\n') : next, { exclusive: written === undefined });
  io.stdout.write(`Wrote ${shown}: ${countOf(content.accounts.length, 'account folder')}.\n`);
  return 0;
}
