// A small playbook written to edit: comments everywhere, 'single', "double" and plain scalars,
// flow and block lists and maps, an indentless list, one file with CRLF line breaks, a folded
// scalar, and MDX bodies (an export, expressions, HTML elements in JSX, all of which the site can build,
// since check compiles bodies) and a `---` line of their own. Each test gets
// a fresh copy in a temporary folder.
import { buildPlaybook } from '../helpers/playbook-builder.ts';

/** The as-of every authoring test uses. */
export const AS_OF = '2026-11-20';
export const NOW = new Date('2026-11-20T15:00:00Z');

export const FILES: Record<string, string> = {
  'playbook.yaml': `# Settings for the fixture playbook.
title: 'Fixture playbook'      # single-quoted on purpose
timezone: UTC
handoff_checklist:
  partner-onboarded: Partner onboarded
  delivery-briefed: "Delivery team briefed"
repository:
  url: https://github.com/acme/playbook
`,
  'people.yaml': `# Our team.
jane-doe:
  name: Jane Doe
  role: Account executive
kim-lee:
  name: "Kim Lee"
omar-haddad: { name: 'Omar Haddad' }
`,
  'accounts/northwind/index.mdx': `---
# The account plan of Northwind.
name: "Northwind Logistics"    # double-quoted
owner: jane-doe
stage: delivery
since: 2026-03-04
follow_up_every: 1w
team: [kim-lee, omar-haddad]
contacts:
  - name: Bob Smith
    role: 'Operations director'
  - name: "Ana O'Neil"
touchpoints:
  # Oldest first.
  - date: 2026-11-02
    by: jane-doe               # the owner
    with: [Bob Smith]
    kind: call
    note: >-
      Confirmed install dates
      for the last three sites
  - date: '2026-11-10'
    by: kim-lee
    with:
      - "Ana O'Neil"
    kind: meeting
# end of the touchpoints
---
export const budget = 'Budget';

<aside class="note">Their fiscal year ends in **March**; {budget} talks start in January.</aside>

---

Who they are: a logistics firm with 8 facilities.
`,
  'accounts/northwind/rollout.mdx': `---
title: Scanner rollout   # the plan
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: { by: jane-doe, date: 2026-08-20 }
handoff:
  partner-onboarded: 2026-08-25
  delivery-briefed: 2026-08-22
milestones:
  - id: pilot
    title: "Pilot site live"
    due: 2026-10-15          # the pilot
  - { id: wave-1, title: 'Wave 1 live', due: 2026-12-15 }
commitments:
  - id: order-hardware
    what: Order the scanners
    owner: omar-haddad
    due: 2026-10-01
    done: 2026-09-28
  - id: install-scanners
    what: 'Install scanners: all 8 sites'
    owner: omar-haddad
    due: "2026-11-30"        # moved once
    milestone: pilot
    after: [order-hardware]
    risk: Firmware 2.0 is not certified yet
    slips:
      - date: 2026-11-05
        from: 2026-11-15
        to: 2026-11-30
        told: Bob Smith
        reason: Firmware incompatibility
  - id: train-staff
    what: Train the super-users
    owner: Bob Smith
    due: 2026-12-10
    # owned by the client
  - { id: site-8, what: Install site 8, owner: omar-haddad, due: 2026-12-20 }
---
## The plan

<figure data-items={[1, 2]} title="a {b} c" />
`,
  'accounts/fraser/index.mdx': [
    '---',
    'name: Fraser Cold Storage',
    'owner: kim-lee          # CRLF file',
    'stage: onboarding',
    'since: 2026-06-01',
    "contacts: [{ name: Lee Chan }, { name: 'Sam Ortiz' }]",
    'touchpoints: [{ date: 2026-10-01, by: kim-lee, with: [Lee Chan], kind: email }]',
    '---',
    '<aside>A CRLF body {1 + 1}</aside>',
    '',
  ].join('\r\n'),
  'accounts/lakehead/index.mdx': `---
name: Lakehead Paper
owner: jane-doe
stage: prospect
since: 2026-09-01
contacts:
- name: Dee Park
---
Body with <abbr title={"x"} />.
`,
  'guides/handing-over.mdx': `---
title: Handing a deal to delivery
owner: jane-doe
tags: [handoff]
---
# Handing over
`,
};

export interface Fixture {
  root: string;
  /** The content folder, absolute. */
  content: string;
  read(contentPath: string): string;
  /** A hash of every file under the content folder, hidden ones included. */
  hash(): string;
  /** Every file under the content folder, relative to it. */
  list(): string[];
  cleanup(): void;
}

/** A fresh copy of the playbook (or of `files`), written by the shared builder. */
export function makeFixture(files: Record<string, string> = FILES): Fixture {
  const playbook = buildPlaybook(files, { prefix: 'playbook-authoring-' });
  return { root: playbook.root, content: playbook.dir, read: playbook.read, hash: playbook.hash, list: playbook.list, cleanup: playbook.cleanup };
}

/** A fake terminal/pipe for main(): what the command wrote, and a clock on AS_OF. */
export function fakeIo(root: string, extra: { stdin?: NodeJS.ReadableStream & { isTTY?: boolean } } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      env: { PLAYBOOK_AS_OF: AS_OF } as NodeJS.ProcessEnv,
      cwd: root,
      now: () => NOW,
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      ...extra,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
