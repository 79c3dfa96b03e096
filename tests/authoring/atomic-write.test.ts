// An interrupted write never leaves a half-written file: the change goes to a hidden temporary
// file, is flushed, and replaces the file in one rename.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { writeFileAtomic, type WriteFs } from '../../src/core/edit/atomic-write.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, FILES, fakeIo, makeFixture, NOW, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

const ARGV = ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'A call'];

function failing(step: 'write' | 'fsync' | 'rename' | 'link'): WriteFs {
  const error = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...fs,
    writeSync(fd, buffer, offset, length) {
      if (step !== 'write') return fs.writeSync(fd, buffer, offset, length);
      fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      throw error('ENOSPC');
    },
    fsyncSync(fd) {
      if (step === 'fsync') throw error('EIO');
      fs.fsyncSync(fd);
    },
    renameSync(from, to) {
      if (step === 'rename') throw error('EIO');
      fs.renameSync(from, to);
    },
    linkSync(from, to) {
      if (step === 'link') throw error('EIO');
      fs.linkSync(from, to);
    },
  };
}

describe('a write that fails midway', () => {
  it.each(['write', 'fsync', 'rename'] as const)('at %s leaves the file as it was and no temporary file', async (step) => {
    const hash = fixture.hash();
    const { io, stderr } = fakeIo(fixture.root);
    const code = await main(ARGV, { ...io, writeFs: failing(step) } as typeof io);
    expect(code).toBe(1);
    expect(stderr()).toMatch(`could not write content/accounts/northwind/index.mdx (${step === 'write' ? 'ENOSPC' : 'EIO'}); the file is as it was.`);
    expect(fixture.hash()).toBe(hash);
    expect(fixture.list()).toEqual(Object.keys(FILES).sort());
  });

  it('creating a new file removes the folder it made when the write fails', async () => {
    const hash = fixture.hash();
    const { io } = fakeIo(fixture.root);
    const code = await main(['new', 'account', 'acme', '--name', 'Acme', '--owner', 'jane-doe'], { ...io, writeFs: failing('link') } as typeof io);
    expect(code).not.toBe(0);
    expect(fs.existsSync(join(fixture.content, 'accounts/acme'))).toBe(false);
    expect(fixture.hash()).toBe(hash);
  });

  it('a new file never replaces one that appeared meanwhile', () => {
    const path = join(fixture.content, 'guides/handing-over.mdx');
    expect(() => writeFileAtomic(path, 'new text', { exclusive: true })).toThrow(/EEXIST/);
    expect(fixture.read('guides/handing-over.mdx')).toBe(FILES['guides/handing-over.mdx']);
    expect(fixture.list()).toEqual(Object.keys(FILES).sort());
  });

  it('keeps the file mode', () => {
    const path = join(fixture.content, 'people.yaml');
    fs.chmodSync(path, 0o600);
    writeFileAtomic(path, 'x: { name: X }\n');
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('a process killed while writing', () => {
  const helper = fileURLToPath(new URL('./helpers/killed-writer.ts', import.meta.url));
  const target = () => join(fixture.content, 'accounts/northwind/index.mdx');
  const kill = (stage: string) => {
    const child = spawnSync(process.execPath, [helper, target(), stage], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(fixture.read('accounts/northwind/index.mdx')).toBe(FILES['accounts/northwind/index.mdx']);
  };
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: fixture.root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' } });
    expect(result.status).toBe(0);
    return result.stdout;
  };

  it.each(['mid-write', 'before-rename'])('%s, in a git repository: the old file whole, and nothing for `git add -A` to pick up', async (stage) => {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'The playbook');
    kill(stage);
    expect(fixture.list()).toEqual(Object.keys(FILES).sort());
    expect(git('status', '--porcelain', '--untracked-files=all', '--ignored')).toBe('');
    const leftovers = () => fs.readdirSync(join(fixture.root, '.git/playbook/tmp'));
    expect(leftovers()).toHaveLength(1);
    // The next write removes what the killed one left.
    const { io } = fakeIo(fixture.root);
    expect(await main(ARGV, io)).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it.each(['mid-write', 'before-rename'])('%s, outside git: the leftover beside the file is reported by check, and removed by the next edit', async (stage) => {
    kill(stage);
    const leftovers = fixture.list().filter((path) => !(path in FILES));
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^accounts\/northwind\/\.index\.mdx\.\d+\.[a-z0-9]+\.tmp$/);
    const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.file, f.rule, f.message])).toEqual([
      [
        `content/${leftovers[0]}`,
        'schema',
        'a temporary file left by an editing command that was stopped before it finished: delete it (the next editing command in this folder also does)',
      ],
    ]);
    const { io } = fakeIo(fixture.root);
    expect(await main(ARGV, io)).toBe(0);
    expect(fixture.list()).toEqual(Object.keys(FILES).sort());
  });
});
