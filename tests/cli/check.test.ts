// `playbook check`, spawned for real: exit codes, every format's exact output, where the report
// goes, the environment variables, and never a stack trace.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.ts';
import { cli, createRepo, PLAYBOOK } from '../git/git-fixture.ts';
import { createPlaybook, mdxText, plan, PLAN_PATH, REPO, runCli, text, type CliResult, type Playbook } from '../helpers/playbook-fixture.ts';

// Each test spawns the CLI, which takes a second or more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const AS_OF = ['--as-of', '2026-11-22'];
const ESC = '\u001b[';
const STACK = /^\s+at /m;

/** No output of the command may ever hold a stack trace. */
async function run(args: string[], cwd: string, env?: Record<string, string>): Promise<CliResult> {
  const result = await runCli(args, { cwd, env });
  expect(result.stdout).not.toMatch(STACK);
  expect(result.stderr).not.toMatch(STACK);
  return result;
}

/** One error, one warning, two notices in two files. */
const SMALL = {
  [PLAN_PATH]: plan(text`
    commitments:
      - id: install
        what: Install the scanners at 100% of sites
        owner: omar-haddad
        due: 2026-11-15
      - id: confirm
        what: Confirm the date
        owner: Bob Smith
        due: 2026-11-23
        after: [ordr]
  `),
  'guides/handing-over.mdx': mdxText`
    title: Handing over
    review_by: 2026-11-01
  `,
};

const SMALL_TEXT = `content/accounts/northwind/rollout.mdx
  content/accounts/northwind/rollout.mdx:13:5  warning  Install the scanners at 100% of sites was due 2026-11-15 (7 days ago); owner Omar Haddad  overdue
  content/accounts/northwind/rollout.mdx:17:5  notice   Confirm the date is due 2026-11-23 (tomorrow); owner Bob Smith (client), chased by Kim Lee  due-soon
  content/accounts/northwind/rollout.mdx:21:13  error    Confirm the date waits for \`ordr\`, which is not a commitment in this plan; owner Bob Smith (client), chased by Kim Lee  unknown-reference

content/guides/handing-over.mdx
  content/guides/handing-over.mdx:3:12  notice   The guide Handing over was due for review on 2026-11-01 (21 days ago); reread it and move \`review_by\`  guide-review-due

1 error, 1 warning and 2 notices in 2 files, as of 2026-11-22.
`;

const SMALL_JSON = `{
  "asOf": "2026-11-22",
  "counts": {
    "error": 1,
    "warning": 1,
    "notice": 2
  },
  "findings": [
    {
      "rule": "overdue",
      "severity": "warning",
      "file": "content/accounts/northwind/rollout.mdx",
      "line": 13,
      "column": 5,
      "subject": "northwind/rollout#install",
      "owner": "omar-haddad",
      "message": "Install the scanners at 100% of sites was due 2026-11-15 (7 days ago); owner Omar Haddad"
    },
    {
      "rule": "due-soon",
      "severity": "notice",
      "file": "content/accounts/northwind/rollout.mdx",
      "line": 17,
      "column": 5,
      "subject": "northwind/rollout#confirm",
      "owner": "Bob Smith",
      "chaser": "kim-lee",
      "message": "Confirm the date is due 2026-11-23 (tomorrow); owner Bob Smith (client), chased by Kim Lee"
    },
    {
      "rule": "unknown-reference",
      "severity": "error",
      "file": "content/accounts/northwind/rollout.mdx",
      "line": 21,
      "column": 13,
      "subject": "northwind/rollout#confirm",
      "owner": "Bob Smith",
      "chaser": "kim-lee",
      "message": "Confirm the date waits for \`ordr\`, which is not a commitment in this plan; owner Bob Smith (client), chased by Kim Lee"
    },
    {
      "rule": "guide-review-due",
      "severity": "notice",
      "file": "content/guides/handing-over.mdx",
      "line": 3,
      "column": 12,
      "subject": "guides/handing-over",
      "message": "The guide Handing over was due for review on 2026-11-01 (21 days ago); reread it and move \`review_by\`"
    }
  ]
}
`;

