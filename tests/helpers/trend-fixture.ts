// A playbook whose promise-keeping is known week by week, as of a Wednesday (2026-11-18, in
// 2026-W47), for `report --trend`, `report --incidents` and the insights page. Every commitment
// says below which ISO week its first due date falls in and what it counts as on that day.
//
//   week      Monday      commitments (first due)                                    incidents
//   2026-W39  2026-09-21  c13 ours kim: due Sun 09-27, done 09-30: kept late, 3 days
//   2026-W40  2026-09-28  c1 ours kim: due Sun 10-04, done that day: kept
//   2026-W41  2026-10-05  c2 ours omar: due Mon 10-05, done 10-06: kept late, 1 day   i1 client
//                         c20 ours omar (fraser, a done plan): due 10-09, done: kept
//   2026-W42  2026-10-12  c3 ours omar: first due 10-14, slipped to 10-28, done 10-27: i2 ours
//                         kept late, 13 days (a slip does not move the first due)
//                         c7 internal dana (no team): due 10-16, done 10-15: kept
//   2026-W43  2026-10-19  c4 ours kim: dropped; c5 client Bob Smith: done on the day: kept
//   2026-W44  2026-10-26  nothing: an empty week
//   2026-W45  2026-11-02  c15 ours omar: due 11-06, done early: kept                     i3 third-party
//                         c6 client Ana Ruiz: due 11-04, open: late, 14 days             i4 client
//   2026-W46  2026-11-09  c8 internal jane (Sales): due 11-10, open: late, 8 days
//                         c14 client Bob Smith: first due 11-11, slipped to 11-25, open:
//                         late, 7 days (late against the date first agreed)
//   2026-W47  2026-11-16  c9 ours jane: due Mon 11-16, done: kept
//                         c12 ours kim: due 11-17, open: late, 1 day
//                         c10 ours kim: due 11-18 (today), c11 ours omar: due 11-20: pending
//
// Not counted: a draft plan's commitment, a cancelled plan's, and a milestone (all due in W45).
// An incident of 2026-09-01 (W36, cause unknown) is only in a 13-week report.
import { mdx, text } from './playbook-fixture.ts';

export const TREND_AS_OF = '2026-11-18';

const settings = text`
  title: Trend Co playbook
  timezone: UTC
  follow_up_every: 2w
`;

const people = text`
  jane-doe:
    name: Jane Doe
    team: Sales
  kim-lee:
    name: Kim Lee
    team: Delivery
  omar-haddad:
    name: Omar Haddad
    team: Delivery
  dana-berg:
    name: Dana Berg
`;

const northwind = mdx(text`
  name: Northwind Logistics
  owner: jane-doe
  stage: delivery
  since: 2026-01-05
  team: [kim-lee, omar-haddad]
  contacts:
    - name: Bob Smith
    - name: Ana Ruiz
  touchpoints:
    - { date: 2026-11-16, by: jane-doe, with: [Bob Smith], kind: call }
  incidents:
    - { id: i6, date: 2026-09-01, what: Labels printed twice, cause: unknown, explained: 2026-09-10 }
    - { id: i1, date: 2026-10-07, what: Wrong shipping template, cause: client, explained: 2026-10-21 }
    - { id: i2, date: 2026-10-12, what: Scanners shipped without chargers, cause: ours, explained: 2026-10-21 }
    - { id: i3, date: 2026-11-02, what: Courier lost a pallet of devices, cause: third-party, explained: 2026-11-16 }
    - { id: i4, date: 2026-11-03, what: Network change cut the scanners off, cause: client, explained: 2026-11-16 }
`);

const signed = text`
  agreement:
    customer: { by: Bob Smith, date: 2026-09-01 }
    us: { by: jane-doe, date: 2026-09-01 }
`;

