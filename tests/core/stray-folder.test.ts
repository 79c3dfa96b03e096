// A folder in the content folder that the playbook does not read is reported file by file, up
// to a few; what it holds is looked at up to a limit, so that a link to /sys or a copied home
// folder is reported at once rather than walked for minutes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { buildPlaybook } from '../helpers/playbook-builder.ts';

const AS_OF = '2026-11-22';
const loaded = (dir: string) => checkPlaybook(dir, { asOf: AS_OF, now: new Date(0), cwd: dir });

describe('a folder the playbook does not read, holding a great many entries', () => {
  it('is looked at up to a limit and reported in a few findings, at once (a link to /sys took minutes)', () => {
    const playbook = buildPlaybook(Object.fromEntries(generatePlaybook({ accounts: 1, asOf: AS_OF })), { prefix: 'many-' });
    const stray = join(playbook.dir, 'exports');
    for (let folder = 0; folder < 60; folder++) {
      mkdirSync(join(stray, `batch-${folder}`), { recursive: true });
      for (let file = 0; file < 100; file++) writeFileSync(join(stray, `batch-${folder}`, `row-${file}.csv`), '');
    }
    const findings = loaded(playbook.dir).findings.filter((f) => f.file.includes('exports'));
    expect(findings).toHaveLength(21);
    expect(findings.map((f) => f.message)).toContain(`and more under exports is not read either (it holds more than 5,000 entries, not all looked at): move it elsewhere or remove it`);
  });
});
