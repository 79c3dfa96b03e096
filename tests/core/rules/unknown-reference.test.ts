// unknown-reference: a person id, contact name, milestone, checklist item or `after` id that does not exist.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings.ts';
import { ACCOUNT_PATH, DEFAULT_ACCOUNT, findingsOf, findingsOfRule, mdx, mdxText, PLAN_PATH, plan, text } from '../../helpers/playbook-fixture.ts';

const row = (f: Finding) => [f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message];
const referencesOf = (files: Record<string, string | null>) => findingsOfRule('unknown-reference', files).map(row);

const notAPerson = (id: string, role: string, suggestion?: string) =>
  `\`${id}\` (${role}) is not a person in people.yaml${suggestion ? ` (did you mean ${suggestion}?)` : ''}; use a person id from there, or add them`;

describe('unknown-reference', () => {
  it('reports every unknown person and contact in an account, at the reference', () => {
    const index = mdxText`
      name: Northwind Logistics
      owner: jane-do
      stage: delivery
      since: 2026-01-05
      team: [kim-lee, zed-nobody]
      contacts:
        - name: Bob Smith
        - name: Ana Ruiz
      touchpoints:
        - date: 2026-11-20
          by: omar-hadad
          with: [Bob Smyth, Ana Ruiz]
          kind: call
    `;
    expect(referencesOf({ [ACCOUNT_PATH]: index })).toEqual([
      [ACCOUNT_PATH, '3:8', 'northwind', 'jane-do', notAPerson('jane-do', 'the account owner', 'jane-doe')],
      [ACCOUNT_PATH, '6:17', 'northwind', 'jane-do', notAPerson('zed-nobody', 'a team member')],
      [ACCOUNT_PATH, '12:9', 'northwind', 'jane-do', notAPerson('omar-hadad', 'by, in the call of 2026-11-20', 'omar-haddad')],
      [
        ACCOUNT_PATH,
        '13:12',
        'northwind',
        'jane-do',
        '"Bob Smyth" (with, in the call of 2026-11-20) is neither a contact of Northwind Logistics nor a person in people.yaml (did you mean Bob Smith?); use a contact\'s name or a person id',
      ],
    ]);
  });

  it('suggests the one name that holds what was written: a first name for a contact, a short id for a person', () => {
    const index = mdxText`
      name: Northwind Logistics
      owner: jane
      stage: delivery
      since: 2026-01-05
      contacts:
        - name: Bob Smith
        - name: Ana Ruiz
      touchpoints:
        - date: 2026-11-20
          by: jane-doe
          with: [Ana, Smi]
          kind: call
    `;
    expect(referencesOf({ [ACCOUNT_PATH]: index })).toEqual([
      [ACCOUNT_PATH, '3:8', 'northwind', 'jane', notAPerson('jane', 'the account owner', 'jane-doe')],
      [
        ACCOUNT_PATH,
        '12:12',
        'northwind',
        'jane',
        '"Ana" (with, in the call of 2026-11-20) is neither a contact of Northwind Logistics nor a person in people.yaml (did you mean Ana Ruiz?); use a contact\'s name or a person id',
      ],
      [
        ACCOUNT_PATH,
        '12:17',
        'northwind',
        'jane',
        '"Smi" (with, in the call of 2026-11-20) is neither a contact of Northwind Logistics nor a person in people.yaml (did you mean Bob Smith?); use a contact\'s name or a person id',
      ],
    ]);
  });

  it('says a `milestone:` names a commitment when it does, as `after` says it names a milestone', () => {
    const rollout = mdxText`
      title: Rollout
      owner: kim-lee
      status: draft
      kickoff: 2026-12-01
      milestones:
        - id: pilot
          title: Pilot
          due: 2026-12-20
      commitments:
        - id: order
          what: Order the hardware
          owner: omar-haddad
          due: 2026-12-01
        - id: install
          what: Install
          owner: omar-haddad
          due: 2026-12-10
          milestone: order
    `;
    expect(referencesOf({ [PLAN_PATH]: rollout })).toEqual([
      [
        PLAN_PATH,
        '19:16',
        'northwind/rollout#install',
        'omar-haddad',
        'Install belongs to milestone `order`, which is a commitment, not a milestone; `milestone:` names one of the plan’s milestones; the milestones are pilot',
      ],
    ]);
  });

  it('reports every unknown reference in a plan, at the reference', () => {
    const rollout = mdxText`
      title: Rollout
      owner: kim-le
      status: active
      kickoff: 2026-09-01
      agreement:
        customer: { by: Bob Smit, date: 2026-08-20 }
        us: { by: jane-do, date: 2026-08-20 }
      handoff:
        partner-onboarded: 2026-08-25
        delivery-brief: 2026-08-22
      milestones:
        - id: pilot
          title: Pilot
          due: 2026-12-01
      commitments:
        - id: order
          what: Order the hardware
          owner: Bob Smiht
          due: 2026-12-01
          milestone: pilott
        - id: install
          what: Install
          owner: omar-haddad
          due: 2026-12-10
          after: [ordr, pilot]
          slips:
            - date: 2026-11-01
              from: 2026-11-30
              to: 2026-12-10
              reason: Parts late
              told: Bobby Smith
          dropped: { date: 2026-11-15, reason: Site closed, told: Anna Ruiz }
    `;
    expect(referencesOf({ [PLAN_PATH]: rollout })).toEqual([
      [PLAN_PATH, '3:8', 'northwind/rollout', 'kim-le', notAPerson('kim-le', 'the plan owner', 'kim-lee')],
      [
        PLAN_PATH,
        '7:19',
        'northwind/rollout',
        'kim-le',
        `"Bob Smit" (the customer's signature on the agreement) is not a contact of Northwind Logistics (did you mean Bob Smith?); use a name from the account's \`contacts\`, or add them there`,
      ],
      [PLAN_PATH, '8:13', 'northwind/rollout', 'kim-le', notAPerson('jane-do', 'our signature on the agreement', 'jane-doe')],
      [
        PLAN_PATH,
        '11:3',
        'northwind/rollout',
        'kim-le',
        'The handoff item `delivery-brief` is not in the checklist of playbook.yaml (did you mean delivery-briefed?); the items are partner-onboarded, delivery-briefed',
      ],
      [
        PLAN_PATH,
        '19:12',
        'northwind/rollout#order',
        'Bob Smiht',
        "The owner `Bob Smiht` of Order the hardware is neither a person in people.yaml nor a contact of Northwind Logistics (did you mean Bob Smith?); use a person id (our side) or a contact's name (the client's side)",
      ],
      [
        PLAN_PATH,
        '21:16',
        'northwind/rollout#order',
        'Bob Smiht',
        'Order the hardware belongs to milestone `pilott`, which is not in this plan (did you mean pilot?); the milestones are pilot; owner Bob Smiht (client), chased by kim-le',
      ],
      [PLAN_PATH, '26:13', 'northwind/rollout#install', 'omar-haddad', 'Install waits for `ordr`, which is not a commitment in this plan (did you mean order?)'],
      [
        PLAN_PATH,
        '26:19',
        'northwind/rollout#install',
        'omar-haddad',
        'Install waits for `pilot`, which is a milestone, not a commitment; `after` lists commitment ids (use `milestone:` to place it in a milestone)',
      ],
      [
        PLAN_PATH,
        '32:15',
        'northwind/rollout#install',
        'omar-haddad',
        '"Bobby Smith" (told, in slip 1 of Install) is not a contact of Northwind Logistics (did you mean Bob Smith?); use a name from the account\'s `contacts`, or add them there',
      ],
      [
        PLAN_PATH,
        '33:61',
        'northwind/rollout#install',
        'omar-haddad',
        '"Anna Ruiz" (told, in the drop of Install) is not a contact of Northwind Logistics (did you mean Ana Ruiz?); use a name from the account\'s `contacts`, or add them there',
      ],
    ]);
  });

  it('reports an unknown guide owner', () => {
    const guide = mdxText`
      title: Handing over
      owner: jan-doe
    `;
    expect(referencesOf({ 'guides/handing-over.mdx': guide })).toEqual([
      ['guides/handing-over.mdx', '3:8', 'guides/handing-over', 'jan-doe', notAPerson('jan-doe', 'the guide owner', 'jane-doe')],
    ]);
  });

  it('lists no checklist items when playbook.yaml has none', () => {
    const findings = referencesOf({ 'playbook.yaml': 'title: No checklist\n', [PLAN_PATH]: plan('') });
    expect(findings.map(([, place, , , message]) => [place, message])).toEqual([
      ['10:3', 'The handoff item `partner-onboarded` is not in the checklist of playbook.yaml; the items are none (add them under `handoff_checklist:`)'],
      ['11:3', 'The handoff item `delivery-briefed` is not in the checklist of playbook.yaml; the items are none (add them under `handoff_checklist:`)'],
    ]);
  });

  it('accepts a person id or a contact name as a commitment owner', () => {
    const rest = text`
      commitments:
        - id: ours
          what: Ours
          owner: omar-haddad
          due: 2026-12-01
        - id: theirs
          what: Theirs
          owner: Ana Ruiz
          due: 2026-12-01
    `;
    expect(referencesOf({ [PLAN_PATH]: plan(rest) })).toEqual([]);
  });

  it('still checks the contacts of a plan whose account has an unreadable stage', () => {
    const broken = DEFAULT_ACCOUNT.replace('stage: delivery', 'stage: nowhere');
    const rest = 'commitments:\n  - id: a\n    what: A\n    owner: Somebody Else\n    due: 2026-12-01\n';
    const findings = findingsOf({ [ACCOUNT_PATH]: broken, [PLAN_PATH]: plan(rest) });
    expect(findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      `schema ${ACCOUNT_PATH}:4:8`,
      `unknown-reference ${PLAN_PATH}:15:12`,
    ]);
  });

  it('does not check contacts when the account file does not parse (its own finding says why)', () => {
    const rest = 'commitments:\n  - id: a\n    what: A\n    owner: Somebody Else\n    due: 2026-12-01\n';
    const findings = findingsOf({ [ACCOUNT_PATH]: '---\nname: [unclosed\n---\n', [PLAN_PATH]: plan(rest) });
    expect(findings.map((f) => `${f.rule} ${f.file}`)).toEqual([`schema ${ACCOUNT_PATH}`]);
  });

  it('does not check contacts when the account\'s contacts are not a list', () => {
    const broken = mdx('name: Northwind Logistics\nowner: jane-doe\nstage: delivery\nsince: 2026-01-05\ncontacts: Bob Smith\n');
    const rest = 'commitments:\n  - id: a\n    what: A\n    owner: Bob Smith\n    due: 2026-12-01\n';
    const findings = findingsOf({ [ACCOUNT_PATH]: broken, [PLAN_PATH]: plan(rest) });
    // Without its contacts, whether a touchpoint reached the client cannot be told: no follow-up rule judges it.
    expect(findings.map((f) => `${f.rule} ${f.file}`)).toEqual([`schema ${ACCOUNT_PATH}`]);
  });

  it('treats a person or contact whose own entry is invalid as known, so only the entry is reported', () => {
    const people = 'jane-doe:\n  name: Jane Doe\nkim-lee:\n  name: Kim Lee\n  email: not-an-email\nomar-haddad:\n  name: Omar Haddad\n';
    const index = DEFAULT_ACCOUNT.replace('    role: IT manager', '    email: not-an-email');
    const rest = 'commitments:\n  - id: a\n    what: A\n    owner: Ana Ruiz\n    due: 2026-12-01\n';
    const files = { 'people.yaml': people, [ACCOUNT_PATH]: index, [PLAN_PATH]: plan(rest) };
    expect(findingsOf(files).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      `schema ${ACCOUNT_PATH}:11:12`,
      'schema people.yaml:5:10',
    ]);
  });
});