const rollout = mdx(`${text`
  title: Rollout
  owner: kim-lee
  status: active
  kickoff: 2026-09-01
`}${signed}${text`
  milestones:
    - { id: wave-1, title: Wave 1 live, due: 2026-11-05 }
  commitments:
    - { id: c13, what: Survey the docks, owner: kim-lee, due: 2026-09-27, done: 2026-09-30 }
    - { id: c1, what: Order the scanners, owner: kim-lee, due: 2026-10-04, done: 2026-10-04 }
    - { id: c2, what: Image the scanners, owner: omar-haddad, due: 2026-10-05, done: 2026-10-06 }
    - id: c3
      what: Install the access points
      owner: omar-haddad
      due: 2026-10-28
      done: 2026-10-27
      slips:
        - { date: 2026-10-10, from: 2026-10-14, to: 2026-10-28, reason: Cabling late, told: Bob Smith }
    - { id: c7, what: Invoice the pilot, owner: dana-berg, internal: true, due: 2026-10-16, done: 2026-10-15 }
    - id: c4
      what: Print the shelf labels
      owner: kim-lee
      due: 2026-10-21
      dropped: { date: 2026-10-15, reason: The client prints them, told: Bob Smith }
    - { id: c5, what: Clear the install area, owner: Bob Smith, due: 2026-10-22, done: 2026-10-22 }
    - { id: c15, what: Train the supervisors, owner: omar-haddad, due: 2026-11-06, done: 2026-11-02 }
    - { id: c6, what: Open the firewall, owner: Ana Ruiz, due: 2026-11-04 }
    - { id: c8, what: Book the installers' travel, owner: jane-doe, internal: true, due: 2026-11-10 }
    - id: c14
      what: Sign off the floor plan
      owner: Bob Smith
      due: 2026-11-25
      slips:
        - { date: 2026-11-09, from: 2026-11-11, to: 2026-11-25, reason: Bob away, told: Bob Smith }
    - { id: c9, what: Send the weekly report, owner: jane-doe, due: 2026-11-16, done: 2026-11-16 }
    - { id: c12, what: Configure the WMS link, owner: kim-lee, due: 2026-11-17 }
    - { id: c10, what: Test the WMS link, owner: kim-lee, due: 2026-11-18 }
    - { id: c11, what: Go live at the first site, owner: omar-haddad, due: 2026-11-20 }
`}`);

const draft = mdx(text`
  title: Next wave
  owner: kim-lee
  status: draft
  kickoff: 2027-01-11
  commitments:
    - { id: d1, what: Quote the next wave, owner: kim-lee, due: 2026-11-04 }
`);

const fraser = mdx(text`
  name: Fraser Cold Storage
  owner: jane-doe
  stage: partner
  since: 2026-01-05
  contacts:
    - name: Paul Andersen
  touchpoints:
    - { date: 2026-11-16, by: jane-doe, with: [Paul Andersen], kind: call }
`);

const pilot = mdx(text`
  title: Freezer pilot
  owner: omar-haddad
  status: done
  kickoff: 2026-09-01
  agreement:
    customer: { by: Paul Andersen, date: 2026-09-01 }
    us: { by: jane-doe, date: 2026-09-01 }
  commitments:
    - { id: c20, what: Survey the freezers, owner: omar-haddad, due: 2026-10-09, done: 2026-10-09 }
`);

const cancelled = mdx(text`
  title: Cold chain sensors
  owner: omar-haddad
  status: cancelled
  kickoff: 2026-09-01
  commitments:
    - { id: x1, what: Install the sensors, owner: omar-haddad, due: 2026-11-04, done: 2026-11-09 }
`);

/** Content path -> text, for createPlaybook (with `{ defaults: false }`) or a site build. */
export const TREND_FILES: Readonly<Record<string, string>> = {
  'playbook.yaml': settings,
  'people.yaml': people,
  'accounts/northwind/index.mdx': northwind,
  'accounts/northwind/rollout.mdx': rollout,
  'accounts/northwind/next-wave.mdx': draft,
  'accounts/fraser/index.mdx': fraser,
  'accounts/fraser/pilot.mdx': pilot,
  'accounts/fraser/sensors.mdx': cancelled,
};

// The expected numbers, which the core, the CLI and the site tests all compare with.

export const EIGHT_WEEKS = ['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', '2026-W47'];

/** A week's counts in the contract's field order. */
export function week(week: string, kept: number, keptLate: number, late: number, dropped: number, daysLate: number, onTimeRate: number | null) {
  return { week, kept, keptLate, late, dropped, daysLate, onTimeRate };
}
export function total(kept: number, keptLate: number, late: number, dropped: number, daysLate: number, onTimeRate: number | null) {
  return { kept, keptLate, late, dropped, daysLate, onTimeRate };
}
/** Eight weeks W40..W47, all empty except those given. */
export function weeks(given: Record<string, [number, number, number, number, number, number | null]>) {
  return EIGHT_WEEKS.map((key) => (given[key] ? week(key, ...given[key]) : week(key, 0, 0, 0, 0, 0, null)));
}

export const BY_SIDE = {
  asOf: '2026-11-18',
  by: 'side',
  weeks: EIGHT_WEEKS,
  groups: [
    {
      key: 'ours',
      label: 'Our side',
      weeks: weeks({
        '2026-W40': [1, 0, 0, 0, 0, 1], // kept on the first due day, a Sunday
        '2026-W41': [1, 1, 0, 0, 1, 0.5], // due on the Monday after, done a day late; and the done plan's
        '2026-W42': [0, 1, 0, 0, 13, 0], // kept after a slip: late against the first due date
        '2026-W43': [0, 0, 0, 1, 0, null], // dropped: not in the rate
        '2026-W45': [1, 0, 0, 0, 0, 1],
        '2026-W47': [1, 0, 1, 0, 1, 0.5], // today's and later ones are pending, not counted
      }),
      total: total(4, 2, 1, 1, 15, 0.571),
      change: 0.167, // 2/3 in W44-W47 against 2/4 in W40-W43
    },
    {
      key: 'client',
      label: "The client's side",
      weeks: weeks({
        '2026-W43': [1, 0, 0, 0, 0, 1],
        '2026-W45': [0, 0, 1, 0, 14, 0],
        '2026-W46': [0, 0, 1, 0, 7, 0], // slipped to after today, but late against its first due
      }),
      total: total(1, 0, 2, 0, 21, 0.333),
      change: -1,
    },
    {
      key: 'internal',
      label: 'Internal',
      weeks: weeks({ '2026-W42': [1, 0, 0, 0, 0, 1], '2026-W46': [0, 0, 1, 0, 8, 0] }),
      total: total(1, 0, 1, 0, 8, 0.5),
      change: -1,
    },
  ],
};
