// The client's view: a playbook whose every internal field holds a unique marker. No marker may
// reach the projection the client's site is built from, and every client-visible item must.
import { describe, expect, it } from 'vitest';
import { clientView } from '../../src/core/client/client-view.ts';
import { mdx, mdxText, runCheck, text } from '../helpers/playbook-fixture.ts';

/** Every marker is a word no visible field contains. */
const MARKERS = {
  internalWhat: 'MARKER-INTERNAL-WHAT',
  internalSlipReason: 'MARKER-INTERNAL-SLIP',
  risk: 'MARKER-RISK',
  touchpointNote: 'MARKER-TOUCHPOINT',
  incident: 'MARKER-INCIDENT',
  accountBody: 'MARKER-ACCOUNT-BODY',
  planBody: 'MARKER-PLAN-BODY',
  handoffLabel: 'MARKER-HANDOFF',
  email: 'marker-email@acme.example',
  phone: '+1 555 0199 MARKER-PHONE',
  github: 'markergithub',
  otherAccount: 'MARKER-OTHER-ACCOUNT',
  otherPlan: 'MARKER-OTHER-PLAN',
  draftPlan: 'MARKER-DRAFT-PLAN',
  role: 'MARKER-ROLE',
  team: 'MARKER-TEAM',
  contactEmail: 'marker-contact@client.example',
  chaser: 'chaser-marker',
};

const files = {
  'playbook.yaml': text`
    title: Acme Services playbook
    handoff_checklist:
      delivery-briefed: ${MARKERS.handoffLabel}
  `,
  'people.yaml': text`
    jane-doe:
      name: Jane Doe
      role: ${MARKERS.role}
      team: ${MARKERS.team}
      email: ${MARKERS.email}
      github: ${MARKERS.github}
    ${MARKERS.chaser}:
      name: Chase Person
  `,
  'accounts/northwind/index.mdx': mdx(
    text`
      name: Northwind Logistics
      owner: jane-doe
      stage: delivery
      since: 2026-01-05
      contacts:
        - { name: Bob Smith, email: ${MARKERS.contactEmail}, phone: ${MARKERS.phone} }
      touchpoints:
        - { date: 2026-11-20, by: jane-doe, with: [Bob Smith], kind: call, note: ${MARKERS.touchpointNote} }
      incidents:
        - { id: outage, date: 2026-11-01, what: ${MARKERS.incident}, cause: ours }
    `,
    `${MARKERS.accountBody}\n`,
  ),
  'accounts/northwind/rollout.mdx': mdx(
    text`
      title: Scanner rollout
      owner: jane-doe
      status: active
      kickoff: 2026-09-01
      agreement:
        customer: { by: Bob Smith, date: 2026-08-20, title: Operations director }
        us: { by: jane-doe, date: 2026-08-20 }
      handoff:
        delivery-briefed: 2026-08-22
      milestones:
        - { id: pilot, title: Pilot site live, due: 2026-12-15 }
      commitments:
        - { id: install, what: Install the scanners, owner: jane-doe, due: 2026-12-01, risk: ${MARKERS.risk}, milestone: pilot,
            slips: [{ date: 2026-11-01, from: 2026-11-20, to: 2026-12-01, reason: Parts late, told: Bob Smith, workaround: Loaners }] }
        - { id: access, what: Badge access for the crew, owner: Bob Smith, chaser: ${MARKERS.chaser}, due: 2026-11-25 }
        - { id: pay, what: ${MARKERS.internalWhat}, owner: jane-doe, internal: true, due: 2026-11-30,
            slips: [{ date: 2026-11-02, from: 2026-11-20, to: 2026-11-30, reason: ${MARKERS.internalSlipReason}, told: jane-doe }] }
        - { id: survey, what: Survey Hamilton, owner: jane-doe, due: 2026-12-20, added: { date: 2026-11-10, told: Bob Smith, reason: Bob asked for Hamilton } }
        - { id: labels, what: Print the labels, owner: jane-doe, due: 2026-11-10, dropped: { date: 2026-11-05, reason: Labels come with the scanners, told: Bob Smith } }
    `,
    `${MARKERS.planBody}\n`,
  ),
  'accounts/northwind/next.mdx': mdxText`
    title: ${MARKERS.draftPlan}
    owner: jane-doe
    status: draft
    kickoff: 2027-01-01
  `,
  'accounts/fabrikam/index.mdx': mdxText`
    name: ${MARKERS.otherAccount}
    owner: jane-doe
    stage: prospect
    since: 2026-01-05
  `,
  'accounts/fabrikam/deal.mdx': mdxText`
    title: ${MARKERS.otherPlan}
    owner: jane-doe
    status: active
    kickoff: 2026-09-01
  `,
};

