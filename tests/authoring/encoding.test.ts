// A file that is not UTF-8 is reported by `check` at its first bad byte, and refused by every
// editing command, which leaves every byte of it (and of every other file) as it was. Decoding it
// anyway would turn each byte it cannot read into U+FFFD and write that back: lost for good.
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

/** Writes `text` as Latin-1 (one byte per character): `é` becomes the single byte 0xE9. */
function writeLatin1(contentPath: string, text: string): Buffer {
  const bytes = Buffer.from(text, 'latin1');
  writeFileSync(join(fixture.content, contentPath), bytes);
  return bytes;
}

const bytesOf = (contentPath: string) => readFileSync(join(fixture.content, contentPath));

async function run(argv: string[]) {
  const { io, stdout, stderr } = fakeIo(fixture.root);
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('a file in Latin-1', () => {
  it('is a schema finding for check, at the first byte that is not UTF-8, and nothing else about it', () => {
    writeLatin1(ACCOUNT, FILES[ACCOUNT]!.replace('Who they are', 'Qui ils sont: déjà'));
    const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
    const about = result.findings.filter((f) => f.file === `content/${ACCOUNT}`);
    expect(about.map((f) => [f.rule, f.line, f.column])).toEqual([['schema', 35, 16]]);
    expect(about[0]!.message).toMatch(/^the file is not valid UTF-8: the byte 0xE9 here is not UTF-8 text \(the file was probably saved as Latin-1 or Windows-1252\); save it as UTF-8/);
  });

  it.each<[string, string, string[]]>([
    ['log, with the byte in the MDX body', ACCOUNT, ['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'A call']],
    ['done, with the byte in the frontmatter', PLAN, ['done', 'northwind/rollout#pilot']],
    ['slip', PLAN, ['slip', 'northwind/rollout#train-staff', '--to', '2026-12-11', '--told', 'Bob Smith', '--reason', 'Later']],
    ['drop', PLAN, ['drop', 'northwind/rollout#site-8', '--reason', 'Gone', '--told', 'Bob Smith']],
    ['sign', PLAN, ['sign', 'northwind/rollout', '--us', 'kim-lee', '--force']],
    ['handoff', PLAN, ['handoff', 'northwind/rollout', 'partner-onboarded', '--force']],
    ['new plan in that account', ACCOUNT, ['new', 'plan', 'northwind/phase-2', '--title', 'Phase 2', '--owner', 'kim-lee', '--kickoff', '2026-12-01']],
  ])('is refused by %s, which writes nothing', async (_, path, argv) => {
    const text = path === ACCOUNT ? FILES[ACCOUNT]!.replace('Who they are', 'Qui ils sont: déjà') : FILES[PLAN]!.replace('title: Scanner rollout', 'title: Scanner rollout à Montréal');
    const bytes = writeLatin1(path, text);
    const hash = fixture.hash();
    const result = await run(argv);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^playbook ${argv[0]}: content/${path}:\\d+:\\d+: the file is not valid UTF-8: the byte 0x(E9|E0) here is not UTF-8 text.*Fix that file first; nothing was written\\.\\n$`));
    expect(bytesOf(path).equals(bytes)).toBe(true);
    expect(fixture.hash()).toBe(hash);
  });

  it('people.yaml in Latin-1: an edit that names a person is refused, naming people.yaml', async () => {
    const bytes = writeLatin1('people.yaml', FILES['people.yaml']!.replace('Account executive', 'Chargée de compte'));
    const hash = fixture.hash();
    const result = await run(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^playbook log: content\/people\.yaml:4:14: the file is not valid UTF-8/);
    expect(bytesOf('people.yaml').equals(bytes)).toBe(true);
    expect(fixture.hash()).toBe(hash);
  });

  it('a UTF-16 file is named as such', () => {
    writeFileSync(join(fixture.content, 'guides/handing-over.mdx'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FILES['guides/handing-over.mdx']!, 'utf16le')]));
    const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
    expect(result.findings.filter((f) => f.file === 'content/guides/handing-over.mdx').map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 1, 'the file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8: save it as UTF-8 in your editor; nothing in it was checked, and editing commands leave it alone'],
    ]);
  });
});

describe('UTF-8 that looks unusual is still text, edited byte for byte', () => {
  it('a replacement character, a BOM and CRLF line ends stay exactly as they were around the edit', async () => {
    const text = `\uFEFF${FILES[ACCOUNT]!.replace('Who they are', 'Who they are \uFFFD \u{1F600} é').replace(/\n/g, '\r\n')}`;
    writeFileSync(join(fixture.content, ACCOUNT), text);
    const result = await run(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--note', 'Café']);
    expect(result.code).toBe(0);
    const after = bytesOf(ACCOUNT).toString('utf8');
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).toContain('Who they are \uFFFD \u{1F600} é');
    expect(after).toContain('    note: Café\r\n');
    expect(after.replace('  - date: 2026-11-20\r\n    by: kim-lee\r\n    kind: call\r\n    note: Café\r\n', '')).toBe(text);
  });
});