describe('unknown-reference, with a character that does not show', () => {
  // Pasted from a chat or a web page, a zero-width space or a bidi mark makes a reference that
  // looks right: the message shows it as its code point and says what it is.
  it('shows it as its code point in the message, and says what it is and to delete it', () => {
    const rollout = plan(text`
      commitments:
        - id: order
          what: Order the hardware
          owner: omar-haddad\u200d
          due: 2026-12-01
        - id: install
          what: Install
          owner: kim-lee
          due: 2026-12-10
          dropped: { date: 2026-11-20, reason: Gone, told: "Bob\u200b Smith" }
    `);
    expect(referencesOf({ [PLAN_PATH]: rollout }).map((r) => r[4])).toEqual([
      "The owner `omar-haddad<U+200D>` (it holds an invisible character: a zero-width joiner, <U+200D>; delete it) of Order the hardware is neither a person in people.yaml nor a contact of Northwind Logistics (did you mean omar-haddad?); use a person id (our side) or a contact's name (the client's side)",
      '"Bob<U+200B> Smith" (it holds an invisible character: a zero-width space, <U+200B>; delete it) (told, in the drop of Install) is not a contact of Northwind Logistics (did you mean Bob Smith?); use a name from the account\'s `contacts`, or add them there',
    ]);
  });

  it('in an incident\'s follow_up, the item it names', () => {
    const withIncident = DEFAULT_ACCOUNT.replace(/\n---\n/, '\nincidents:\n  - { id: outage, date: 2026-11-03, what: Labels, cause: ours, follow_up: ["rollout#pilot\u200b"] }\n---\n');
    const rollout = plan(text`
      milestones:
        - id: pilot
          title: Pilot
          due: 2026-12-01
    `);
    expect(referencesOf({ [ACCOUNT_PATH]: withIncident, [PLAN_PATH]: rollout }).map((r) => r[4])).toEqual([
      'The follow-up `rollout#pilot<U+200B>` (it holds an invisible character: a zero-width space, <U+200B>; delete it) of the incident "Labels" names `pilot<U+200B>`, which is not a commitment or milestone of rollout (did you mean pilot?)',
    ]);
  });

  it('in an `after` id, which is not an id: the schema finding shows it too', () => {
    const rollout = plan(text`
      commitments:
        - id: order
          what: Order the hardware
          owner: kim-lee
          due: 2026-12-01
        - id: install
          what: Install
          owner: kim-lee
          due: 2026-12-10
          after: [order\u2060]
    `);
    expect(findingsOfRule('schema', { [PLAN_PATH]: rollout }).map((f) => f.message)).toEqual([
      'commitment install: `after` (entry 1) is "order<U+2060>" (it holds an invisible character: a word joiner, <U+2060>; delete it); an id is lowercase kebab-case (letters a-z, digits, single dashes): write `order`',
    ]);
  });
});

