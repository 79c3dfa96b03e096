// A playbook no test of the core has seen, for the client's site: one client (Harrow Mills) with
// plans in every state, and every field the client must never see holding a marker of its own
// (`ZQX-...` in text, `zqx-...` where the schema wants an id, and dates no visible field uses).
// It extends the markers of tests/core/client-view.test.ts to every internal field the contract
// names: internal commitments (what, risk, slips, drop, addition), `risk`, touchpoints, incidents,
// MDX bodies, the handoff checklist and its dates, other accounts, draft and cancelled plans,
// guides, our people's ids, roles, teams, emails and GitHub handles, contacts' roles, emails and
// phones, who was told of a slip or a drop, chasers, the repository (edit links) and file paths.
// VISIBLE lists what the client must see, each string as a reader would read it.

export const AS_OF = '2026-06-15';
export const CLIENT = 'harrow';
export const OTHER = 'zqx-other-account';

export const MARKERS = {
  // playbook.yaml
  handoffId: 'zqx-check-item',
  handoffLabel: 'ZQX-HANDOFF-LABEL',
  repositoryUrl: 'zqx-repo.example',
  repositoryPath: 'zqxrepo',
  repositoryBranch: 'zqx-branch',
  contentPath: 'zqx-content-path',
  // people.yaml: ids, and everything but the name of a person shown
  leadId: 'zqx-lead-id',
  ownerId: 'zqx-owner-id',
  workerId: 'zqx-worker-id',
  role: 'ZQX-ROLE',
  team: 'ZQX-TEAM',
  email: 'zqx-email@quill.example',
  ownerEmail: 'zqx-owner-mail@quill.example',
  github: 'zqxgithub',
  internalOwnerId: 'zqx-internal-owner',
  internalOwnerName: 'ZQX-INTERNAL-OWNER-NAME',
  chaserId: 'zqx-chaser',
  chaserName: 'ZQX-CHASER-NAME',
  toucherId: 'zqx-toucher',
  toucherName: 'ZQX-TOUCHER-NAME',
  teamMemberId: 'zqx-team-member',
  teamMemberName: 'ZQX-TEAM-MEMBER-NAME',
  // the account
  since: '2019-03-17',
  sinceLong: '17 Mar 2019',
  accountBody: 'ZQX-ACCOUNT-BODY',
  contactRole: 'ZQX-CONTACT-ROLE',
  contactEmail: 'zqx-contact@harrow.example',
  contactPhone: 'ZQX-CONTACT-PHONE',
  toldContact: 'ZQX-TOLD-CONTACT',
  touchContact: 'ZQX-TOUCH-CONTACT',
  touchpointNote: 'ZQX-TOUCHPOINT-NOTE',
  internalTouchNote: 'ZQX-INTERNAL-TOUCH-NOTE',
  touchpointDate: '2025-02-19',
  touchpointDateLong: '19 Feb 2025',
  incidentId: 'zqx-incident-id',
  incidentWhat: 'ZQX-INCIDENT-WHAT',
  incidentDate: '2025-04-23',
  incidentExplained: '2025-05-21',
  // the shared plan's internal parts
  planBody: 'ZQX-PLAN-BODY',
  handoffDate: '2026-02-11',
  handoffDateLong: '11 Feb 2026',
  risk: 'ZQX-RISK',
  internalId: 'zqx-internal-id',
  internalWhat: 'ZQX-INTERNAL-WHAT',
  internalRisk: 'ZQX-INTERNAL-RISK',
  internalSlipReason: 'ZQX-INTERNAL-SLIP-REASON',
  internalWorkaround: 'ZQX-INTERNAL-WORKAROUND',
  internalAddedReason: 'ZQX-INTERNAL-ADDED-REASON',
  internalDroppedWhat: 'ZQX-INTERNAL-DROPPED-WHAT',
  internalDropReason: 'ZQX-INTERNAL-DROP-REASON',
  // plans the client may not see
  draftFile: 'zqx-draft-plan',
  draftTitle: 'ZQX-DRAFT-TITLE',
  draftWhat: 'ZQX-DRAFT-WHAT',
  cancelledFile: 'zqx-cancelled-plan',
  cancelledTitle: 'ZQX-CANCELLED-TITLE',
  cancelledWhat: 'ZQX-CANCELLED-WHAT',
  // another account
  otherId: 'zqx-other-account',
  otherName: 'ZQX-OTHER-NAME',
  otherPlan: 'ZQX-OTHER-PLAN',
  otherWhat: 'ZQX-OTHER-WHAT',
  otherContact: 'ZQX-OTHER-CONTACT',
  // a guide
  guideFile: 'zqx-guide',
  guideTitle: 'ZQX-GUIDE-TITLE',
  guideBody: 'ZQX-GUIDE-BODY',
} as const;

