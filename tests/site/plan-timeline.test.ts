// The plan page's timeline: one lane per owner. A contact whose name is typed in two Unicode forms
// (composed, and decomposed as macOS input or a PDF writes it) is one person: one lane, named as
// the account's `contacts` write it.
import { describe, expect, it } from 'vitest';
import { planTimeline } from '../../src/site/plan-timeline.ts';
import { ACCOUNT_PATH, DEFAULT_ACCOUNT, plan, PLAN_PATH, runCheck, text } from '../helpers/playbook-fixture.ts';

// Escapes, so that no editor can make the two forms one.
const COMPOSED = 'Jos\u00e9 N\u00fa\u00f1ez';
const DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';

describe('plan timeline lanes', () => {
  it('draws one lane for a contact owning items under both forms of their name', () => {
    const rest = text`
      commitments:
        - id: install
          what: Install the scanners
          owner: kim-lee
          due: 2026-12-01
        - id: badges
          what: Badge access for the crew
          owner: ${DECOMPOSED}
          due: 2026-12-05
        - id: floor-plans
          what: Send the floor plans
          owner: ${COMPOSED}
          due: 2026-12-10
    `;
    const account = DEFAULT_ACCOUNT.replace('  - name: Ana Ruiz', `  - name: ${COMPOSED}`);
    const { model } = runCheck({ [ACCOUNT_PATH]: account, [PLAN_PATH]: plan(rest) });
    const timeline = planTimeline(model.plans[0]!, '2026-11-22');
    expect(timeline.owners.map((o) => [o.owner, o.label, o.markers.map((m) => m.item.id)])).toEqual([
      ['kim-lee', 'Kim Lee', ['install']],
      [COMPOSED, `${COMPOSED} (client)`, ['badges', 'floor-plans']],
    ]);
  });
});
