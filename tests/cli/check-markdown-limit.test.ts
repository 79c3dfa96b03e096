// `check --format markdown` goes into a job summary or a pull-request comment, and GitHub takes
// at most 65,536 characters in a comment: a playbook with thousands of findings gets a report
// that fits, lists the first findings of every rule, and says how many it leaves out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePlaybook, writePlaybook } from '../../src/core/generate/synthetic-playbook.ts';

const ENTRY = fileURLToPath(new URL('../../scripts/playbook.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'markdown-limit-'));
const content = join(root, 'large');
const small = join(root, 'small');

function check(format: string, asOf: string, dir = content): string {
  const result = spawnSync(process.execPath, [ENTRY, 'check', '--content', dir, '--as-of', asOf, '--format', format, '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

beforeAll(() => {
  writePlaybook(content, generatePlaybook({ accounts: 300, asOf: '2026-11-22' }));
  writePlaybook(small, generatePlaybook({ accounts: 20, asOf: '2026-11-22' }));
}, 60_000);

describe('check --format markdown on a playbook with thousands of findings', () => {
  // Three months on, nearly everything is overdue.
  let markdown: string;
  let byRule: Map<string, number>;
  let total: number;
  beforeAll(() => {
    markdown = check('markdown', '2027-03-01');
    const findings = (JSON.parse(check('json', '2027-03-01')) as { findings: { rule: string }[] }).findings;
    total = findings.length;
    byRule = new Map();
    for (const { rule } of findings) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }, 60_000);

  it('fits in a comment', () => {
    expect(total).toBeGreaterThan(2000);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
  });

  it('says how many it lists and where to see them all', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `')).length;
    expect(markdown).toContain(`> **${rows} of ${total}** findings are listed here, the first few of each rule: GitHub takes at most 65,536 characters in a comment. Run \`playbook check\` to see every one.`);
  });

  it('names every rule with its whole count, and what each leaves out', () => {
    const sections = markdown.split('\n#### ').slice(1);
    expect(sections.map((section) => /^`([^`]+)`/.exec(section)![1]).sort()).toEqual([...byRule.keys()].sort());
    for (const section of sections) {
      const [, rule, count] = /^`([^`]+)` \((\d+)\)/.exec(section)!;
      expect(Number(count), rule).toBe(byRule.get(rule!));
      const rows = section.split('\n').filter((line) => line.startsWith('| `')).length;
      expect(rows, rule).toBeGreaterThan(0);
      const left = Number(count) - rows;
      if (left > 0) expect(section, rule).toContain(`_...and ${left} more not listed here._`);
      else expect(section, rule).not.toContain('more not listed here');
    }
  });

  it('lists every finding of a smaller playbook, as before', () => {
    const report = check('markdown', '2026-11-22', small);
    const findings = (JSON.parse(check('json', '2026-11-22', small)) as { findings: unknown[] }).findings;
    expect(findings.length).toBeGreaterThan(10);
    expect(report.split('\n').filter((line) => line.startsWith('| `')).length).toBe(findings.length);
    expect(report).not.toContain('findings are listed here');
    expect(report).not.toContain('more not listed here');
  });
});
