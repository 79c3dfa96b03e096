// The contract's second version, field by field: internal commitments and who may be told of
// them, chasers, touchpoints with our own people, milestones that slip, are dropped and added,
// additions under a signed agreement, several signers per side, and incidents. Each case is one
// small playbook and the exact findings it must give.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_PATH, brief, findingsOf, mdxText, plan, PLAN_PATH } from '../helpers/playbook-fixture.ts';

/** Findings as `rule line:column subject message`, without the schema-free fixture check. */
function described(files: Record<string, string>) {
  return findingsOf(files).map((f) => `${f.rule} ${f.line}:${f.column} ${f.subject} ${f.message}`);
}

const rulesOf = (files: Record<string, string>) => findingsOf(files).map(brief);

describe('internal commitments', () => {
  const internal = (extra: string) =>
    plan(`commitments:
  - id: pay-contractors
    what: Pay the bench contractors
    owner: omar-haddad
    internal: true
    due: 2026-12-15
${extra}`);

  it('may be told to a colleague or a contact', () => {
    const slips = `    slips:
      - { date: 2026-11-10, from: 2026-12-01, to: 2026-12-15, reason: Invoice late, told: kim-lee }
    dropped: { date: 2026-11-20, reason: Paid by the client, told: Bob Smith }
`;
    expect(rulesOf({ [PLAN_PATH]: internal(slips) })).toEqual([]);
  });

  it('may not be told to someone who is neither', () => {
    const slips = `    slips:
      - { date: 2026-11-10, from: 2026-12-01, to: 2026-12-15, reason: Invoice late, told: Kim }
`;
    expect(described({ [PLAN_PATH]: internal(slips) })).toEqual([
      'unknown-reference 19:91 northwind/rollout#pay-contractors "Kim" (told, in slip 1 of Pay the bench contractors) is neither a person in people.yaml nor a contact of Northwind Logistics (did you mean kim-lee?); name the colleague (a person id) or the contact who was told',
    ]);
  });

  it('may not be owned by a contact', () => {
    const files = { [PLAN_PATH]: plan('commitments:\n  - { id: pay, what: Pay the contractors, owner: Bob Smith, internal: true, due: 2026-12-15 }\n') };
    expect(described(files)).toEqual([
      'unknown-reference 13:50 northwind/rollout#pay Pay the contractors is internal (between our own teams), but its owner `Bob Smith` is not a person in people.yaml; an internal commitment is owned by one of our people',
    ]);
  });

  it('are never part of the signed scope, so an unsigned slip of ours needs a contact as `told`', () => {
    const files = { [PLAN_PATH]: plan('commitments:\n  - { id: install, what: Install, owner: omar-haddad, due: 2026-12-15, slips: [{ date: 2026-11-10, from: 2026-12-01, to: 2026-12-15, reason: Late, told: kim-lee }] }\n') };
    expect(described(files)).toEqual([
      'unknown-reference 13:154 northwind/rollout#install "kim-lee" (told, in slip 1 of Install) is not a contact of Northwind Logistics; use a name from the account\'s `contacts`, or add them there',
    ]);
  });
});

describe('chasers', () => {
  it('name the chaser in the message and in `chaser`, by default the plan owner', () => {
    const files = {
      [PLAN_PATH]: plan(`commitments:
  - { id: access, what: Badge access for the crew, owner: Bob Smith, due: 2026-11-20 }
  - { id: data, what: Send the site list, owner: Ana Ruiz, chaser: omar-haddad, due: 2026-11-21 }
`),
    };
    expect(findingsOf(files).map((f) => [f.rule, f.owner, f.chaser, f.message])).toEqual([
      ['overdue', 'Bob Smith', 'kim-lee', 'Badge access for the crew was due 2026-11-20 (2 days ago); owner Bob Smith (client), chased by Kim Lee'],
      ['overdue', 'Ana Ruiz', 'omar-haddad', 'Send the site list was due 2026-11-21 (yesterday); owner Ana Ruiz (client), chased by Omar Haddad'],
    ]);
  });

  it('are a schema error on our own and on internal commitments, and must be people', () => {
    const files = {
      [PLAN_PATH]: plan(`commitments:
  - { id: install, what: Install, owner: omar-haddad, chaser: kim-lee, due: 2026-12-15 }
  - { id: pay, what: Pay, owner: omar-haddad, internal: true, chaser: kim-lee, due: 2026-12-15 }
  - { id: access, what: Access, owner: Bob Smith, chaser: kim-le, due: 2026-12-15 }
`),
    };
    expect(described(files)).toEqual([
      'schema 13:55 northwind/rollout#install commitment install: `chaser` is only for the client\'s commitments; this one is owned by `omar-haddad`, one of our people, who follows it up. Remove `chaser`',
      'schema 14:63 northwind/rollout#pay commitment pay: `chaser` is only for the client\'s commitments; this one is internal, and its owner follows it up. Remove `chaser`',
      'unknown-reference 15:59 northwind/rollout#access `kim-le` (the chaser of Access) is not a person in people.yaml (did you mean kim-lee?); use a person id from there, or add them',
    ]);
  });
});