// The same name in two Unicode forms: composed (NFC, `é`) and decomposed (NFD, `e` + U+0301), which
// macOS input, some terminals and text copied out of a PDF produce. Written with escapes so that no
// editor can make them one.
const JOSE = 'Jos\u00e9 N\u00fa\u00f1ez';
const JOSE_DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';
const MARIA = 'Mar\u00eda Pe\u00f1a';
const MARIA_DECOMPOSED = 'Mari\u0301a Pen\u0303a';

describe('unknown-reference, a contact named in another Unicode form', () => {
  it('takes a decomposed name for the composed contact (and the reverse) in with, told, an owner and a signature; nothing else is folded', () => {
    expect(JOSE).not.toBe(JOSE_DECOMPOSED);
    const index = mdxText`
      name: Northwind Logistics
      owner: jane-doe
      stage: delivery
      since: 2026-01-05
      contacts:
        - name: ${JOSE}
        - name: ${MARIA_DECOMPOSED}
      touchpoints:
        - date: 2026-11-20
          by: jane-doe
          with: [${JOSE_DECOMPOSED}, ${MARIA}, Jose Nunez]
          kind: call
      incidents:
        - id: label-outage
          date: 2026-11-01
          what: Labels printed with the old template
          cause: ours
          told: ${JOSE_DECOMPOSED}
    `;
    const rollout = mdxText`
      title: Rollout
      owner: kim-lee
      status: active
      kickoff: 2026-09-01
      agreement:
        customer: { by: ${JOSE_DECOMPOSED}, date: 2026-08-20 }
        us: { by: jane-doe, date: 2026-08-20 }
      handoff:
        partner-onboarded: 2026-08-25
        delivery-briefed: 2026-08-22
      commitments:
        - id: site-access
          what: Badge access for the crew
          owner: ${JOSE_DECOMPOSED}
          due: 2026-12-10
          slips:
            - date: 2026-11-05
              from: 2026-11-30
              to: 2026-12-10
              told: ${MARIA}
              reason: Badges were reprinted
        - id: survey
          what: Survey Hamilton
          owner: kim-lee
          due: 2026-12-15
          added: { date: 2026-11-10, told: ${JOSE_DECOMPOSED}, reason: Asked for it }
        - id: old-site
          what: Install at site 8
          owner: kim-lee
          due: 2026-12-01
          dropped: { date: 2026-11-10, reason: Site closed, told: ${MARIA} }
        - id: backup
          what: Keep a backup of the labels
          owner: ${MARIA}
          due: 2026-12-20
          internal: true
    `;
    expect(referencesOf({ [ACCOUNT_PATH]: index, [PLAN_PATH]: rollout })).toEqual([
      [
        ACCOUNT_PATH,
        '12:39',
        'northwind',
        'jane-doe',
        `"Jose Nunez" (with, in the call of 2026-11-20) is neither a contact of Northwind Logistics nor a person in people.yaml (did you mean ${JOSE}?); use a contact's name or a person id`,
      ],
      [
        PLAN_PATH,
        '35:12',
        'northwind/rollout#backup',
        MARIA,
        `Keep a backup of the labels is internal (between our own teams), but its owner \`${MARIA}\` is not a person in people.yaml; an internal commitment is owned by one of our people`,
      ],
    ]);
  });
});