/** Words that give away where the content lives or how it is edited. */
export const SOURCE_WORDS = ['.mdx', 'people.yaml', 'playbook.yaml', 'accounts/harrow', 'Edit this page', 'Last updated', 'github.com'];

const M = MARKERS;

/** Item text with markup in it: it must come out as text everywhere, search results included. */
export const MARKUP_WHAT = 'Print the "<img src=x onerror=alert(1)>" bin labels & tags';

/** What the client must see, by where it comes from. */
export const VISIBLE = {
  company: 'Quillfeather Consulting',
  account: 'Harrow Mills',
  plans: ['Conveyor line retrofit', 'Discovery workshop'],
  people: ['Priya Natarajan', 'Olga Brandt', 'Sam Okafor', 'Dana Whitfield'],
  milestones: ['Pilot line running', 'Second line running'],
  ours: ['Install the conveyor sensors', 'Survey the loading dock', 'Paint the floor markings', MARKUP_WHAT, 'Run the discovery workshop'],
  theirs: ['Badge access for the install crew', 'Share the floor plans'],
  reasons: [
    'Late steel delivery from the mill',
    'Run line two by hand meanwhile',
    'Sensor firmware recall at the vendor',
    'Loan units from the vendor until the fix ships',
    'Harrow asked to include the dock',
    "Harrow's own crew will paint them",
    'Second line postponed by Harrow',
  ],
  signerTitle: 'Plant manager',
};

const settings = `title: Quillfeather Consulting playbook
timezone: Europe/London
remind_before: 2d
handoff_checklist:
  ${M.handoffId}: ${M.handoffLabel}
repository:
  url: https://${M.repositoryUrl}/quill/${M.repositoryPath}
  branch: ${M.repositoryBranch}
  content_path: ${M.contentPath}
`;

const people = `${M.leadId}:
  name: Priya Natarajan
  role: ${M.role}
  team: ${M.team}
  email: ${M.email}
  github: ${M.github}
${M.ownerId}:
  name: Olga Brandt
  email: ${M.ownerEmail}
${M.workerId}:
  name: Sam Okafor
${M.internalOwnerId}:
  name: ${M.internalOwnerName}
${M.chaserId}:
  name: ${M.chaserName}
${M.toucherId}:
  name: ${M.toucherName}
${M.teamMemberId}:
  name: ${M.teamMemberName}
`;

const account = `---
name: Harrow Mills
owner: ${M.ownerId}
stage: delivery
since: ${M.since}
follow_up_every: 3w
governance_every: 6w
team: [${M.teamMemberId}, ${M.leadId}]
contacts:
  - { name: Dana Whitfield, role: ${M.contactRole}, email: ${M.contactEmail}, phone: ${M.contactPhone} }
  - { name: ${M.toldContact} }
  - { name: ${M.touchContact} }
touchpoints:
  - { date: ${M.touchpointDate}, by: ${M.toucherId}, with: [${M.touchContact}], kind: call, note: ${M.touchpointNote} }
  - { date: 2026-06-10, by: ${M.toucherId}, with: [${M.teamMemberId}], kind: meeting, note: ${M.internalTouchNote} }
incidents:
  - { id: ${M.incidentId}, date: ${M.incidentDate}, what: ${M.incidentWhat}, cause: ours, told: Dana Whitfield, explained: ${M.incidentExplained}, follow_up: ['retrofit#install'] }
---
${M.accountBody}: who Harrow Mills are and what matters to them.
`;