const SMALL_GITHUB = `::error file=content/accounts/northwind/rollout.mdx,line=21,col=13,title=unknown-reference::Confirm the date waits for \`ordr\`, which is not a commitment in this plan; owner Bob Smith (client), chased by Kim Lee
::warning file=content/accounts/northwind/rollout.mdx,line=13,col=5,title=overdue::Install the scanners at 100%25 of sites was due 2026-11-15 (7 days ago); owner Omar Haddad
::notice file=content/accounts/northwind/rollout.mdx,line=17,col=5,title=due-soon::Confirm the date is due 2026-11-23 (tomorrow); owner Bob Smith (client), chased by Kim Lee
::notice file=content/guides/handing-over.mdx,line=3,col=12,title=guide-review-due::The guide Handing over was due for review on 2026-11-01 (21 days ago); reread it and move \`review_by\`
`;

const TABLE = '| Where | Subject | Owner | Finding |\n| --- | --- | --- | --- |';
const SMALL_MARKDOWN = `## Test playbook: check

As of **2026-11-22**: 1 error, 1 warning, 2 notices.

### Errors (1)

#### \`unknown-reference\` (1)

${TABLE}
| \`content/accounts/northwind/rollout.mdx:21:13\` | Confirm the date (Rollout · Northwind Logistics) | Bob Smith (client), chased by Kim Lee | Confirm the date waits for \\\`ordr\\\`, which is not a commitment in this plan; owner Bob Smith (client), chased by Kim Lee |

### Warnings (1)

#### \`overdue\` (1)

${TABLE}
| \`content/accounts/northwind/rollout.mdx:13:5\` | Install the scanners at 100% of sites (Rollout · Northwind Logistics) | Omar Haddad | Install the scanners at 100% of sites was due 2026-11-15 (7 days ago); owner Omar Haddad |

### Notices (2)

#### \`due-soon\` (1)

${TABLE}
| \`content/accounts/northwind/rollout.mdx:17:5\` | Confirm the date (Rollout · Northwind Logistics) | Bob Smith (client), chased by Kim Lee | Confirm the date is due 2026-11-23 (tomorrow); owner Bob Smith (client), chased by Kim Lee |

#### \`guide-review-due\` (1)

${TABLE}
| \`content/guides/handing-over.mdx:3:12\` | Guide: Handing over |  | The guide Handing over was due for review on 2026-11-01 (21 days ago); reread it and move \\\`review\\_by\\\` |
`;

/**
 * Text that would act instead of show: YAML's double quotes write escape sequences (clear the
 * screen, set the window title), a bell, a right-to-left override, a lone carriage return (a line
 * end to CommonMark), and an @mention that would notify someone each time a report is posted.
 */
const ACTING = {
  [PLAN_PATH]: plan(text`
    commitments:
      - id: screen
        what: "Clear\\e[2J\\e]0;TITLE\\a \\u202Eevil"
        owner: omar-haddad
        due: 2026-11-15
      - id: row
        what: "Row\\r| forged | row |\\r@octocat"
        owner: omar-haddad
        due: 2026-11-16
      - id: forged
        what: "Install\\n::error file=content/people.yaml,line=1::Forged"
        owner: omar-haddad
        due: 2026-11-17
  `),
};

let small: Playbook;
let clean: Playbook;
let acting: Playbook;
beforeAll(() => {
  small = createPlaybook(SMALL);
  clean = createPlaybook();
  acting = createPlaybook(ACTING);
});

