// Files read ahead in batches (file-source.ts, readAhead) load exactly as files read one by one:
// the same values, the same findings, the same texts; and a file that is not valid UTF-8 or cannot
// be read is still reported by the usual read.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { diskSource, type FileSource } from '../../src/core/load/file-source.ts';
import { buildPlaybook } from '../helpers/playbook-builder.ts';

const AS_OF = '2026-11-22';

/** The disk, read one file at a time. */
function oneByOne(dir: string): FileSource {
  const { readAhead: _, ...source } = diskSource(dir);
  return source;
}

function loaded(dir: string, source?: FileSource) {
  const result = checkPlaybook(dir, { asOf: AS_OF, now: new Date(0), cwd: dir, ...(source ? { source } : {}) });
  return {
    findings: result.findings,
    texts: [...result.content.files].map(([path, file]) => [path, file.text]),
    data: [...result.content.accounts.map((a) => a.data), ...result.content.plans.map((p) => p.data)],
  };
}

describe('files read ahead', () => {
  it('load as files read one by one, over many batches', () => {
    const { dir } = buildPlaybook(Object.fromEntries(generatePlaybook({ accounts: 120, asOf: AS_OF })), { prefix: 'ahead-' });
    const ahead = loaded(dir);
    expect(ahead.texts.length).toBeGreaterThan(400);
    expect(ahead).toEqual(loaded(dir, oneByOne(dir)));
  });

  it('leave a file that is not UTF-8, or cannot be read, to the usual read and its finding', () => {
    const playbook = buildPlaybook(Object.fromEntries(generatePlaybook({ accounts: 3, asOf: AS_OF })), { prefix: 'ahead-' });
    const [first, second] = playbook.list().filter((path) => path.endsWith('index.mdx'));
    writeFileSync(join(playbook.dir, first!), Buffer.from('---\nname: Caf\xe9\n---\n', 'latin1'));
    chmodSync(join(playbook.dir, second!), 0o000);
    const ahead = loaded(playbook.dir);
    chmodSync(join(playbook.dir, second!), 0o644);
    const messages = ahead.findings.filter((f) => f.rule === 'schema').map((f) => `${f.file.endsWith(first!)} ${f.message}`);
    expect(messages.some((m) => m.startsWith('true ') && /UTF-8/.test(m))).toBe(true);
    if (process.getuid?.() !== 0) expect(messages.some((m) => /cannot be read/.test(m))).toBe(true);
  });
});
