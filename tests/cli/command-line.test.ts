// What people expect of any command line: --version, `help <command>`, "did you mean" for a
// mistyped command or option, usage errors on standard error, and shell completion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, optionsOf } from '../../src/cli/commands.ts';
import { main } from '../../src/cli/main.ts';

async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    env: {},
    cwd: process.cwd(),
    now: () => new Date(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { status, stdout, stderr };
}

describe('the playbook command line', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v', 'version']) expect(await run([flag])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('takes `help <command>` as `<command> --help`', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const help = await run(['help', name]);
      expect(help).toEqual(await run([name, '--help']));
      expect(help.stdout, name).toMatch(new RegExp(`^Usage: playbook ${name}`));
    }
  });

  it('answers `completion --help` and `help completion` alike', async () => {
    const help = await run(['completion', '--help']);
    expect(help).toEqual(await run(['help', 'completion']));
    expect(help).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: playbook completion bash\|zsh\n/), stderr: '' });
  });

  it('takes --content and --as-of in every command that reads the playbook', () => {
    const reading = Object.keys(COMMANDS).filter((name) => optionsOf(name).includes('--content'));
    expect(reading.filter((name) => !optionsOf(name).includes('--as-of'))).toEqual([]);
    expect(reading).toContain('codeowners');
  });

  it('says where to run `build` when no Astro is installed for the folder it runs in', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'playbook-no-astro-'));
    let stderr = '';
    const status = await main(['build', '--content', join(process.cwd(), 'content'), '--out', join(folder, 'out')], {
      env: {},
      cwd: folder,
      now: () => new Date(),
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(new RegExp(`^playbook build: run it in the playbook's repository, where \`npm install\` has installed followthrough and Astro: no astro package is installed for ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\.\n`));
    expect(existsSync(join(folder, 'out'))).toBe(false);
  });

  it('checks --as-of even where nothing depends on the day (codeowners)', async () => {
    expect(await run(['codeowners', '--content', 'content', '--as-of', '2026-13-01', '--output', '-'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'playbook codeowners: The as-of date "2026-13-01" is not a calendar date: write it YYYY-MM-DD, such as 2026-11-22.\n',
    });
    const written = await run(['codeowners', '--content', 'content', '--as-of', '2026-11-22', '--output', '-']);
    expect(written).toMatchObject({ status: 0, stdout: expect.stringMatching(/^# BEGIN playbook accounts/) });
  });

  it('puts a usage mistake on standard error with exit 2, suggesting the closest command or option', async () => {
    expect(await run(['--verison'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^playbook: unknown option `--verison` \(did you mean --version\?\)\.\n\nUsage: playbook/) });
    expect(await run(['completon', 'bash'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^playbook: unknown command `completon` \(did you mean completion\?\)/) });
    expect(await run(['chek'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^playbook: unknown command `chek` \(did you mean check\?\)/) });
    expect(await run(['check', '--as-off', '2026-11-22'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: expect.stringMatching(/^playbook check: Unknown option '--as-off' \(did you mean --as-of\?\)/),
    });
    expect(await run(['help', 'chek'])).toMatchObject({ status: 2, stderr: expect.stringContaining('(did you mean check?)') });
    const bare = await run([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: playbook <command>');
  });

  it('completes every command and its options in bash and zsh', async () => {
    const bash = await run(['completion', 'bash']);
    expect(bash.status).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(bash.stdout).toContain(`    ${name}) opts="${optionsOf(name).join(' ')} --help" ;;`);
    expect(optionsOf('check')).toEqual(['--content', '--as-of', '--format', '--output', '--fail-on', '--base', '--changed']);
    // The script is valid bash, and completes `playbook ch` to check.
    const script = `${bash.stdout}\nCOMP_WORDS=(playbook ch); COMP_CWORD=1; _playbook; echo "\${COMPREPLY[@]}"`;
    const completed = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(completed.stdout.trim()).toBe('check');
    const zsh = await run(['completion', 'zsh']);
    expect(zsh.stdout).toContain('compdef _playbook playbook');
    expect(await run(['completion', 'fish'])).toMatchObject({ status: 2, stderr: expect.stringContaining('`playbook completion bash` or `playbook completion zsh`') });
  });
});