describe('touchpoints', () => {
  it('may name our people in `with`, and an unknown name is neither a contact nor a person', () => {
    const account = mdxText`
      name: Northwind Logistics
      owner: jane-doe
      stage: delivery
      since: 2026-01-05
      contacts:
        - name: Bob Smith
      touchpoints:
        - { date: 2026-11-20, by: jane-doe, with: [Bob Smith, kim-lee], kind: call }
        - { date: 2026-11-21, by: kim-lee, with: [omar-haddad], kind: meeting }
        - { date: 2026-11-21, by: kim-lee, with: [Omar], kind: meeting }
    `;
    expect(described({ [ACCOUNT_PATH]: account })).toEqual([
      'unknown-reference 11:45 northwind "Omar" (with, in the meeting of 2026-11-21) is neither a contact of Northwind Logistics nor a person in people.yaml (did you mean omar-haddad?); use a contact\'s name or a person id',
    ]);
  });

  it('with only our own people keep no client in touch', () => {
    const account = mdxText`
      name: Northwind Logistics
      owner: jane-doe
      stage: prospect
      since: 2026-01-05
      contacts:
        - name: Bob Smith
      touchpoints:
        - { date: 2026-10-01, by: jane-doe, with: [Bob Smith], kind: call }
        - { date: 2026-11-21, by: jane-doe, with: [kim-lee], kind: meeting }
        - { date: 2026-11-21, by: jane-doe, kind: email }
    `;
    expect(rulesOf({ [ACCOUNT_PATH]: account })).toEqual(['stale-follow-up warning accounts/northwind/index.mdx:9:5 northwind']);
  });
});

describe('milestones', () => {
  const milestones = (text: string) => ({ [PLAN_PATH]: plan(`milestones:\n${text}`) });

  it('slip, are dropped and are added like commitments, and the same rules judge them', () => {
    const files = milestones(`  - id: pilot
    title: Pilot site live
    owner: omar-haddad
    due: 2026-12-10
    slips:
      - { date: 2026-11-01, from: 2026-11-20, to: 2026-11-30, reason: Firmware }
      - { date: 2026-11-30, from: 2026-11-30, to: 2026-12-11, reason: Parts, told: Bob Smith }
    added: { date: 2026-11-25, reason: Asked for a pilot }
  - id: wave-2
    title: Wave 2
    due: 2026-11-30
    dropped: { date: 2026-11-10, reason: Merged into wave 1 }
`);
    expect(described(files)).toEqual([
      "slip-undisclosed 18:9 northwind/rollout#pilot Slip 1 of Milestone Pilot site live (2026-11-20 to 2026-11-30) does not say who on the client's side was told; add `told:` with the contact's name",
      'future-date 19:17 northwind/rollout#pilot Slip 2 of Milestone Pilot site live is dated 2026-11-30 (in 8 days), after today (2026-11-22); record things once they have happened, or fix the date',
      'slip-mismatch 16:10 northwind/rollout#pilot Milestone Pilot site live is due 2026-12-10, but its last slip moved it to 2026-12-11; make `due` the last slip\'s `to`, or record the new move as a slip',
      'future-date 20:20 northwind/rollout#pilot The addition of Milestone Pilot site live is dated 2026-11-25 (in 3 days), after today (2026-11-22); record things once they have happened, or fix the date',
      "slip-undisclosed 20:12 northwind/rollout#pilot Milestone Pilot site live was added on 2026-11-25 after the agreement was signed, without saying who on the client's side agreed to it; add `told:` with the contact's name",
      "slip-undisclosed 24:14 northwind/rollout#wave-2 Milestone Wave 2 was dropped on 2026-11-10 without saying who on the client's side was told; add `told:` with the contact's name",
    ].sort(byPlace));
  });

  it('a dropped milestone is not overdue; its owner must be a person', () => {
    const files = milestones(`  - { id: pilot, title: Pilot, owner: omar, due: 2026-11-01, dropped: { date: 2026-11-02, reason: Merged, told: Bob Smith } }
  - { id: wave, title: Wave, owner: omar-haddad, due: 2026-11-01 }
`);
    expect(described(files)).toEqual([
      'unknown-reference 13:39 northwind/rollout#pilot `omar` (the owner of Milestone Pilot) is not a person in people.yaml (did you mean omar-haddad?); use a person id from there, or add them',
      'milestone-overdue 14:5 northwind/rollout#wave Milestone Wave was due 2026-11-01 (21 days ago) and is not done; set `done:` when it is reached, or record a slip; owner Omar Haddad',
    ]);
  });
});

