// What `done` and `dropped` say as of today: an item kept and dropped both is a `schema` error of
// the pair, and a `done` or a drop dated after today has not happened yet, so the item is open
// until then (in its status, in the rules and in `report --trend`), besides being a `future-date`.
import { describe, expect, it } from 'vitest';
import { clientView } from '../../src/core/client/client-view.ts';
import { promiseOutcome } from '../../src/core/model/trend.ts';
import { brief, PLAN_PATH, plan, runCheck, text } from '../helpers/playbook-fixture.ts';

// Line 12 is `commitments:`, so `dropped:` is line 18.
const BOTH = plan(text`
  commitments:
    - id: install
      what: Install the scanners
      owner: kim-lee
      due: 2026-11-16
      done: 2026-11-20
      dropped: { date: 2026-11-10, reason: Client removed the site, told: Bob Smith }
`);

const LATER = plan(text`
  commitments:
    - id: install
      what: Install the scanners
      owner: kim-lee
      due: 2026-11-16
      done: 2026-11-25
    - id: train
      what: Train the staff
      owner: kim-lee
      due: 2026-11-17
      dropped: { date: 2026-11-26, reason: Client removed the site, told: Bob Smith }
`);

describe('done and dropped', () => {
  it('both on one item are one schema error, at `dropped`, saying which to remove', () => {
    const findings = runCheck({ [PLAN_PATH]: BOTH }).findings.filter((f) => f.rule === 'schema');
    expect(findings.map(brief)).toEqual([`schema error ${PLAN_PATH}:18:5 northwind/rollout#install`]);
    expect(findings[0]!.message).toBe(
      'commitment install: it is both done (2026-11-20) and dropped (2026-11-10), and an item is one or the other; remove `dropped` if it was kept, or `done` if it was dropped',
    );
  });

  it('a done or a drop dated after today leaves the item open, and overdue, until that day', () => {
    const before = runCheck({ [PLAN_PATH]: LATER });
    expect(before.findings.filter((f) => f.rule === 'overdue' || f.rule === 'future-date').map((f) => `${f.rule} ${f.subject}`)).toEqual([
      'overdue northwind/rollout#install',
      'future-date northwind/rollout#install',
      'overdue northwind/rollout#train',
      'future-date northwind/rollout#train',
    ]);
    expect(before.model.commitments.map((c) => [c.id, c.status, promiseOutcome(c, before.asOf)])).toEqual([
      ['install', 'overdue', { outcome: 'late', daysLate: 6 }],
      ['train', 'overdue', { outcome: 'late', daysLate: 5 }],
    ]);
    const after = runCheck({ [PLAN_PATH]: LATER }, { asOf: '2026-11-26' });
    expect(after.findings.filter((f) => f.rule === 'overdue' || f.rule === 'future-date')).toEqual([]);
    expect(after.model.commitments.map((c) => [c.id, c.status, promiseOutcome(c, after.asOf)])).toEqual([
      ['install', 'done', { outcome: 'keptLate', daysLate: 9 }],
      ['train', 'dropped', { outcome: 'dropped', daysLate: 0 }],
    ]);
  });

  it("the client's view shows neither the done nor the drop before its day", () => {
    const items = (asOf: string) => clientView(runCheck({ [PLAN_PATH]: LATER }, { asOf }).model, 'northwind')!.plans[0]!.ours.map((i) => [i.id, i.status, i.done, i.dropped?.date]);
    expect(items('2026-11-22')).toEqual([
      ['install', 'overdue', undefined, undefined],
      ['train', 'overdue', undefined, undefined],
    ]);
    expect(items('2026-11-26')).toEqual([
      ['install', 'done', '2026-11-25', undefined],
      ['train', 'dropped', undefined, '2026-11-26'],
    ]);
  });
});
