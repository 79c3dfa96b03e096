// A small playbook that exercises every page of the site, as of 2026-11-22: a stale account with
// a missed follow-up gap and an overdue governance review, an active plan (signed 2026-08-21)
// with an overdue client commitment, one due soon, one at risk, one slipped after the signing,
// one dropped and one done (which slipped before the signing), an overdue milestone and an
// incomplete handoff; a paused account with a draft plan; a guide past its review date and one
// that uses MDX. Some text holds markup, which must come out escaped. playbook.yaml names the
// repository, for "Edit this page" and the links to a finding's line.
import type { BuildOptions } from './build-site.ts';

export const FIXTURE_AS_OF = '2026-11-22';

const settings = `title: Fixture Co playbook
timezone: UTC
follow_up_every: 2w
remind_before: 1d
handoff_checklist:
  partner-onboarded: Partner onboarded
  delivery-briefed: Delivery team briefed
repository:
  url: https://git.example/acme/playbook
  branch: main
  content_path: content
`;

const people = `jane-doe:
  name: Jane Doe
  role: Account executive
  team: Sales
kim-lee:
  name: Kim Lee
  role: Delivery lead
omar-haddad:
  name: Omar Haddad
  role: Installer
`;

const northwind = `---
name: Northwind Logistics
owner: jane-doe
stage: delivery
since: 2026-01-05
governance_every: 4w
team: [kim-lee, omar-haddad]
contacts:
  - name: Bob Smith
    role: Operations director
    email: bob@northwind.example
  - name: Ana Ruiz
    role: IT manager
touchpoints:
  - date: 2026-06-01
    by: jane-doe
    with: [Bob Smith]
    kind: call
    note: Talked about the <b>pilot</b> & the budget
  - date: 2026-09-01
    by: kim-lee
    with: [Bob Smith, Ana Ruiz]
    kind: meeting
  - date: 2026-10-20
    by: jane-doe
    with: [Bob Smith]
    kind: review
    note: Steering committee
---
## Who they are

Northwind runs eight warehouses. Their **quarterly freight audit** matters most.
`;

const rollout = `---
title: Scanner rollout
owner: kim-lee
status: active
kickoff: 2026-09-01
target: 2027-01-15
break_in_until: 2027-02-15
agreement:
  customer: { by: Bob Smith, date: 2026-08-20 }
  us: { by: jane-doe, date: 2026-08-21 }
handoff:
  partner-onboarded: 2026-08-25
milestones:
  - id: pilot
    title: Pilot site live
    due: 2026-10-15
    done: 2026-10-14
  - id: go-live
    title: All sites live
    due: 2026-11-20
commitments:
  - id: configure-wms
    what: Configure the WMS interface
    owner: omar-haddad
    due: 2026-10-01
    done: 2026-09-30
    slips:
      - date: 2026-08-12
        from: 2026-09-20
        to: 2026-10-01
        told: Ana Ruiz
        reason: Their WMS upgrade comes first
  - id: order-hardware
    what: Order the handheld scanners
    owner: Bob Smith
    due: 2026-11-10
  - id: train-staff
    what: Train the warehouse staff
    owner: kim-lee
    due: 2026-11-23
  - id: install-scanners
    what: Install scanners at all 8 facilities
    owner: omar-haddad
    due: 2026-11-30
    milestone: go-live
    after: [order-hardware]
    slips:
      - date: 2026-11-05
        from: 2026-11-15
        to: 2026-11-30
        told: Bob Smith
        reason: Firmware incompatibility we had not seen before
        workaround: Ship on firmware 2.1 and patch on site
  - id: check-in
    what: Weekly check-in call with operations
    owner: jane-doe
    due: 2026-11-28
  - id: write-runbook
    what: Write the <script>alert("runbook")</script> operations runbook
    owner: kim-lee
    due: 2026-12-10
    risk: Needs the vendor's <b>firmware</b> notes
  - id: site-8
    what: Install at site 8
    owner: omar-haddad
    due: 2026-12-01
    dropped: { date: 2026-11-01, reason: Client closed site 8, told: Ana Ruiz }
---
## What was sold

Scanners for eight facilities, with a break-in period.
`;