describe.concurrent('formats', () => {
  it.each([
    ['text', SMALL_TEXT],
    ['json', SMALL_JSON],
    ['github', SMALL_GITHUB],
    ['markdown', SMALL_MARKDOWN],
  ])('--format %s prints exactly the report, nothing on stderr', async (format, expected) => {
    const result = await run(['check', ...AS_OF, '--format', format], small.root);
    expect(result.stdout).toBe(expected);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
  });

  it.each(['text', 'github', 'markdown'])('--format %s prints control characters from content as code points, never as they act', async (format) => {
    const { stdout } = await run(['check', ...AS_OF, '--format', format], acting.root);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    const screen = { text: 'Clear<U+001B>[2J<U+001B>]0;TITLE<U+0007> <U+202E>evil', github: 'Clear<U+001B>[2J<U+001B>]0;TITLE<U+0007> <U+202E>evil', markdown: 'Clear\\<U+001B\\>\\[2J\\<U+001B\\>\\]0;TITLE\\<U+0007\\> \\<U+202E\\>evil' }[format]!;
    expect(stdout).toContain(`${screen} was due 2026-11-15`);
    if (format === 'markdown') {
      // One row, not three: the carriage returns are spaces, the pipes escaped, the mention inert.
      expect(stdout).toContain('| Row \\| forged \\| row \\| @&#8203;octocat was due 2026-11-16 (6 days ago); owner Omar Haddad |');
    } else if (format === 'text') {
      // One line: a line break from content is shown, so no line of content stands as a finding
      // or as a command to the CI log (`::error ...::` is an annotation to GitHub).
      expect(stdout).toContain('Row<U+000D>| forged | row |<U+000D>@octocat was due 2026-11-16');
      expect(stdout).toContain('Install<U+000A>::error file=content/people.yaml,line=1::Forged was due 2026-11-17');
      expect(stdout).not.toMatch(/^::/m);
    } else {
      expect(stdout).toContain('Row%0A| forged | row |%0A@octocat was due 2026-11-16');
    }
  });

  it('--format markdown keeps a file name with a line break in its row, its mention and HTML inert', async () => {
    // A file's name is content too: a pull request can add `guides/x<LF>@octocat <img src=x>.mdx`.
    const { root } = createPlaybook({ 'guides/x\n@octocat <img src=x>.mdx': 'no frontmatter\n' });
    const { stdout } = await run(['check', ...AS_OF, '--format', 'markdown'], root);
    const rows = stdout.split('\n').filter((line) => line.includes('octocat'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^\| `content\/guides\/x<U\+000A>@octocat <img src=x>\.mdx:1:1` \| /);
      expect(row.endsWith(' |')).toBe(true);
    }
  });

  it('text is the default format', async () => {
    expect((await run(['check', ...AS_OF], small.root)).stdout).toBe(SMALL_TEXT);
  });

  it.each([
    ['text', 'No findings as of 2026-11-22.\n'],
    ['json', '{\n  "asOf": "2026-11-22",\n  "counts": {\n    "error": 0,\n    "warning": 0,\n    "notice": 0\n  },\n  "findings": []\n}\n'],
    ['github', ''],
    ['markdown', '## Test playbook: check\n\nAs of **2026-11-22**: 0 errors, 0 warnings, 0 notices.\n\nNothing is overdue, stale or broken. :tada:\n'],
  ])('--format %s of a clean playbook', async (format, expected) => {
    const result = await run(['check', ...AS_OF, '--format', format], clean.root);
    expect(result).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  describe('colour', () => {
    it('is off when stdout is not a terminal', async () => {
      expect((await run(['check', ...AS_OF], small.root)).stdout).not.toContain(ESC);
    });

    it.each(['1', 'true'])('FORCE_COLOR=%s paints the file bold, each severity and the rule dim', async (value) => {
      const { stdout } = await run(['check', ...AS_OF], small.root, { FORCE_COLOR: value });
      const lines = stdout.split('\n');
      expect(lines[0]).toBe(`${ESC}1mcontent/accounts/northwind/rollout.mdx${ESC}22m`);
      expect(lines[1]).toBe(
        `  content/accounts/northwind/rollout.mdx:13:5  ${ESC}33mwarning${ESC}39m  Install the scanners at 100% of sites was due 2026-11-15 (7 days ago); owner Omar Haddad  ${ESC}2moverdue${ESC}22m`,
      );
      expect(lines[2]).toContain(`${ESC}36mnotice ${ESC}39m`);
      expect(lines[3]).toContain(`${ESC}31merror  ${ESC}39m`);
      // Without the escapes it is the plain report.
      expect(stdout.replace(/\u001b\[\d+m/g, '')).toBe(SMALL_TEXT);
    });

    it.each([
      ['NO_COLOR=1 with FORCE_COLOR=1', { NO_COLOR: '1', FORCE_COLOR: '1' }],
      ['FORCE_COLOR=0', { FORCE_COLOR: '0' }],
    ])('%s prints no colour', async (_, env) => {
      expect((await run(['check', ...AS_OF], small.root, env)).stdout).toBe(SMALL_TEXT);
    });

    it.each<[string, Record<string, string>, boolean]>([
      ['a terminal', { TERM: 'xterm-256color' }, true],
      ['a terminal with TERM=dumb', { TERM: 'dumb' }, false],
      ['TERM=dumb with FORCE_COLOR=1 (asked for outright)', { TERM: 'dumb', FORCE_COLOR: '1' }, true],
    ])('%s: colour %s', async (_, env, coloured) => {
      let stdout = '';
      const io = { env, cwd: small.root, now: () => new Date(), stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true } };
      expect(await main(['check', ...AS_OF], io)).toBe(1);
      expect(stdout.includes(ESC)).toBe(coloured);
      expect(stdout.replace(/\u001b\[\d+m/g, '')).toBe(SMALL_TEXT);
    });

    it.each(['json', 'github', 'markdown'])('FORCE_COLOR never colours --format %s', async (format) => {
      expect((await run(['check', ...AS_OF, '--format', format], small.root, { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
    });
  });

  describe('github', () => {
    it('escapes % and newlines in messages, and : and , in properties', async () => {
      const { root } = createPlaybook({
        [PLAN_PATH]: plan('commitments:\n  - id: a\n    what: |-\n      Reach 99% uptime\n      on every site\n    owner: kim-lee\n    due: 2026-11-01\n'),
        'guides/a,b.mdx': mdxText`
          title: Odd name
        `,
      });
      expect((await run(['check', ...AS_OF, '--format', 'github'], root)).stdout).toBe(
        '::error file=content/guides/a%2Cb.mdx,line=1,col=1,title=schema::the guide file name `a,b` is not an id: rename it in lowercase kebab-case, such as `a-b`\n' +
          '::warning file=content/accounts/northwind/rollout.mdx,line=13,col=5,title=overdue::Reach 99%25 uptime%0Aon every site was due 2026-11-01 (21 days ago); owner Kim Lee\n',
      );
    });

    it('says how many annotations GitHub will not show when there are more than 10 errors', async () => {
      const team = Array.from({ length: 12 }, (_, i) => `ghost-${String(i + 1).padStart(2, '0')}`);
      const { root } = createPlaybook({
        'accounts/northwind/index.mdx': mdxText`
          name: Northwind Logistics
          owner: jane-doe
          stage: delivery
          since: 2026-11-20
          team: [${team.join(', ')}]
        `,
      });
      const lines = (await run(['check', ...AS_OF, '--format', 'github'], root)).stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(13);
      expect(lines.slice(0, 12).every((line) => line.startsWith('::error file=content/accounts/northwind/index.mdx,line=6,col='))).toBe(true);
      expect(lines[12]).toBe(
        'GitHub shows only the first 10 errors, 10 warnings and 10 notices of a step as annotations: 2 more errors are listed above but not annotated. Run `playbook check` to see every one.',
      );
    });

    it('does not add that line for exactly 10 errors', async () => {
      const team = Array.from({ length: 10 }, (_, i) => `ghost-${i}`);
      const { root } = createPlaybook({
        'accounts/northwind/index.mdx': mdxText`
          name: Northwind Logistics
          owner: jane-doe
          stage: delivery
          since: 2026-11-20
          team: [${team.join(', ')}]
        `,
      });
      const lines = (await run(['check', ...AS_OF, '--format', 'github'], root)).stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(10);
      expect(lines.every((line) => line.startsWith('::error '))).toBe(true);
    });
  });
});

describe.concurrent('exit codes', () => {
  /** Only a warning (overdue) and a notice (due soon). */
  const WARNING_AND_NOTICE = {
    [PLAN_PATH]: plan('commitments:\n  - id: a\n    what: A\n    owner: kim-lee\n    due: 2026-11-01\n  - id: b\n    what: B\n    owner: kim-lee\n    due: 2026-11-22\n'),
  };
  const NOTICE_ONLY = { [PLAN_PATH]: plan('commitments:\n  - id: b\n    what: B\n    owner: kim-lee\n    due: 2026-11-22\n') };

  it.each<[string, number, Record<string, string>, string[]]>([
    ['a clean playbook', 0, {}, []],
    ['an error, by default', 1, SMALL, []],
    ['an error, --fail-on error', 1, SMALL, ['--fail-on', 'error']],
    ['an error, --fail-on never', 0, SMALL, ['--fail-on', 'never']],
    ['a warning and a notice, by default', 0, WARNING_AND_NOTICE, []],
    ['a warning and a notice, --fail-on error', 0, WARNING_AND_NOTICE, ['--fail-on', 'error']],
    ['a warning and a notice, --fail-on warning', 1, WARNING_AND_NOTICE, ['--fail-on', 'warning']],
    ['a warning and a notice, --fail-on notice', 1, WARNING_AND_NOTICE, ['--fail-on', 'notice']],
    ['a notice, --fail-on warning', 0, NOTICE_ONLY, ['--fail-on', 'warning']],
    ['a notice, --fail-on notice', 1, NOTICE_ONLY, ['--fail-on', 'notice']],
    ['a warning raised to error in playbook.yaml', 1, { ...WARNING_AND_NOTICE, 'playbook.yaml': 'title: T\nhandoff_checklist:\n  partner-onboarded: P\n  delivery-briefed: D\nrules:\n  overdue: error\n' }, []],
  ])('%s: exit %i', async (_, status, files, args) => {
    const { root } = createPlaybook(files);
    expect((await run(['check', ...AS_OF, '--format', 'json', ...args], root)).status).toBe(status);
  });

  it.each<[string, string[], string]>([
    ['an unknown flag', ['check', '--bogus'], "playbook check: Unknown option '--bogus'"],
    ['a format that does not exist', ['check', '--format', 'yaml'], 'playbook check: --format yaml is not one of text, json, github, markdown.'],
    ['a --fail-on that does not exist', ['check', '--fail-on', 'sometimes'], 'playbook check: --fail-on sometimes is not one of error, warning, notice, never.'],
    ['a positional argument', ['check', 'content'], 'playbook check: Unexpected argument'],
    ['a flag without its value', ['check', '--format'], "playbook check: Option '--format <value>' argument missing"],
  ])('exits 2 with the usage for %s', async (_, args, message) => {
    const result = await run(args, clean.root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr).toContain('Usage: playbook check [--content DIR] [--as-of YYYY-MM-DD]');
  });

  it.each<[string, string[], Record<string, string>, string]>([
    [
      'a content folder that does not exist',
      ['check', '--content', 'nowhere'],
      {},
      'playbook check: The content folder nowhere does not exist or is not a folder. Pass --content DIR or set PLAYBOOK_CONTENT_DIR to the folder that holds playbook.yaml.\n',
    ],
    [
      'a content folder that is a file',
      ['check', '--content', 'content/playbook.yaml'],
      {},
      'playbook check: The content folder content/playbook.yaml does not exist or is not a folder. Pass --content DIR or set PLAYBOOK_CONTENT_DIR to the folder that holds playbook.yaml.\n',
    ],
    [
      'an --as-of that is not a date',
      ['check', '--as-of', '2026-02-30'],
      {},
      'playbook check: The as-of date "2026-02-30" is not a calendar date: write it YYYY-MM-DD, such as 2026-11-22.\n',
    ],
    [
      'a PLAYBOOK_AS_OF that is not a date',
      ['check'],
      { PLAYBOOK_AS_OF: 'tomorrow' },
      'playbook check: The as-of date "tomorrow" is not a calendar date: write it YYYY-MM-DD, such as 2026-11-22.\n',
    ],
  ])('exits 2 with one line for %s', async (_, args, env, stderr) => {
    expect(await run(args, clean.root, env)).toEqual({ status: 2, stdout: '', stderr });
  });

  it('exits 2 without a content folder where it looks by default', async () => {
    const result = await run(['check'], join(clean.root, 'content'));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'playbook check: The content folder content does not exist or is not a folder. Pass --content DIR or set PLAYBOOK_CONTENT_DIR to the folder that holds playbook.yaml.\n',
    );
  });

  it('exits 2 for an unknown command with the closest one, and prints the commands', async () => {
    const result = await run(['chek'], clean.root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^playbook: unknown command `chek` \(did you mean check\?\)\.\n\nUsage: playbook <command> \[options\]\n\nCommands:\n {2}check +validate the playbook/);
  });

  it.each(['constructor', 'toString', '__proto__'])('exits 2 for `%s`: a name every object has is no command', async (name) => {
    const result = await run([name], clean.root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^playbook: unknown command \`${name}\``));
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await run(['check', '--help'], clean.root);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('Usage: playbook check [--content DIR] [--as-of YYYY-MM-DD]\n')).toBe(true);
  });
});

describe.concurrent('--output FILE', () => {
  it.each(['json', 'markdown', 'github'])('writes the %s report to the file, says so on stderr, and keeps the exit code', async (format) => {
    const expected = (await run(['check', ...AS_OF, '--format', format], small.root)).stdout;
    const result = await run(['check', ...AS_OF, '--format', format, '--output', `report.${format}`], small.root);
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: `Wrote the ${format} report to report.${format}: 1 error, 1 warning and 2 notices, as of 2026-11-22.\n`,
    });
    expect(readFileSync(join(small.root, `report.${format}`), 'utf8')).toBe(expected);
  });

  it('writes text without colour even when FORCE_COLOR asks for it', async () => {
    await run(['check', ...AS_OF, '--output', 'report.txt'], small.root, { FORCE_COLOR: '1' });
    expect(readFileSync(join(small.root, 'report.txt'), 'utf8')).toBe(SMALL_TEXT);
  });

  it('writes into a folder relative to the working directory', async () => {
    mkdirSync(join(small.root, 'out'), { recursive: true });
    expect((await run(['check', ...AS_OF, '--format', 'json', '--output', 'out/r.json', '--fail-on', 'never'], small.root)).status).toBe(0);
    expect(readFileSync(join(small.root, 'out/r.json'), 'utf8')).toBe(SMALL_JSON);
  });

  it('exits 2 with one line, not an internal error, when the file cannot be written', async () => {
    const result = await run(['check', ...AS_OF, '--output', 'missing-folder/report.txt'], small.root);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `playbook check: cannot write the report to missing-folder/report.txt: ENOENT: no such file or directory, open '${join(small.root, 'missing-folder/report.txt')}'\n`,
    );
  });

  it.each([
    [['check'], 'content/people.yaml'],
    [['report', '--stale'], 'content/accounts/northwind/report.md'],
  ])('%s refuses to write into the content folder, exit 2, and the playbook is as it was', async (command, file) => {
    const before = readFileSync(join(small.root, 'content/people.yaml'), 'utf8');
    const result = await run([...command, ...AS_OF, '--output', file], small.root);
    expect(result.status).toBe(2);
    // The refusal is the last line (`report` first notes the playbook's errors, which this one has).
    expect(result.stderr.split('\n').slice(-2)).toEqual([`playbook ${command[0]}: the report is not written to ${file}: it is inside the content folder (content), where it would replace or add content; write it elsewhere.`, '']);
    expect(readFileSync(join(small.root, 'content/people.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(small.root, 'content/accounts/northwind/report.md'))).toBe(false);
  });
});

describe.concurrent('environment variables', () => {
  let moved: Playbook;
  beforeAll(() => {
    // The content folder under another name, and a decoy at the default place.
    moved = createPlaybook(SMALL);
    renameSync(moved.dir, join(moved.root, 'playbook-content'));
    createPlaybookAt(moved.root);
  });

  /** A clean playbook at <root>/content. */
  function createPlaybookAt(root: string) {
    const decoy = createPlaybook();
    renameSync(decoy.dir, join(root, 'content'));
  }

  const files = (stdout: string) => [...new Set((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file))];

  it('PLAYBOOK_CONTENT_DIR names the content folder, and paths are relative to the working directory', async () => {
    const result = await run(['check', ...AS_OF, '--format', 'json'], moved.root, { PLAYBOOK_CONTENT_DIR: 'playbook-content' });
    expect(files(result.stdout)).toEqual(['playbook-content/accounts/northwind/rollout.mdx', 'playbook-content/guides/handing-over.mdx']);
  });

  it('--content wins over PLAYBOOK_CONTENT_DIR', async () => {
    const result = await run(['check', ...AS_OF, '--format', 'json', '--content', 'content'], moved.root, { PLAYBOOK_CONTENT_DIR: 'playbook-content' });
    expect(result.status).toBe(0);
    expect(files(result.stdout)).toEqual([]);
  });

  it('without either, reads ./content', async () => {
    expect((await run(['check', ...AS_OF, '--format', 'json'], moved.root)).status).toBe(0);
  });

  it('PLAYBOOK_AS_OF fixes today', async () => {
    const { stdout } = await run(['check', '--format', 'json'], small.root, { PLAYBOOK_AS_OF: '2026-11-16' });
    const report = JSON.parse(stdout) as { asOf: string; findings: { rule: string; message: string }[] };
    expect(report.asOf).toBe('2026-11-16');
    // The default account's call of 2026-11-20 is now in the future, and so counts for nothing: the
    // account has not been in touch since it started (stale, and its owner absent). The due-soon is not yet.
    expect(report.findings.map((f) => f.rule)).toEqual(['owner-absent', 'stale-follow-up', 'future-date', 'overdue', 'unknown-reference', 'guide-review-due']);
    expect(report.findings.find((f) => f.rule === 'overdue')!.message).toBe('Install the scanners at 100% of sites was due 2026-11-15 (yesterday); owner Omar Haddad');
  });

  it('--as-of wins over PLAYBOOK_AS_OF', async () => {
    const { stdout } = await run(['check', ...AS_OF, '--format', 'json'], small.root, { PLAYBOOK_AS_OF: '2026-11-16' });
    expect(stdout).toBe(SMALL_JSON);
  });

  it('an empty PLAYBOOK_AS_OF means today', async () => {
    const result = await run(['check', '--format', 'json', '--fail-on', 'never'], clean.root, { PLAYBOOK_AS_OF: '' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { asOf: string }).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('output into a pipe that closes early', () => {
  // Enough findings for the report to overflow the pipe's buffer, so that the writes after
  // `head` has gone really fail with EPIPE.
  const many = Array.from({ length: 3000 }, (_, i) => `  - id: c${i}\n    what: Commitment ${i}\n    owner: kim-lee\n    due: 2026-11-01\n`).join('');
  const shell = (command: string, cwd: string) => spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it.each([
    ['check --fail-on warning', 'check --as-of 2026-11-22 --fail-on warning', 1],
    ['check', 'check --as-of 2026-11-22', 0],
    ['check --format json --fail-on warning', 'check --as-of 2026-11-22 --format json --fail-on warning', 1],
    ['report --stale', 'report --stale --as-of 2026-11-22', 0],
  ])('`%s | head -1` ends quietly, with its own exit code', (_, args, code) => {
    const { root } = createPlaybook({ [PLAN_PATH]: plan(`commitments:\n${many}`) });
    const result = shell(`"${process.execPath}" "${join(REPO, 'scripts/playbook.ts')}" ${args} 2>stderr.txt | head -1 >/dev/null`, root);
    expect(readFileSync(join(root, 'stderr.txt'), 'utf8')).toBe('');
    expect(result.status).toBe(code);
  });
});

describe.concurrent('a broken playbook', () => {
  it.each(['text', 'json', 'github', 'markdown'])('is reported in --format %s, place by place, without a stack trace', async (format) => {
    const { root } = createPlaybook({
      'playbook.yaml': 'title: [broken\n',
      'people.yaml': 'jane-doe: {name: Jane Doe\n',
      [PLAN_PATH]: '---\ntitle: "unclosed\n---\n',
      'accounts/northwind/other.mdx': 'no frontmatter\n',
      'guides/g.mdx': '---\ntitle: x\n',
    });
    const result = await run(['check', ...AS_OF, '--format', format], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    for (const place of [
      // Where each mistake opens: the bracket, the brace, the quote.
      'content/playbook.yaml:1:8',
      'content/people.yaml:1:11',
      'content/accounts/northwind/rollout.mdx:2:8',
      'content/accounts/northwind/other.mdx:1:1',
      'content/guides/g.mdx:1:1',
    ]) {
      const [file, line, col] = place.split(':');
      const shown = format === 'github' ? `file=${file},line=${line},col=${col}` : format === 'json' ? `"file": "${file}",\n      "line": ${line},\n      "column": ${col}` : place;
      expect(result.stdout).toContain(shown);
    }
  });
});

describe('--format github in a playbook kept in a folder of its repository', () => {
  it("names each annotation's file from the repository's root, as GitHub places it, whatever folder the step runs in", () => {
    const repo = createRepo(PLAYBOOK, { content: 'playbook/content' });
    const fromFolder = cli(join(repo.root, 'playbook'), ['check', '--format', 'github']);
    const fromRoot = cli(repo.root, ['check', '--content', 'playbook/content', '--format', 'github']);
    const fromElsewhere = cli(join(repo.root, 'playbook', 'content', 'accounts'), ['check', '--content', '..', '--format', 'github']);
    const expected = '::warning file=playbook/content/accounts/fraser/pilot.mdx,line=';
    for (const result of [fromFolder, fromRoot, fromElsewhere]) {
      expect(result.stdout.split('\n')[0]!.startsWith(expected), result.stdout).toBe(true);
    }
    // The other formats keep the contract's paths, relative to the working directory.
    expect(cli(join(repo.root, 'playbook'), ['check', '--format', 'json']).stdout).toContain('"file": "content/accounts/fraser/pilot.mdx"');
  });
});