const retrofit = `---
title: Conveyor line retrofit
owner: ${M.leadId}
status: active
kickoff: 2026-03-02
target: 2026-09-30
break_in_until: 2026-10-30
agreement:
  customer: { by: Dana Whitfield, date: 2026-02-20, title: Plant manager }
  us: { by: ${M.ownerId}, date: 2026-02-20 }
handoff:
  ${M.handoffId}: ${M.handoffDate}
milestones:
  - id: pilot
    title: Pilot line running
    owner: ${M.leadId}
    due: 2026-07-10
    slips:
      - { date: 2026-05-04, from: 2026-06-26, to: 2026-07-10, reason: Late steel delivery from the mill, told: ${M.toldContact}, workaround: Run line two by hand meanwhile }
  - id: second-line
    title: Second line running
    due: 2026-08-28
    dropped: { date: 2026-05-20, reason: Second line postponed by Harrow, told: ${M.toldContact} }
commitments:
  - id: install
    what: Install the conveyor sensors
    owner: ${M.workerId}
    due: 2026-06-30
    milestone: pilot
    after: [${M.internalId}]
    risk: ${M.risk}
    slips:
      - { date: 2026-05-11, from: 2026-06-12, to: 2026-06-30, reason: Sensor firmware recall at the vendor, told: ${M.toldContact}, workaround: Loan units from the vendor until the fix ships }
  - id: access
    what: Badge access for the install crew
    owner: Dana Whitfield
    chaser: ${M.chaserId}
    due: 2026-06-16
  - id: floor-plans
    what: Share the floor plans
    owner: Dana Whitfield
    due: 2026-03-20
    done: 2026-03-18
  - id: ${M.internalId}
    what: ${M.internalWhat}
    owner: ${M.internalOwnerId}
    internal: true
    due: 2026-06-05
    risk: ${M.internalRisk}
    slips:
      - { date: 2026-04-01, from: 2026-05-15, to: 2026-06-05, reason: ${M.internalSlipReason}, told: ${M.leadId}, workaround: ${M.internalWorkaround} }
    added: { date: 2026-03-10, reason: ${M.internalAddedReason}, told: ${M.leadId} }
  - id: zqx-internal-dropped
    what: ${M.internalDroppedWhat}
    owner: ${M.internalOwnerId}
    internal: true
    due: 2026-05-01
    dropped: { date: 2026-04-20, reason: ${M.internalDropReason}, told: ${M.leadId} }
  - id: dock-survey
    what: Survey the loading dock
    owner: ${M.workerId}
    due: 2026-07-24
    added: { date: 2026-04-15, told: Dana Whitfield, reason: Harrow asked to include the dock }
  - id: floor-markings
    what: Paint the floor markings
    owner: ${M.workerId}
    due: 2026-05-29
    dropped: { date: 2026-05-02, reason: "Harrow's own crew will paint them", told: ${M.toldContact} }
  - id: bin-labels
    what: '${MARKUP_WHAT}'
    owner: ${M.leadId}
    due: 2026-08-14
---
${M.planBody}: notes for the delivery team.
`;

const discovery = `---
title: Discovery workshop
owner: ${M.leadId}
status: done
kickoff: 2026-01-12
agreement:
  customer: { by: Dana Whitfield, date: 2026-01-05 }
  us: { by: ${M.leadId}, date: 2026-01-05 }
commitments:
  - { id: workshop, what: Run the discovery workshop, owner: ${M.leadId}, due: 2026-01-30, done: 2026-01-29 }
---
`;

const draft = `---
title: ${M.draftTitle}
owner: ${M.leadId}
status: draft
kickoff: 2026-11-02
commitments:
  - { id: later, what: ${M.draftWhat}, owner: ${M.workerId}, due: 2026-11-20 }
---
`;

const cancelled = `---
title: ${M.cancelledTitle}
owner: ${M.leadId}
status: cancelled
kickoff: 2026-02-02
commitments:
  - { id: never, what: ${M.cancelledWhat}, owner: ${M.workerId}, due: 2026-03-20, dropped: { date: 2026-02-10, reason: Cancelled, told: Dana Whitfield } }
---
`;

const other = `---
name: ${M.otherName}
owner: ${M.ownerId}
stage: delivery
since: 2025-09-01
contacts:
  - { name: ${M.otherContact} }
touchpoints:
  - { date: 2026-06-12, by: ${M.ownerId}, with: [${M.otherContact}], kind: visit }
---
`;

const otherPlan = `---
title: ${M.otherPlan}
owner: ${M.workerId}
status: active
kickoff: 2026-04-01
agreement:
  customer: { by: ${M.otherContact}, date: 2026-03-25 }
  us: { by: ${M.ownerId}, date: 2026-03-25 }
commitments:
  - { id: other-item, what: ${M.otherWhat} conveyor sensors, owner: ${M.workerId}, due: 2026-07-01 }
  - { id: other-theirs, what: Badge access for ${M.otherContact}, owner: ${M.otherContact}, due: 2026-06-20 }
---
`;

const guide = `---
title: ${M.guideTitle}
summary: How we work
owner: ${M.leadId}
tags: [zqx-guide-tag]
---
${M.guideBody}
`;

export const FILES: Record<string, string> = {
  'playbook.yaml': settings,
  'people.yaml': people,
  [`accounts/${CLIENT}/index.mdx`]: account,
  [`accounts/${CLIENT}/retrofit.mdx`]: retrofit,
  [`accounts/${CLIENT}/discovery.mdx`]: discovery,
  [`accounts/${CLIENT}/${M.draftFile}.mdx`]: draft,
  [`accounts/${CLIENT}/${M.cancelledFile}.mdx`]: cancelled,
  [`accounts/${OTHER}/index.mdx`]: other,
  [`accounts/${OTHER}/deal.mdx`]: otherPlan,
  [`guides/${M.guideFile}.mdx`]: guide,
};
