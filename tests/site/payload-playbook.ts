// A playbook with a script payload in every text field the format has (names, roles, teams,
// titles, what is promised, notes, reasons, risks, tags, the checklist's words, the site's own
// title) and in its bodies (a Markdown `javascript:` link, MDX handlers and links), for the
// browser tests: on no page, search included, may any of them run. Each payload sets
// `window.__pwned` or opens a dialog, which the tests watch for. A valid playbook: it builds,
// with findings of every kind that shows text (overdue, due soon, stale, unexplained...).
import type { BuildOptions } from './build-site.ts';

export const PAYLOAD_AS_OF = '2026-11-22';

/** Payloads that run script if inserted as HTML, in an attribute, as a URL or into a template. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\">",
  'javascript:window.__pwned=1',
  '</title><script>alert(1)</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:alert(1)">x</a>',
  '${alert(1)}<details open ontoggle=alert(1)>',
  '</textarea></style><img src=x onerror=alert(1)>',
] as const;

/** A payload, numbered so that each field's can be told apart, as a single-quoted YAML scalar. */
let n = 0;
function p(label: string): string {
  const payload = PAYLOADS[n++ % PAYLOADS.length]!;
  return `'${`${label} ${payload}`.replace(/'/g, "''")}'`;
}

const client = p('Client contact');
const client2 = p('Second contact');
/** The contacts' names as written in `with`, `owner` and `told` (the same YAML scalars). */

const settings = `title: ${p('Playbook')}
timezone: UTC
handoff_checklist:
  partner-onboarded: ${p('Checklist item')}
  delivery-briefed: ${p('Another item')}
repository:
  url: https://git.example/acme/playbook
  branch: main
  content_path: content
`;

const people = `jane-doe:
  name: ${p('Jane')}
  role: ${p('Role')}
  team: ${p('Team')}
  email: jane@acme.example
kim-lee:
  name: ${p('Kim')}
  team: ${p('Other team')}
omar-haddad:
  name: Omar Haddad
`;

const account = `---
name: ${p('Account')}
owner: jane-doe
stage: delivery
since: 2026-01-05
governance_every: 4w
team: [kim-lee, omar-haddad]
contacts:
  - name: ${client}
    role: ${p('Contact role')}
    email: bob@client.example
  - name: ${client2}
touchpoints:
  - date: 2026-06-01
    by: jane-doe
    with: [${client}]
    kind: call
    note: ${p('Touchpoint note')}
  - date: 2026-10-20
    by: kim-lee
    with: [jane-doe]
    kind: meeting
    note: ${p('Internal note')}
  - date: 2026-09-20
    by: jane-doe
    with: [${client2}]
    kind: review
    note: ${p('Review note')}
incidents:
  - id: outage
    date: 2026-09-01
    what: ${p('Incident')}
    cause: ours
    told: ${client}
---
The account's body: [a link that must not run](javascript:window.__pwned=1), [one that may](https://example.com/), and [one on the site](/people/).
`;

const plan = `---
title: ${p('Plan title')}
owner: kim-lee
status: active
kickoff: 2026-09-01
target: 2027-01-15
break_in_until: 2027-02-15
agreement:
  customer: { by: ${client}, date: 2026-08-20, title: ${p('Signer title')} }
  us: { by: jane-doe, date: 2026-08-21 }
handoff:
  partner-onboarded: 2026-08-25
milestones:
  - id: pilot
    title: ${p('Milestone')}
    due: 2026-11-10
  - id: go-live
    title: ${p('Later milestone')}
    due: 2026-12-20
commitments:
  - id: order
    what: ${p('Client commitment')}
    owner: ${client}
    chaser: omar-haddad
    due: 2026-11-10
    risk: ${p('Risk')}
  - id: train
    what: ${p('Due soon')}
    owner: kim-lee
    due: 2026-11-23
  - id: install
    what: ${p('Slipped')}
    owner: omar-haddad
    due: 2026-11-30
    after: [order]
    slips:
      - date: 2026-11-05
        from: 2026-11-15
        to: 2026-11-30
        told: ${client}
        reason: ${p('Slip reason')}
        workaround: ${p('Workaround')}
  - id: later
    what: ${p('Falls overdue later')}
    owner: jane-doe
    due: 2026-12-02
  - id: internal
    what: ${p('Internal commitment')}
    owner: omar-haddad
    internal: true
    due: 2026-12-01
  - id: gone
    what: ${p('Dropped')}
    owner: omar-haddad
    due: 2026-12-01
    dropped: { date: 2026-11-01, reason: ${p('Drop reason')}, told: ${client2} }
  - id: extra
    what: ${p('Added')}
    owner: omar-haddad
    due: 2026-12-10
    added: { date: 2026-11-10, reason: ${p('Addition reason')}, told: ${client} }
---
The plan's body: [click me](javascript:window.__pwned=1) and [data](data:text/html,<script>alert(1)</script>).
`;

const guide = `---
title: ${p('Guide')}
summary: ${p('Summary')}
owner: jane-doe
review_by: 2026-11-01
tags: [${p('Tag')}]
---
A guide in Markdown with a [javascript link](javascript:window.__pwned=1) and \`<script>window.__pwned=1</script>\` in code.
`;

const mdxGuide = `---
title: ${p('MDX guide')}
---
An MDX body: <a href="javascript:window.__pwned=1">a JSX link</a>, <img src="x" onError="window.__pwned=1" alt="an image" />, and <span onClick="window.__pwned=1">a span</span>.

<script>{'window.__pwned=1'}</script>
`;

export const PAYLOAD_FILES: Record<string, string> = {
  'playbook.yaml': settings,
  'people.yaml': people,
  'accounts/payload/index.mdx': account,
  'accounts/payload/rollout.mdx': plan,
  'guides/payload.mdx': guide,
  'guides/payload-mdx.mdx': mdxGuide,
};

export const PAYLOAD_BUILD: BuildOptions = { name: 'payload', files: PAYLOAD_FILES, asOf: PAYLOAD_AS_OF, git: 'outside' };
