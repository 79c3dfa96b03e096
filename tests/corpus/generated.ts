// The corpus cases too large to keep as files (thousands of commitments, names of 30,000
// characters), made here, and the shape every case of the corpus has (see tests/cli/corpus.test.ts).

/** One finding a case expects: `message` is a part of the message. */
export interface ExpectedFinding {
  rule: string;
  /** Relative to the content folder. */
  file: string;
  line: number;
  column?: number;
  message: string;
}

/** Something git cannot hold, made before the check runs. Paths are relative to the content folder. */
export interface SetupStep {
  path: string;
  /** The file's bytes, one per character (Latin-1). */
  bytes?: string;
  /** The file as UTF-16 with its byte-order mark. */
  utf16?: string;
  symlink?: string;
  folder?: boolean;
  fifo?: boolean;
  /** No one may read it (the check then runs as `nobody` when the tests run as root). */
  unreadable?: boolean;
}

export interface GitStep {
  /** A folder of the case whose files are written over the content, as a commit of its own. */
  folder: string;
  remove?: string[];
  /** `git mv` from -> to, relative to the content folder. */
  move?: Record<string, string>;
  files?: Record<string, string>;
}

export interface CorpusCase {
  name: string;
  /** What is broken, in a sentence. */
  about: string;
  /** The case's folder, for file-based cases. */
  folder?: string;
  asOf?: string;
  args?: string[];
  exit: number;
  findings: ExpectedFinding[];
  /** False: other findings may come too. Default true: these and nothing else. */
  exact?: boolean;
  /** A part of standard error (default: it must be empty). */
  stderr?: string;
  /** Base files this case deletes. */
  remove?: string[];
  /** Files written over the content, path -> text. */
  files?: Record<string, string>;
  setup?: SetupStep[];
  /** Checked with `--base main`: main holds the base (with `base/` of the case), each step is a commit. */
  git?: { baseRemove?: string[]; steps: GitStep[] };
  /** The check must take less than this, in seconds, process start included. */
  maxSeconds?: number;
}

const PLAN_HEAD = `---
title: Big plan
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: { by: jane-doe, date: 2026-08-20 }
handoff:
  partner-onboarded: 2026-08-25
  delivery-briefed: 2026-08-22
commitments:
`;

/** A plan of `n` commitments, each waiting for `after(i)` (an index) or nothing. Commitment i starts on line 13 + 5i. */
function bigPlan(n: number, after: (i: number) => number | undefined): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const waits = after(i);
    lines.push(`  - id: c${i}`, `    what: Step ${i}`, '    owner: kim-lee', '    due: 2026-12-01', `    after: [${waits === undefined ? '' : `c${waits}`}]`);
  }
  return `${PLAN_HEAD}${lines.join('\n')}\n---\n`;
}

const LONG_A = 'A'.repeat(30_000);
const LONG_B = 'B'.repeat(30_000);

export const GENERATED: CorpusCase[] = [
  {
    name: 'c1-after-chain-5000',
    about: 'A chain of 5,000 commitments, each waiting for the next: no cycle, and no stack overflow',
    files: { 'accounts/northwind/big.mdx': bigPlan(5000, (i) => (i + 1 < 5000 ? i + 1 : undefined)) },
    exit: 0,
    findings: [],
  },
  {
    name: 'c1-cycle-20000',
    about: 'A ring of 20,000 commitments: one dependency-cycle finding, no stack overflow',
    files: { 'accounts/northwind/big.mdx': bigPlan(20_000, (i) => (i + 1) % 20_000) },
    exit: 1,
    findings: [{ rule: 'dependency-cycle', file: 'accounts/northwind/big.mdx', line: 17, column: 13, message: '`c0`, `c1`, `c2`, `c3`, `c4`, `c5`, `c6`, `c7`, `c8`, `c9`, ... (19989 more), `c19999` wait for each other' }],
  },
  {
    name: 'c1-deep-nesting',
    about: 'Lists nested 100,000 levels deep: a schema finding where they pass 64 levels, not a stack overflow in the YAML parsers',
    files: { 'guides/handing-over.mdx': `---\ntitle: Deep\ntags: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n` },
    exit: 1,
    findings: [{ rule: 'schema', file: 'guides/handing-over.mdx', line: 3, column: 71, message: 'lists and maps nest more than 64 levels deep here' }],
  },
  {
    name: 'c4-plan-10000-commitments',
    about: 'One plan of 10,000 commitments: checked in seconds, not minutes (the rules stay linear)',
    files: { 'accounts/northwind/big.mdx': bigPlan(10_000, (i) => (i > 0 ? i - 1 : undefined)) },
    exit: 0,
    findings: [],
    maxSeconds: 10,
  },
  {
    name: 'c4-long-names',
    about: 'Two names of 30,000 characters that almost match: reported at once, with no suggestion',
    remove: ['accounts/northwind/rollout.mdx'],
    files: {
      'accounts/northwind/index.mdx': `---
name: Northwind Logistics
owner: jane-doe
stage: delivery
since: 2026-01-05
contacts:
  - name: ${LONG_A}
touchpoints:
  - date: 2026-11-20
    by: jane-doe
    with: [${LONG_B}]
    kind: call
---
`,
    },
    exit: 1,
    // The name is cut in the message, and no "did you mean" compares 30,000 characters with 30,000.
    findings: [
      {
        rule: 'unknown-reference',
        file: 'accounts/northwind/index.mdx',
        line: 11,
        column: 12,
        message: `"${'B'.repeat(59)}...(30002 characters) (with, in the call of 2026-11-20) is neither a contact of Northwind Logistics nor a person in content/people.yaml; use a contact's name or a person id`,
      },
      // The touchpoint names no contact, so nobody has reached the client, the owner included.
      { rule: 'owner-absent', file: 'accounts/northwind/index.mdx', line: 5, column: 8, message: "Jane Doe, the account's owner, has not talked to Northwind Logistics" },
      { rule: 'stale-follow-up', file: 'accounts/northwind/index.mdx', line: 5, column: 8, message: 'Nobody has been in touch with Northwind Logistics since 2026-01-05' },
    ],
    maxSeconds: 10,
  },
];
