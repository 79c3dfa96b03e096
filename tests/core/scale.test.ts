// One plan of thousands of commitments, with findings of most rules in it: every finding is still
// there at that size. How long it takes is measured by `npm run bench`, not here: a timed test on a
// shared machine fails for reasons that have nothing to do with the code.
import { describe, expect, it, vi } from 'vitest';
import { checkPlaybook } from '../../src/core/check.ts';
import { AS_OF, createPlaybook, mdx, NOW, PLAN_PATH } from '../helpers/playbook-fixture.ts';

vi.setConfig({ testTimeout: 300_000 });

/** A plan of `n` commitments: after-chains, unknown ids and owners, slips that do not chain, drops without `told`, duplicates. */
function bigPlan(n: number): string {
  const lines = ['title: Big', 'owner: kim-lee', 'status: active', 'kickoff: 2026-09-01', 'agreement:', '  customer: { by: Bob Smith, date: 2026-08-20 }', '  us: { by: jane-doe, date: 2026-08-20 }', 'handoff:', '  partner-onboarded: 2026-08-01', '  delivery-briefed: 2026-08-01', 'milestones:'];
  for (let m = 0; m < n / 10; m++) lines.push(`  - id: m${m}`, `    title: Milestone ${m}`, `    due: 2026-${String(1 + (m % 12)).padStart(2, '0')}-15`);
  lines.push('commitments:');
  for (let i = 0; i < n; i++) {
    const due = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(`  - id: ${i % 997 === 5 ? `c${i - 1}` : `c${i}`}`, `    what: Thing number ${i} to deliver`, `    owner: ${i % 3 === 0 ? 'Bob Smith' : i % 101 === 7 ? `ghost-${i}` : 'kim-lee'}`, `    due: ${due}`);
    lines.push(`    milestone: ${i % 131 === 3 ? `zz${i}` : `m${Math.floor(i / 10)}`}`);
    if (i > 0) lines.push(`    after: [c${i - 1}${i % 89 === 1 ? `, nope${i}` : ''}]`);
    if (i % 4 === 0) lines.push(`    done: 2026-${String(1 + (i % 12)).padStart(2, '0')}-10`);
    else if (i % 17 === 0) lines.push('    dropped: { date: 2026-10-01, reason: No longer needed }');
    if (i % 5 === 0) lines.push('    slips:', '      - date: 2026-01-02', '        from: 2026-01-01', `        to: ${i % 10 === 0 ? due : '2026-01-03'}`, '        reason: Late parts', ...(i % 15 === 0 ? [] : ['        told: Bob Smith']));
  }
  return mdx(`${lines.join('\n')}\n`);
}

function findingsOfPlan(n: number): number {
  const { dir } = createPlaybook({ [PLAN_PATH]: bigPlan(n) });
  return checkPlaybook(dir, { asOf: AS_OF, now: NOW, cwd: dir }).findings.length;
}

describe('one plan of thousands of commitments', () => {
  it('10,000 and 20,000 commitments: every finding, twice as many for twice the plan', () => {
    const ten = findingsOfPlan(10_000);
    const twenty = findingsOfPlan(20_000);
    expect(ten).toBeGreaterThan(5000);
    expect(twenty).toBeGreaterThan(2 * ten - 100);
    expect(twenty).toBeLessThan(2 * ten + 100);
  });
});
