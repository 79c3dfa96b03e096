// One plan of thousands of commitments, with findings of most rules in it: the check stays
// linear. Timing on a shared machine is noisy, so each size is measured three times (the best
// counts) and the test asserts the shape (20,000 take about twice as long as 10,000, not four
// times) with a generous ceiling, rather than an exact time.
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

function bestOfThree(n: number): { ms: number; findings: number } {
  const { dir } = createPlaybook({ [PLAN_PATH]: bigPlan(n) });
  let best = Infinity;
  let findings = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findings = checkPlaybook(dir, { asOf: AS_OF, now: NOW, cwd: dir }).findings.length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, findings };
}

describe('one plan of thousands of commitments', () => {
  it('10,000 and 20,000 commitments: linear, in a few seconds at most', () => {
    const ten = bestOfThree(10_000);
    const twenty = bestOfThree(20_000);
    expect(ten.findings).toBeGreaterThan(5000);
    expect(twenty.findings).toBeGreaterThan(2 * ten.findings - 100);
    // Quadratic rules made this ratio 5 (10,000 in 1.2 s, 20,000 in 6.1 s).
    expect(twenty.ms / ten.ms).toBeLessThan(3.2);
    expect(ten.ms).toBeLessThan(5000);
  });
});
