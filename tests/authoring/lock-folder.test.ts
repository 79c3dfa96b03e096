// The folder the locks go in: when it cannot be made or used, an edit says which folder and what
// to do (never "internal error"), and writes nothing. The shared one outside git, in /tmp, must
// be a folder of the user's own that no one else can write, as ssh wants of ~/.ssh.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { prepareLockFolder } from '../../src/core/edit/lock-folder.ts';
import { fakeIo, makeFixture, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

describe('a lock folder that cannot be made', () => {
  it('a file in its way: `log` names the folder and what to do, and writes nothing', async () => {
    // A work tree (made before anything asks where its git folder is), with a file where the locks go.
    mkdirSync(join(fixture.root, '.git', 'playbook'), { recursive: true });
    writeFileSync(join(fixture.root, '.git', 'playbook', 'locks'), '');
    const hash = fixture.hash();
    const { io, stdout, stderr } = fakeIo(fixture.root);
    expect(await main(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'A call'], io)).toBe(1);
    const folder = join(realpathSync(fixture.root), '.git', 'playbook', 'locks');
    expect(stderr()).toBe(`playbook log: the lock folder ${folder} cannot be made: a file is in its way (at that name or above it). Remove or move that file and run the command again; nothing was written.\n`);
    expect(stdout()).toBe('');
    expect(fixture.hash()).toBe(hash);
  });
});

describe('the shared lock folder in /tmp', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'playbook-lockdir-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('is refused when another user owns it', () => {
    const folder = join(parent, 'locks');
    mkdirSync(folder, { mode: 0o700 });
    chownSync(folder, 65534, 65534);
    expect(() => prepareLockFolder(folder, { shared: true })).toThrow(
      `the lock folder ${folder} belongs to another user (uid 65534), not to you: they could see, remove or fake the locks of your edits. Have it removed (it holds only locks: \`rm -r ${folder}\`, by its owner or an administrator) and run the command again; nothing was written.`,
    );
  });

  it('is refused when others can write it', () => {
    const folder = join(parent, 'locks');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    expect(() => prepareLockFolder(folder, { shared: true })).toThrow(`the lock folder ${folder} is writable by other users (mode 777): they could remove or fake the locks of your edits. Run \`chmod 700 ${folder}\` and run the command again; nothing was written.`);
  });

  it('is refused when it is a link', () => {
    const folder = join(parent, 'locks');
    mkdirSync(join(parent, 'elsewhere'));
    symlinkSync(join(parent, 'elsewhere'), folder);
    expect(() => prepareLockFolder(folder, { shared: true })).toThrow(`the lock folder ${folder} is a link, not a folder`);
  });

  it('is made readable and writable by its user alone', () => {
    const folder = join(parent, 'locks');
    prepareLockFolder(folder, { shared: true });
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});