const contoso = `---
name: Contoso Paper
owner: kim-lee
stage: paused
since: 2026-03-01
contacts:
  - name: Lee Park
---
Paused while they reorganise.
`;

const contosoPilot = `---
title: Pilot proposal
owner: kim-lee
status: draft
kickoff: 2027-01-10
commitments:
  - id: send-proposal
    what: Send the proposal
    owner: kim-lee
    due: 2026-11-01
---
Draft.
`;

const handingOver = `---
title: Handing a deal to delivery
summary: What sales hands over, and how it stays in touch
owner: jane-doe
review_by: 2026-11-01
tags: [handoff]
---
## The checklist

Walk the **handoff checklist** with the delivery lead before kickoff.
`;

const mdxGuide = `---
title: Writing with MDX
owner: kim-lee
---
export const answer = 6 * 7;

The answer is {answer}, computed by MDX.
`;

export const FIXTURE_FILES: Record<string, string> = {
  'playbook.yaml': settings,
  'people.yaml': people,
  'accounts/northwind/index.mdx': northwind,
  'accounts/northwind/rollout.mdx': rollout,
  'accounts/contoso/index.mdx': contoso,
  'accounts/contoso/pilot.mdx': contosoPilot,
  'guides/handing-over.mdx': handingOver,
  'guides/writing-mdx.mdx': mdxGuide,
};

/**
 * The fixture's build, shared by the test files that read it: outside any git repository (git
 * cannot see the project's own), so no page shows "Last updated".
 */
export const FIXTURE_BUILD: BuildOptions = { name: 'fixture', files: FIXTURE_FILES, asOf: FIXTURE_AS_OF, git: 'outside' };

/** The fixture without its `repository` block: no "Edit this page", no links to lines. */
export const FIXTURE_FILES_NO_REPOSITORY: Record<string, string> = {
  ...FIXTURE_FILES,
  'playbook.yaml': settings.replace(/^repository:\n(?: {2}.*\n)+/m, ''),
};

/**
 * The fixture without a repository block, committed to a git repository of its own: everything
 * by Ada Author at 23:30 on 2026-11-19 in Toronto, which is 2026-11-20 in the playbook's zone
 * (UTC); then people.yaml again by Ben Builder on 2026-11-21, with markup and quotes in the
 * message.
 */
export const HISTORY_BUILD: BuildOptions = {
  name: 'fixture-history',
  files: FIXTURE_FILES_NO_REPOSITORY,
  asOf: FIXTURE_AS_OF,
  git: [
    { author: 'Ada Author', email: 'ada@fixture.example', date: '2026-11-19T23:30:00-05:00', message: 'The playbook' },
    {
      author: 'Ben Builder',
      email: 'ben@fixture.example',
      date: '2026-11-21T09:15:00+00:00',
      message: 'People: Omar joins the "Delivery" <b>team</b>',
      files: { 'people.yaml': `${people}  team: Delivery\n` },
    },
  ],
};

/** A playbook whose structure is broken in three files, for the build's gate. */
export const BROKEN_FILES: Record<string, string> = {
  'playbook.yaml': 'title: Broken\n',
  'people.yaml': 'jane-doe:\n  name: Jane Doe\n',
  'accounts/alpha/index.mdx': '---\nowner: jane-doe\nstage: delivery\nsince: 2026-01-05\n---\n',
  'accounts/beta/index.mdx': '---\nname: Beta\nowner: nobody-here\nstage: delivery\nsince: 2026-01-05\n---\n',
  'accounts/beta/plan.mdx': `---
title: Plan
owner: jane-doe
status: active
kickoff: 2026-09-01
commitments:
  - { id: a, what: A, owner: jane-doe, due: 2026-12-01, after: [b] }
  - { id: b, what: B, owner: jane-doe, due: 2026-12-02, after: [a] }
  - { id: b, what: B again, owner: jane-doe, due: 2026-12-03 }
---
`,
};
