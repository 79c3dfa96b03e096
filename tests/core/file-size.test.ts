// A content file far larger than any playbook file is refused with one finding that says so, and
// is never read whole: a 3 GB file in the content folder was read into memory before anything
// else was said about it. The limit and its reasons are beside MAX_FILE_BYTES (file-source.ts).
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { treeSnapshot } from '../../src/core/git/tree-source.ts';
import { account, createPlaybook } from '../helpers/playbook-fixture.ts';
import { createRepo } from '../git/git-fixture.ts';

const AS_OF = '2026-11-22';
const FILE = 'accounts/northwind/index.mdx';
const tooLarge = (size: string) =>
  `is ${size} bytes, more than the 8,388,608 bytes (8 MB) a content file may hold, so nothing in it was checked: an account with years of touchpoints is tens of KB, so this is not a playbook file; move it out of the content folder, or cut it down if it is one`;

function findingsAbout(dir: string, file: string) {
  return checkPlaybook(dir, { asOf: AS_OF, now: new Date(0), cwd: dir })
    .findings.filter((f) => f.file === file)
    .map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
}

describe('a content file larger than 8 MB', () => {
  it('is one finding naming its size, the limit and what to do', () => {
    const playbook = createPlaybook({ [FILE]: account() });
    // An account file padded past the limit with a body of text: valid, and read whole before.
    playbook.write(FILE, account() + 'x'.repeat(8 * 1024 * 1024));
    const size = (account().length + 8 * 1024 * 1024).toLocaleString('en-US');
    expect(findingsAbout(playbook.dir, FILE)).toEqual([`schema 1:1 this file ${tooLarge(size)}`]);
  });

  it('of 3 GB is refused at once, without being read', () => {
    const playbook = createPlaybook({ [FILE]: account() });
    truncateSync(join(playbook.dir, FILE), 3_000_000_000); // sparse: nothing written to disk
    const started = performance.now();
    expect(findingsAbout(playbook.dir, FILE)).toEqual([`schema 1:1 this file ${tooLarge('3,000,000,000')}`]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('at a git commit (check --base) is refused the same way, without being read', () => {
    const repo = createRepo();
    repo.write('accounts/huge/notes.mdx', `---\ntitle: x\n---\n${'x'.repeat(8 * 1024 * 1024)}`);
    repo.commit('A huge file');
    const snapshot = treeSnapshot(repo.root, 'HEAD', repo.content);
    expect(() => snapshot.read('accounts/huge/notes.mdx')).toThrow(tooLarge('8,388,625'));
  });

});