describe('the letter of agreement', () => {
  const header = (agreement: string) => mdxText`
    title: Rollout
    owner: kim-lee
    status: active
    kickoff: 2026-09-01
    ${agreement}
    handoff:
      partner-onboarded: 2026-08-25
      delivery-briefed: 2026-08-22
  `;

  it('takes several signers per side, each checked', () => {
    const files = {
      [PLAN_PATH]: header(`agreement:
      customer:
        - { by: Bob Smith, date: 2026-08-20, title: Operations director }
        - { by: Ana Ruis, date: 2026-08-21 }
      us: [{ by: jane-doe, date: 2026-08-20 }, { by: kim-le, date: 2026-08-20 }]`),
    };
    expect(described(files)).toEqual([
      'unknown-reference 9:13 northwind/rollout "Ana Ruis" (the customer\'s signature on the agreement) is not a contact of Northwind Logistics (did you mean Ana Ruiz?); use a name from the account\'s `contacts`, or add them there',
      'unknown-reference 10:50 northwind/rollout `kim-le` (our signature on the agreement) is not a person in people.yaml (did you mean kim-lee?); use a person id from there, or add them',
    ]);
  });

  it('reports a signature of the wrong form in the form it was written', () => {
    const files = {
      [PLAN_PATH]: header(`agreement:
      customer: [{ by: Bob Smith }]
      us: { by: jane-doe, dat: 2026-08-20 }`),
    };
    expect(findingsOf(files).filter((f) => f.rule === 'schema').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "7:14 the customer's signature: `date` is missing; add `date:` with a date written YYYY-MM-DD",
      // `dat:` is `date` with a typo: one finding, which says so (not also "`date` is missing").
      '8:23 our signature: unknown field `dat` (did you mean date?); allowed fields: by, date, title',
    ]);
  });

  it('is unsigned while a side has no signer at all', () => {
    const files = { [PLAN_PATH]: header(`agreement:
      us: [{ by: jane-doe, date: 2026-08-20 }, { by: kim-lee, date: 2026-08-20 }]`) };
    expect(findingsOf(files).map((f) => f.rule)).toEqual(['agreement-unsigned']);
  });
});

describe('incidents', () => {
  const account = (incidents: string) => mdxText`
    name: Northwind Logistics
    owner: jane-doe
    stage: delivery
    since: 2026-01-05
    contacts:
      - name: Bob Smith
    touchpoints:
      - { date: 2026-11-20, by: jane-doe, with: [Bob Smith], kind: review }
    incidents:
    ${incidents}
  `;
  const files = (incidents: string) => ({
    [ACCOUNT_PATH]: account(incidents),
    [PLAN_PATH]: plan('milestones:\n  - { id: pilot, title: Pilot, due: 2026-12-15 }\ncommitments:\n  - { id: relabel, what: Reprint the labels, owner: omar-haddad, due: 2026-12-15 }\n'),
  });

  it('name their follow-ups as <plan>#<item> of the account, and who was told', () => {
    const incidents = `  - { id: outage, date: 2026-11-20, what: Labels, cause: ours, told: Bob Smith, follow_up: [rollout#relabel, rollout#pilot] }
      - { id: typo, date: 2026-11-20, what: Labels again, cause: client, told: Bob Smyth, follow_up: [rollout#relabl, rolout#pilot, relabel] }`;
    expect(described(files(incidents))).toEqual([
      'unknown-reference 12:76 northwind#typo "Bob Smyth" (told, in the incident "Labels again") is not a contact of Northwind Logistics (did you mean Bob Smith?); use a name from its `contacts`, or add them there',
      'unknown-reference 12:99 northwind#typo The follow-up `rollout#relabl` of the incident "Labels again" names `relabl`, which is not a commitment or milestone of rollout (did you mean relabel?)',
      'unknown-reference 12:115 northwind#typo The follow-up `rolout#pilot` of the incident "Labels again" names the plan `rolout`, which is not a plan of this account (did you mean rollout?)',
      'unknown-reference 12:129 northwind#typo The follow-up `relabel` of the incident "Labels again" is not written `<plan>#<item>`, such as `scanner-rollout#relabel`',
    ]);
  });

  it('have ids unique in the account, a known cause, and dates not after today', () => {
    const incidents = `  - { id: outage, date: 2026-11-20, what: Labels, cause: ours, explained: 2026-11-23 }
      - { id: outage, date: 2026-11-23, what: Again, cause: theirs }`;
    expect(described(files(incidents))).toEqual([
      'future-date 11:75 northwind#outage The explanation of the incident "Labels" is dated 2026-11-23 (tomorrow), after today (2026-11-22); record things once they have happened, or fix the date',
      'duplicate-id 12:11 northwind#outage The id `outage` is used twice for incidents of this account; give this incident another id',
      'schema 12:57 northwind#outage incident outage: `cause` is "theirs"; expected one of ours, client, third-party, unknown',
    ]);
  });
});

function byPlace(a: string, b: string): number {
  const place = (s: string) => s.split(' ')[1]!.split(':').map(Number) as [number, number];
  const [la, ca] = place(a);
  const [lb, cb] = place(b);
  return la - lb || ca - cb;
}
