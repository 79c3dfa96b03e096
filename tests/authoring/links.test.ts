// A file the user linked is edited where the link points, and the link stays a link: `check` reads
// through links, so the edit must land in the file it read. A file with more than one hard link
// is refused (an atomic rename would split it into two files with different text).
import { linkSync, lstatSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { FILES, fakeIo, makeFixture, type Fixture } from './fixture.ts';

const PLAN = 'accounts/northwind/rollout.mdx';
let fixture: Fixture;
let outside: string;
beforeEach(() => {
  fixture = makeFixture();
  outside = mkdtempSync(join(tmpdir(), 'playbook-shared-'));
});
afterEach(() => {
  fixture.cleanup();
  rmSync(outside, { recursive: true, force: true });
});

describe('a plan that is a symbolic link', () => {
  it('`done` writes the file the link points to, and the link stays a link', async () => {
    const real = join(outside, 'rollout.mdx');
    const link = join(fixture.content, PLAN);
    renameSync(link, real);
    symlinkSync(real, link);
    const { io, stdout, stderr } = fakeIo(fixture.root);
    expect(await main(['done', 'northwind/rollout#pilot', '--date', '2026-10-14'], io)).toBe(0);
    expect(stderr()).toMatch(/^Marked .* done/);
    expect(stdout()).toContain('+    done: 2026-10-14\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('    done: 2026-10-14\n');
  });
});

describe('a plan with a second hard link', () => {
  it('is refused, saying why, and neither name changes', async () => {
    const other = join(outside, 'rollout.mdx');
    linkSync(join(fixture.content, PLAN), other);
    const hash = fixture.hash();
    const { io, stdout, stderr } = fakeIo(fixture.root);
    expect(await main(['done', 'northwind/rollout#pilot', '--date', '2026-10-14'], io)).toBe(1);
    expect(stderr()).toBe(
      'playbook done: content/accounts/northwind/rollout.mdx has 2 hard links; an edit writes a new file, which would leave the other names with the old text, so nothing was written. Make it a single file (or a symbolic link) to edit it.\n',
    );
    expect(stdout()).toBe('');
    expect(fixture.hash()).toBe(hash);
    expect(readFileSync(other, 'utf8')).toBe(FILES[PLAN]);
    expect(lstatSync(other).nlink).toBe(2);
  });
});
