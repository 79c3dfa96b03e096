// Each command edits a playbook full of comments, odd quoting, flow and block lists, a CRLF file
// and MDX bodies; the file afterwards is the file before with exactly the intended change, and
// every other file is untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, FILES, fakeIo, makeFixture, NOW, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

/** `text` with `old` (which must occur exactly once) replaced by `replacement`. */
function replaceOnce(text: string, old: string, replacement: string): string {
  const at = text.indexOf(old);
  expect(at, `fixture text ${JSON.stringify(old)}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(old, at + 1), `fixture text ${JSON.stringify(old)} is unique`).toBe(-1);
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}

async function run(...argv: string[]) {
  const { io, stdout, stderr } = fakeIo(fixture.root);
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Runs the command and checks that only `contentPath` changed, and into `expected`. */
async function expectEdit(argv: string[], contentPath: string, expected: string) {
  const result = await run(...argv);
  expect(result.stderr).not.toMatch(/internal error/);
  expect(result.code, result.stderr).toBe(0);
  expect(fixture.read(contentPath)).toBe(expected);
  for (const [path, text] of Object.entries(FILES)) {
    if (path !== contentPath) expect(fixture.read(path), path).toBe(text);
  }
  // No temporary file is left behind, and the playbook still has no error.
  expect(fixture.list().filter((p) => p.includes('.tmp'))).toEqual([]);
  const check = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
  expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return result;
}

describe('playbook log', () => {
  it('appends to a block list after the last entry, before a trailing comment, matching its indentation', async () => {
    const before = FILES['accounts/northwind/index.mdx']!;
    const expected = replaceOnce(
      before,
      '    kind: meeting\n# end of the touchpoints\n',
      '    kind: meeting\n' +
        '  - date: 2026-11-20\n    by: kim-lee\n    with: [Ana O\'Neil, Bob Smith]\n    kind: visit\n    note: "Walked site 3: all good # really"\n' +
        '# end of the touchpoints\n',
    );
    const result = await expectEdit(
      ['log', 'northwind', '--by', 'kim-lee', '--with', "Ana O'Neil", '--with', 'Bob Smith', '--kind', 'visit', '--note', 'Walked site 3: all good # really'],
      'accounts/northwind/index.mdx',
      expected,
    );
    expect(result.stdout).toBe(
      [
        '--- a/content/accounts/northwind/index.mdx',
        '+++ b/content/accounts/northwind/index.mdx',
        '@@ -24,6 +24,11 @@',
        '     with:',
        '       - "Ana O\'Neil"',
        '     kind: meeting',
        '+  - date: 2026-11-20',
        '+    by: kim-lee',
        "+    with: [Ana O'Neil, Bob Smith]",
        '+    kind: visit',
        '+    note: "Walked site 3: all good # really"',
        ' # end of the touchpoints',
        ' ---',
        " export const budget = 'Budget';",
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe("Logged a visit of 2026-11-20 by Kim Lee with Ana O'Neil, Bob Smith for Northwind Logistics.\n");
  });

  it('appends to a flow list in a CRLF file, keeping every line break', async () => {
    const before = FILES['accounts/fraser/index.mdx']!;
    const expected = replaceOnce(
      before,
      'kind: email }]\r\n',
      'kind: email }, { date: 2026-11-19, by: kim-lee, with: [Sam Ortiz], kind: call, note: "Pricing, again" }]\r\n',
    );
    await expectEdit(['log', 'fraser', '--by', 'kim-lee', '--with', 'Sam Ortiz', '--kind', 'call', '--note', 'Pricing, again', '--date', '2026-11-19'], 'accounts/fraser/index.mdx', expected);
    expect(fixture.read('accounts/fraser/index.mdx').replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('creates the list when there is none, in the file’s indentless list style', async () => {
    const before = FILES['accounts/lakehead/index.mdx']!;
    const expected = replaceOnce(before, '- name: Dee Park\n---\n', '- name: Dee Park\ntouchpoints:\n- date: 2026-11-18\n  by: jane-doe\n  kind: email\n---\n');
    await expectEdit(['log', 'lakehead', '--by', 'jane-doe', '--kind', 'email', '--date', '2026-11-18'], 'accounts/lakehead/index.mdx', expected);
  });

  it('turns an empty flow list into a block list, keeping the comment’s column', async () => {
    const files = { ...FILES, 'accounts/lakehead/index.mdx': FILES['accounts/lakehead/index.mdx']!.replace('---\nBody', 'touchpoints: []   # none yet\n---\nBody') };
    fixture.cleanup();
    fixture = makeFixture(files);
    const result = await run('log', 'lakehead', '--by', 'jane-doe', '--with', 'Dee Park', '--kind', 'meeting');
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.read('accounts/lakehead/index.mdx')).toBe(
      files['accounts/lakehead/index.mdx']!.replace(
        'touchpoints: []   # none yet\n',
        'touchpoints:      # none yet\n- date: 2026-11-20\n  by: jane-doe\n  with: [Dee Park]\n  kind: meeting\n',
      ),
    );
  });
});

// Written by hand: entries set apart by blank lines, a note on the last one as a comment under
// it, and a blank line before a comment that closes the list. The new entry goes after the note,
// set apart as the others are, and before the closing comment (it went after it).
describe('playbook log, entries set apart by blank lines, the list closed by a comment', () => {
  it('appends after the last entry and its own comment, with a blank line, before the closing comment', async () => {
    const path = 'accounts/northwind/index.mdx';
    const spaced = replaceOnce(FILES[path]!, '      for the last three sites\n  - date:', '      for the last three sites\n\n  - date:');
    const handWritten = replaceOnce(spaced, '    kind: meeting\n# end of the touchpoints\n', '    kind: meeting\n    # ask Ana about the budget next time\n\n# end of the touchpoints\n');
    fixture.cleanup();
    fixture = makeFixture({ ...FILES, [path]: handWritten });
    const result = await run('log', 'northwind', '--by', 'kim-lee', '--with', 'Bob Smith', '--kind', 'call');
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.read(path)).toBe(
      replaceOnce(
        handWritten,
        '    # ask Ana about the budget next time\n\n# end of the touchpoints\n',
        '    # ask Ana about the budget next time\n\n  - date: 2026-11-20\n    by: kim-lee\n    with: [Bob Smith]\n    kind: call\n\n# end of the touchpoints\n',
      ),
    );
  });
});

// Written by another tool, or by hand in another order: `kind` first, `by` last. The new
// touchpoint's fields follow its neighbour's order (they came in the schema's order), a field the
// neighbour lacks (`with`) after the one it follows.
describe('playbook log, entries whose fields are in another order', () => {
  it('writes the new entry in the order of the last one', async () => {
    const path = 'accounts/northwind/index.mdx';
    const reordered = replaceOnce(FILES[path]!, "  - date: '2026-11-10'\n    by: kim-lee\n    with:\n      - \"Ana O'Neil\"\n    kind: meeting\n", "  - kind: meeting\n    date: '2026-11-10'\n    note: Budget\n    by: kim-lee\n");
    fixture.cleanup();
    fixture = makeFixture({ ...FILES, [path]: reordered });
    const result = await run('log', 'northwind', '--by', 'jane-doe', '--with', 'Bob Smith', '--kind', 'call', '--note', 'Dates');
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.read(path)).toBe(
      replaceOnce(reordered, '    by: kim-lee\n# end', '    by: kim-lee\n  - kind: call\n    date: 2026-11-20\n    note: Dates\n    by: jane-doe\n    with: [Bob Smith]\n# end'),
    );
  });
});

describe('playbook log, a flow list written one entry per line with comments', () => {
  // A comment after the last entry is about that entry: the new one goes on a line of its own,
  // so that the comment does not end up after the new touchpoint, as if it described it.
  it('adds the touchpoint on its own line, leaving each comment beside its entry', async () => {
    const list = 'touchpoints: [\n  { date: 2026-11-02, by: jane-doe, kind: call, with: [Dee Park] },   # first call\n  { date: 2026-11-10, by: jane-doe, kind: email }   # internal, no with\n]\n';
    const files = { ...FILES, 'accounts/lakehead/index.mdx': FILES['accounts/lakehead/index.mdx']!.replace('---\nBody', `${list}---\nBody`) };
    fixture.cleanup();
    fixture = makeFixture(files);
    const result = await run('log', 'lakehead', '--by', 'jane-doe', '--with', 'Dee Park', '--kind', 'meeting');
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.read('accounts/lakehead/index.mdx')).toBe(
      files['accounts/lakehead/index.mdx']!.replace(
        '  { date: 2026-11-10, by: jane-doe, kind: email }   # internal, no with\n]\n',
        '  { date: 2026-11-10, by: jane-doe, kind: email },   # internal, no with\n  { date: 2026-11-20, by: jane-doe, with: [Dee Park], kind: meeting }\n]\n',
      ),
    );
  });
});

describe('playbook log --with our own people', () => {
  it('accepts person ids beside contacts', async () => {
    const before = FILES['accounts/northwind/index.mdx']!;
    const expected = replaceOnce(before, '    kind: meeting\n# end', '    kind: meeting\n  - date: 2026-11-20\n    by: omar-haddad\n    with: [jane-doe, Bob Smith]\n    kind: call\n# end');
    const result = await expectEdit(['log', 'northwind', '--by', 'omar-haddad', '--with', 'jane-doe', '--with', 'Bob Smith', '--kind', 'call'], 'accounts/northwind/index.mdx', expected);
    expect(result.stderr).toBe('Logged a call of 2026-11-20 by Omar Haddad with Jane Doe, Bob Smith for Northwind Logistics.\n');
  });

  it('says, as it logs it, that a touchpoint dated more than the cadence ago will show as backdated', async () => {
    const before = FILES['accounts/northwind/index.mdx']!;
    // Northwind's cadence is playbook.yaml's, every week: the 12th is 8 days before the 20th, the 13th 7.
    const expected = replaceOnce(before, '    kind: meeting\n# end', '    kind: meeting\n  - date: 2026-11-12\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n# end');
    const result = await expectEdit(['log', 'northwind', '--by', 'jane-doe', '--with', 'Bob Smith', '--kind', 'call', '--date', '2026-11-12'], 'accounts/northwind/index.mdx', expected);
    expect(result.stderr).toBe(
      'Logged a call of 2026-11-12 by Jane Doe with Bob Smith for Northwind Logistics. It is dated more than the follow-up cadence (every week) before today: its pull request will show it as backdated-touchpoint (a warning); keep it if it did happen then.\n',
    );
    const inCadence = replaceOnce(expected, '    kind: call\n# end', '    kind: call\n  - date: 2026-11-13\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n# end');
    const onTime = await expectEdit(['log', 'northwind', '--by', 'jane-doe', '--with', 'Bob Smith', '--kind', 'call', '--date', '2026-11-13'], 'accounts/northwind/index.mdx', inCadence);
    expect(onTime.stderr).toBe('Logged a call of 2026-11-13 by Jane Doe with Bob Smith for Northwind Logistics.\n');
  });

  it('says that a touchpoint with only our people is internal, not a follow-up', async () => {
    const before = FILES['accounts/fraser/index.mdx']!;
    const expected = replaceOnce(before, 'kind: email }]\r\n', 'kind: email }, { date: 2026-11-20, by: kim-lee, with: [jane-doe], kind: meeting, note: Briefed Jane }]\r\n');
    const result = await expectEdit(['log', 'fraser', '--by', 'kim-lee', '--with', 'jane-doe', '--kind', 'meeting', '--note', 'Briefed Jane'], 'accounts/fraser/index.mdx', expected);
    expect(result.stderr).toBe(
      'Logged a meeting of 2026-11-20 by Kim Lee with Jane Doe for Fraser Cold Storage; it names none of the contacts of Fraser Cold Storage, so it is internal and not a follow-up with the client.\n',
    );
  });
});

describe('playbook done', () => {
  it('adds done after due in a block milestone, below the comment on due', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(before, '    due: 2026-10-15          # the pilot\n', '    due: 2026-10-15          # the pilot\n    done: 2026-10-14\n');
    await expectEdit(['done', 'northwind/rollout#pilot', '--date', '2026-10-14'], 'accounts/northwind/rollout.mdx', expected);
  });

  it('adds done inside a flow milestone', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(before, "due: 2026-12-15 }", 'due: 2026-12-15, done: 2026-11-20 }');
    await expectEdit(['done', 'northwind/rollout#wave-1'], 'accounts/northwind/rollout.mdx', expected);
  });

  it('puts done where the format puts it: after `after`, before `risk` and `slips`', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(before, '    after: [order-hardware]\n', '    after: [order-hardware]\n    done: 2026-11-20\n');
    await expectEdit(['done', 'northwind/rollout#install-scanners', '--date', '2026-11-20'], 'accounts/northwind/rollout.mdx', expected);
  });
});

describe('playbook drop', () => {
  it('adds a block `dropped` to a block commitment, before the comment that ends it', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(
      before,
      '    due: 2026-12-10\n',
      "    due: 2026-12-10\n    dropped:\n      date: 2026-11-20\n      reason: Client's team will train themselves\n      told: Bob Smith\n",
    );
    await expectEdit(['drop', 'northwind/rollout#train-staff', '--reason', "Client's team will train themselves", '--told', 'Bob Smith'], 'accounts/northwind/rollout.mdx', expected);
  });

  it('adds a flow `dropped` to a flow commitment', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(before, 'due: 2026-12-20 }', "due: 2026-12-20, dropped: { date: 2026-11-02, reason: Site 8 closed, told: Ana O'Neil } }");
    await expectEdit(['drop', 'northwind/rollout#site-8', '--reason', 'Site 8 closed', '--told', "Ana O'Neil", '--date', '2026-11-02'], 'accounts/northwind/rollout.mdx', expected);
  });
});

describe('playbook slip', () => {
  it('moves a double-quoted due (keeping its quotes and comment) and appends to the slips, which still chain', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    let expected = replaceOnce(before, '    due: "2026-11-30"        # moved once\n', '    due: "2026-12-14"        # moved once\n');
    expected = replaceOnce(
      expected,
      '        reason: Firmware incompatibility\n',
      '        reason: Firmware incompatibility\n      - date: 2026-11-20\n        from: 2026-11-30\n        to: 2026-12-14\n        told: Bob Smith\n        reason: Certification delayed\n        workaround: Pilot on firmware 1.9, then patch\n',
    );
    const result = await expectEdit(
      ['slip', 'northwind/rollout#install-scanners', '--to', '2026-12-14', '--told', 'Bob Smith', '--reason', 'Certification delayed', '--workaround', 'Pilot on firmware 1.9, then patch'],
      'accounts/northwind/rollout.mdx',
      expected,
    );
    expect(result.stdout).toContain('-    due: "2026-11-30"        # moved once\n+    due: "2026-12-14"        # moved once\n');
  });

  it('creates the slips of a block commitment that never slipped', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(
      before,
      '    due: 2026-12-10\n',
      '    due: 2027-01-08\n    slips:\n      - date: 2026-11-19\n        from: 2026-12-10\n        to: 2027-01-08\n        told: Bob Smith\n        reason: Their super-users are on holiday in December\n',
    );
    await expectEdit(
      ['slip', 'northwind/rollout#train-staff', '--to', '2027-01-08', '--told', 'Bob Smith', '--reason', 'Their super-users are on holiday in December', '--date', '2026-11-19'],
      'accounts/northwind/rollout.mdx',
      expected,
    );
  });

  it('slips a flow commitment in flow style', async () => {
    const before = FILES['accounts/northwind/rollout.mdx']!;
    const expected = replaceOnce(
      before,
      'due: 2026-12-20 }',
      'due: 2027-01-15, slips: [{ date: 2026-11-20, from: 2026-12-20, to: 2027-01-15, told: Bob Smith, reason: Permit for site 8 }] }',
    );
    await expectEdit(['slip', 'northwind/rollout#site-8', '--to', '2027-01-15', '--told', 'Bob Smith', '--reason', 'Permit for site 8'], 'accounts/northwind/rollout.mdx', expected);
  });
});

describe('several edits in a row', () => {
  it('each leaves the rest of the file as it was', async () => {
    const steps = [
      ['done', 'northwind/rollout#pilot', '--date', '2026-10-14'],
      ['slip', 'northwind/rollout#install-scanners', '--to', '2026-12-14', '--told', 'Bob Smith', '--reason', 'Certification'],
      ['done', 'northwind/rollout#install-scanners'],
      ['drop', 'northwind/rollout#site-8', '--reason', 'Closed', '--told', 'Bob Smith'],
    ];
    for (const step of steps) expect((await run(...step)).code).toBe(0);
    const after = fixture.read('accounts/northwind/rollout.mdx');
    // The body and every line that was not edited are there, in order.
    expect(after.endsWith('---\n## The plan\n\n<figure data-items={[1, 2]} title="a {b} c" />\n')).toBe(true);
    const kept = FILES['accounts/northwind/rollout.mdx']!.split('\n').filter((line) => !line.includes('due: "2026-11-30"') && !line.includes('site-8'));
    let at = 0;
    const lines = after.split('\n');
    for (const line of kept) {
      at = lines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('--dry-run', () => {
  it('prints the diff and writes nothing', async () => {
    const hash = fixture.hash();
    const result = await run('done', 'northwind/rollout#pilot', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+    done: 2026-11-20');
    expect(result.stderr).toContain('dry run: nothing was written');
    expect(fixture.hash()).toBe(hash);
  });
});