describe('clientView', () => {
  const { model } = runCheck(files);
  const view = clientView(model, 'northwind')!;
  const json = JSON.stringify(view);

  it.each(Object.entries(MARKERS))('never carries %s', (_, marker) => {
    expect(json).not.toContain(marker);
  });

  it('carries every item the client may see, on the right side, with its slips, drops and additions', () => {
    expect(view.account).toEqual({ id: 'northwind', name: 'Northwind Logistics' });
    expect(view.company).toBe('Acme Services');
    expect(view.plans.map((p) => p.title)).toEqual(['Scanner rollout']);
    const [plan] = view.plans;
    expect(plan!.milestones.map((m) => m.what)).toEqual(['Pilot site live']);
    expect(plan!.ours.map((c) => [c.what, c.who, c.status])).toEqual([
      // An item at risk is open to the client: the risk is ours to manage.
      ['Install the scanners', 'Jane Doe', 'open'],
      ['Survey Hamilton', 'Jane Doe', 'open'],
      ['Print the labels', 'Jane Doe', 'dropped'],
    ]);
    expect(plan!.theirs.map((c) => [c.what, c.who, c.status])).toEqual([['Badge access for the crew', 'Bob Smith', 'open']]);
    const install = plan!.ours[0]!;
    expect(install.slips).toEqual([{ date: '2026-11-01', from: '2026-11-20', to: '2026-12-01', reason: 'Parts late', workaround: 'Loaners' }]);
    expect(install.milestone).toBe('Pilot site live');
    expect(plan!.ours[1]!.added).toEqual({ date: '2026-11-10', agreedBy: 'Bob Smith', reason: 'Bob asked for Hamilton' });
    expect(plan!.ours[2]!.dropped).toEqual({ date: '2026-11-05', reason: 'Labels come with the scanners' });
  });

  it('includes the letter with the signed scope and the addition in its own section', () => {
    const { letter } = view.plans[0]!;
    expect(letter.sides.map((s) => [s.title, s.items.map((i) => i.what)])).toEqual([
      ['Acme Services will', ['Install the scanners']],
      ['Northwind Logistics will', ['Badge access for the crew']],
    ]);
    expect(letter.additions.map((a) => [a.what, a.agreedBy, a.reason])).toEqual([['Survey Hamilton', 'Bob Smith', 'Bob asked for Hamilton']]);
    expect(letter.signatures).toEqual([
      { party: 'Northwind Logistics', signers: [{ name: 'Bob Smith', title: 'Operations director', date: '2026-08-20' }] },
      { party: 'Acme Services', signers: [{ name: 'Jane Doe', title: undefined, date: '2026-08-20' }] },
    ]);
    expect(letter.dropped).toBe(1);
  });

  it('is undefined for an account that does not exist', () => {
    expect(clientView(model, 'nowhere')).toBeUndefined();
  });
});

describe('clientView, a contact named in another Unicode form', () => {
  // Composed (NFC) in `contacts`, decomposed (NFD, from macOS input or a PDF) where the plan names
  // them: escapes, so that no editor can make the two one.
  const composed = 'Jos\u00e9 N\u00fa\u00f1ez';
  const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
  const { model } = runCheck({
    'accounts/northwind/index.mdx': mdxText`
      name: Northwind Logistics
      owner: jane-doe
      stage: delivery
      since: 2026-01-05
      contacts:
        - name: ${composed}
    `,
    'accounts/northwind/rollout.mdx': mdxText`
      title: Scanner rollout
      owner: jane-doe
      status: active
      kickoff: 2026-09-01
      agreement:
        customer: { by: ${decomposed}, date: 2026-08-20, title: Operations director }
        us: { by: jane-doe, date: 2026-08-20 }
      commitments:
        - { id: access, what: Badge access for the crew, owner: ${decomposed}, due: 2026-11-25 }
        - { id: survey, what: Survey Hamilton, owner: jane-doe, due: 2026-12-20, added: { date: 2026-11-10, told: ${decomposed}, reason: Asked for it } }
    `,
  });
  const plan = clientView(model, 'northwind')!.plans[0]!;

  it('names the owner, the signer and who agreed as the account\'s contacts write them', () => {
    expect(plan.theirs.map((c) => [c.what, c.who])).toEqual([['Badge access for the crew', composed]]);
    expect(plan.ours[0]!.added).toEqual({ date: '2026-11-10', agreedBy: composed, reason: 'Asked for it' });
    expect(plan.letter.additions.map((a) => a.agreedBy)).toEqual([composed]);
    expect(plan.letter.signatures[0]).toEqual({ party: 'Northwind Logistics', signers: [{ name: composed, title: 'Operations director', date: '2026-08-20' }] });
  });
});
