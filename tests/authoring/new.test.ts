// `playbook new` scaffolds files that pass the checker as they stand, with the agreement block
// and the handoff checklist in place; it asks at a terminal and wants flags otherwise.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, FILES, fakeIo, makeFixture, NOW, type Fixture } from './fixture.ts';

let fixture: Fixture;
beforeEach(() => {
  fixture = makeFixture();
});
afterEach(() => fixture.cleanup());

async function run(argv: string[], stdin?: PassThrough & { isTTY?: boolean }) {
  const { io, stdout, stderr } = fakeIo(fixture.root, stdin ? { stdin } : {});
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

function errorsAndFindingsOf(contentPath: string) {
  const result = checkPlaybook(fixture.content, { asOf: AS_OF, now: NOW, cwd: fixture.root });
  return result.findings.filter((f) => f.file === `content/${contentPath}`);
}

/** A template line: the code, then the comment at column 31, as the format's examples are written. */
function c(code: string, comment: string): string {
  return `${code.padEnd(31)}# ${comment}`;
}

function unchangedExcept(contentPath: string) {
  expect(fixture.list()).toEqual([...Object.keys(FILES), contentPath].sort());
  for (const [path, text] of Object.entries(FILES)) expect(fixture.read(path)).toBe(text);
}

describe('playbook new account', () => {
  it('writes the template and prints it as a new-file diff', async () => {
    const result = await run(['new', 'account', 'acme', '--name', 'Acme: Widgets', '--owner', 'jane-doe', '--team', 'kim-lee', '--contact', 'Rita Ng', '--stage', 'onboarding']);
    expect(result.code, result.stderr).toBe(0);
    const expected = [
      '---',
      'name: "Acme: Widgets"',
      c('owner: jane-doe', 'the relationship owner, a person id'),
      c('stage: onboarding', 'prospect | onboarding | delivery | partner | paused | closed'),
      'since: 2026-11-20',
      c('# follow_up_every: 1w', 'optional: how often we are in touch (default 2w)'),
      c('# owner_touch_every: 6w', 'optional: how often its owner talks to them in person (default 4w)'),
      c('# governance_every: 4w', 'optional: how often we hold a governance review'),
      c('team: [kim-lee]', 'our people who work with this client'),
      c("contacts:", "the client's people"),
      '  - name: Rita Ng',
      c('touchpoints: []', 'add with: playbook log acme --by ID --with NAME --kind KIND --note TEXT'),
      '---',
      '',
      '## Who they are',
      '',
      '## What we sold',
      '',
      '## What matters to them',
      '',
    ].join('\n');
    expect(fixture.read('accounts/acme/index.mdx')).toBe(expected);
    expect(result.stdout.startsWith('--- /dev/null\n+++ b/content/accounts/acme/index.mdx\n@@ -0,0 +1,19 @@\n+---\n+name: "Acme: Widgets"\n')).toBe(true);
    expect(result.stderr).toBe('Created the account acme (Acme: Widgets).\n');
    unchangedExcept('accounts/acme/index.mdx');
    // Not even a stale-follow-up reminder: `since` is today.
    expect(errorsAndFindingsOf('accounts/acme/index.mdx')).toEqual([]);
  });

  it('the first `log` turns its empty list into a block list', async () => {
    expect((await run(['new', 'account', 'acme', '--name', 'Acme', '--owner', 'jane-doe', '--contact', 'Rita Ng'])).code).toBe(0);
    const before = fixture.read('accounts/acme/index.mdx');
    expect((await run(['log', 'acme', '--by', 'jane-doe', '--with', 'Rita Ng', '--kind', 'meeting'])).code).toBe(0);
    expect(fixture.read('accounts/acme/index.mdx')).toBe(
      before.replace(
        c('touchpoints: []', 'add with'),
        c('touchpoints:', 'add with'),
      ).replace('--note TEXT\n---', '--note TEXT\n  - date: 2026-11-20\n    by: jane-doe\n    with: [Rita Ng]\n    kind: meeting\n---'),
    );
  });
});

describe('playbook new plan', () => {
  it('holds the agreement block and every handoff checklist item, and passes the checker', async () => {
    const result = await run(['new', 'plan', 'northwind/phase-2', '--title', 'Phase 2', '--owner', 'kim-lee', '--kickoff', '2027-01-11', '--status', 'agreed', '--target', '2027-04-30']);
    expect(result.code, result.stderr).toBe(0);
    const text = fixture.read('accounts/northwind/phase-2.mdx');
    expect(text).toContain('agreement: {}');
    expect(text).toMatch(/^#   customer: \{ by: Bob Smith, date: YYYY-MM-DD \}\s+# a contact of the account$/m);
    expect(text).toMatch(/^#   us: \{ by: jane-doe, date: YYYY-MM-DD \}\s+# a person id$/m);
    expect(text).toMatch(/^#   partner-onboarded: YYYY-MM-DD\s+# Partner onboarded$/m);
    expect(text).toMatch(/^#   delivery-briefed: YYYY-MM-DD\s+# Delivery team briefed$/m);
    expect(text).toContain('target: 2027-04-30\n');
    unchangedExcept('accounts/northwind/phase-2.mdx');
    // An agreed plan without signatures is reported (a warning), never an error.
    const findings = errorsAndFindingsOf('accounts/northwind/phase-2.mdx');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['agreement-unsigned']);
  });

  it('uncommenting the template lines gives a valid plan', async () => {
    expect((await run(['new', 'plan', 'northwind/phase-2', '--title', 'Phase 2', '--owner', 'kim-lee', '--kickoff', '2026-11-02'])).code).toBe(0);
    const path = 'accounts/northwind/phase-2.mdx';
    const filled = fixture
      .read(path)
      .replace(/^(agreement|handoff|milestones|commitments): (\{\}|\[\]).*$/gm, '$1:')
      .replace(/^#( {3}.*)$/gm, '$1')
      .replace(/YYYY-MM-DD/g, '2026-11-01');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${fixture.content}/${path}`, filled);
    expect(errorsAndFindingsOf(path).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('playbook new guide', () => {
  it('writes a guide that passes the checker', async () => {
    const result = await run(['new', 'guide', 'pricing', '--title', 'Pricing {fast}', '--owner', 'jane-doe', '--tag', 'sales', '--tag', 'how to', '--review-by', '2027-06-01']);
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.read('guides/pricing.mdx')).toBe(
      [
        '---',
        'title: Pricing {fast}',
        '# summary: (optional) one line on what this guide is for',
        c('owner: jane-doe', 'who keeps it up to date'),
        c('review_by: 2027-06-01', 'when it must be reread'),
        'tags: [sales, how to]',
        '---',
        '',
        '# Pricing fast',
        '',
        '',
      ].join('\n'),
    );
    expect(errorsAndFindingsOf('guides/pricing.mdx')).toEqual([]);
  });
});

describe('asking at a terminal', () => {
  it('asks for what the flags leave out, and asks again after a wrong answer', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(['acme', 'Acme Widgets', 'jane-do', 'jane-doe', '', '', 'kim-lee, omar-haddad', 'Rita Ng, Sam Wu', ''].join('\n'));
    const result = await run(['new', 'account'], stdin);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Relationship owner (person id): ');
    expect(result.stderr).toContain('did you mean jane-doe?');
    expect(result.stderr).toContain('Stage (prospect, onboarding, delivery, partner, paused, closed) [prospect]: ');
    expect(result.stderr).toContain('Since [2026-11-20]: ');
    const text = fixture.read('accounts/acme/index.mdx');
    expect(text).toContain('name: Acme Widgets\n');
    expect(text).toContain('stage: prospect ');
    expect(text).toContain('team: [kim-lee, omar-haddad]');
    expect(text).toContain('  - name: Rita Ng\n  - name: Sam Wu\n');
  });

  it('does not ask when standard input is not a terminal: a missing flag is a usage error naming it', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    stdin.end('Phase 2\n');
    const result = await run(['new', 'plan', 'northwind/phase-2', '--owner', 'kim-lee', '--kickoff', '2027-01-11'], stdin);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^playbook new: --title is required/);
    expect(fixture.list()).toEqual(Object.keys(FILES).sort());
  });
});
