// The commands as people run them: a real process, its exit code, and what it prints where.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, makeFixture, type Fixture } from './fixture.ts';

const ENTRY = fileURLToPath(new URL('../../scripts/playbook.ts', import.meta.url));

let fixture: Fixture;
beforeAll(() => {
  fixture = makeFixture();
});
afterAll(() => fixture.cleanup());

function playbook(...argv: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PLAYBOOK_AS_OF: '2026-11-20', NO_COLOR: '1' };
  delete env.PLAYBOOK_CONTENT_DIR;
  const child = spawnSync(process.execPath, [ENTRY, ...argv], {
    cwd: fixture.root,
    encoding: 'utf8',
    env,
    input: '',
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the playbook command line', () => {
  it('lists the authoring commands', () => {
    const { code, stdout } = playbook('--help');
    expect(code).toBe(0);
    for (const name of ['new', 'log', 'done', 'drop', 'slip', 'sign', 'handoff', 'schema']) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('exit 1 and a suggestion for an unknown person; nothing written', () => {
    const hash = fixture.hash();
    const { code, stdout, stderr } = playbook('log', 'northwind', '--by', 'jane', '--kind', 'call');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('playbook log: --by `jane` is not a person in content/people.yaml (did you mean jane-doe?); use a person id from there, or add them first.\n');
    expect(fixture.hash()).toBe(hash);
  });

  it('exit 1 for a signature already recorded, saying by whom and when; nothing written', () => {
    const hash = fixture.hash();
    const { code, stdout, stderr } = playbook('sign', 'northwind/rollout', '--customer', "Ana O'Neil");
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('playbook sign: northwind/rollout is already signed by the customer: Bob Smith on 2026-08-20; pass --force to replace that signature.\n');
    expect(fixture.hash()).toBe(hash);
  });

  it('exit 2 naming the missing flag, with the usage', () => {
    const { code, stderr } = playbook('drop', 'northwind/rollout#site-8', '--told', 'Bob Smith');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^playbook drop: --reason is required\.\n\nUsage: playbook drop/);
  });

  it('exit 2 for `new` without its flags when standard input is not a terminal', () => {
    const { code, stderr } = playbook('new', 'guide', 'pricing');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^playbook new: --title is required/);
  });

  it('exit 0: the diff on standard output, the summary on standard error', () => {
    const { code, stdout, stderr } = playbook('done', 'northwind/rollout#pilot', '--date', '2026-10-14');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '--- a/content/accounts/northwind/rollout.mdx',
        '+++ b/content/accounts/northwind/rollout.mdx',
        '@@ -13,6 +13,7 @@',
        '   - id: pilot',
        '     title: "Pilot site live"',
        '     due: 2026-10-15          # the pilot',
        '+    done: 2026-10-14',
        "   - { id: wave-1, title: 'Wave 1 live', due: 2026-12-15 }",
        ' commitments:',
        '   - id: order-hardware',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('Marked milestone northwind/rollout#pilot (Pilot site live) done on 2026-10-14.\n');
    expect(fixture.read('accounts/northwind/rollout.mdx')).toBe(
      FILES['accounts/northwind/rollout.mdx']!.replace('# the pilot\n', '# the pilot\n    done: 2026-10-14\n'),
    );
  });
});
