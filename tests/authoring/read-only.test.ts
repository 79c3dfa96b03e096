// A file its user made read-only is a file they asked not to be changed: an edit refuses it,
// saying how to go on, before anything is written (a rename needs only the folder to be writable,
// so without this check the file would be replaced, and made writable again).
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo, makeFixture, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

describe('a read-only file', () => {
  it('`log` refuses it, saying so, and writes nothing', async () => {
    const path = join(fixture.content, 'accounts/northwind/index.mdx');
    chmodSync(path, 0o444);
    const hash = fixture.hash();
    const { io, stdout, stderr } = fakeIo(fixture.root);
    expect(await main(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'A call'], io)).toBe(1);
    expect(stderr()).toBe('playbook log: content/accounts/northwind/index.mdx is read-only (mode 444): make it writable to edit it; nothing was written.\n');
    expect(stdout()).toBe('');
    expect(fixture.hash()).toBe(hash);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });
});
