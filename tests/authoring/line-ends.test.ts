// A file whose lines end with a carriage return alone (CR: old Mac OS) is reported by `check`
// plainly, at its first lone CR, and refused by every editing command, which leaves its bytes as
// they were: read as it is, it was one long line ("frontmatter never closed"), and an edit
// could not find its lines. See src/core/load/line-ends.ts for why it is not read as line ends.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, fakeIo, FILES, makeFixture, NOW, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

const ACCOUNT = 'accounts/northwind/index.mdx';
const PLAN = 'accounts/northwind/rollout.mdx';
const CR_ONLY =
  'the file ends its lines with a carriage return alone (CR, the line ends of old Mac OS), which the playbook does not read as line ends: save it with LF line ends (the line-ending setting of your editor, or `mac2unix`)';

function write(contentPath: string, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(join(fixture.content, contentPath), bytes);
  return bytes;
}

function findingsAbout(contentPath: string) {
  const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
  return result.findings.filter((f) => f.file === `content/${contentPath}`).map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
}

async function run(argv: string[]) {
  const { io, stdout, stderr } = fakeIo(fixture.root);
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('a file with CR line ends', () => {
  it('is one finding for check, saying so and how to fix it, not "never closed"', () => {
    write(PLAN, FILES[PLAN]!.replaceAll('\n', '\r'));
    expect(findingsAbout(PLAN)).toEqual([`schema 1:4 ${CR_ONLY}; nothing in it was checked, and editing commands leave it alone`]);
  });

  it('with one stray CR among LF line ends, is reported at that CR', () => {
    const lines = FILES[ACCOUNT]!.split('\n');
    expect(lines[3]).toBe('owner: jane-doe');
    lines[3] = 'owner:\rjane-doe';
    write(ACCOUNT, lines.join('\n'));
    expect(findingsAbout(ACCOUNT)).toEqual([
      'schema 4:7 a carriage return alone here (CR, without the LF of a Windows line end, invisible in most editors) ends a line for YAML, but not for the playbook: remove it, or save the file with LF line ends in your editor; nothing in it was checked, and editing commands leave it alone',
    ]);
  });

  it.each<[string, string, string[]]>([
    ['log', ACCOUNT, ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'A call']],
    ['done', PLAN, ['done', 'northwind/rollout#pilot']],
    ['slip', PLAN, ['slip', 'northwind/rollout#train-staff', '--to', '2026-12-11', '--told', 'Bob Smith', '--reason', 'Later']],
  ])('is refused by %s, which writes nothing', async (_, path, argv) => {
    const bytes = write(path, FILES[path]!.replaceAll('\n', '\r'));
    const hash = fixture.hash();
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`playbook ${argv[0]}: content/${path}:1:4: ${CR_ONLY}. Fix that file first; nothing was written.\n`);
    expect(readFileSync(join(fixture.content, path)).equals(bytes)).toBe(true);
    expect(fixture.hash()).toBe(hash);
  });
});
