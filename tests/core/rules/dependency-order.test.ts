// dependency-order: an open commitment due before an open one it waits for (through `after`).
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/**
 * order-hardware (line 13), then what `orderExtra` adds, then install, which waits for it: with
 * no extra, install's `after:` is on line 21, its first entry at column 13.
 */
function pair(orderDue: string, installDue: string, orderExtra = '', installExtra = ''): string {
  return [
    'commitments:',
    '  - id: order-hardware',
    '    what: Order the hardware',
    '    owner: Ana Ruiz',
    `    due: ${orderDue}`,
    orderExtra,
    '  - id: install',
    '    what: Install the scanners',
    '    owner: omar-haddad',
    `    due: ${installDue}`,
    '    after: [order-hardware]',
    installExtra,
  ]
    .filter((line) => line !== '')
    .join('\n') + '\n';
}

const orderOf = (rest: string, status?: string) => findingsOfRule('dependency-order', { [PLAN_PATH]: plan(rest, { status }) });

describe('dependency-order', () => {
  it('reports a commitment due before the one it waits for, at that `after` entry', () => {
    expect(orderOf(pair('2026-12-10', '2026-12-01'))).toEqual([
      {
        rule: 'dependency-order',
        severity: 'warning',
        file: PLAN_PATH,
        line: 21,
        column: 13,
        subject: 'northwind/rollout#install',
        owner: 'omar-haddad',
        message:
          'Install the scanners is due 2026-12-01, before Order the hardware (order-hardware, due 2026-12-10) that it waits for; move one of the dates, with a slip, or drop the dependency',
      },
    ]);
  });

  it.each([
    ['due the same day', '2026-12-01', '2026-12-01'],
    ['due after it', '2026-12-01', '2026-12-02'],
  ])('does not report a commitment %s as the one it waits for', (_, orderDue, installDue) => {
    expect(orderOf(pair(orderDue, installDue))).toEqual([]);
  });

  it.each([
    ['the awaited commitment is done', '    done: 2026-11-20', ''],
    ['the awaited commitment is dropped', '    dropped: { date: 2026-11-20, reason: Client supplies it, told: Bob Smith }', ''],
    ['the waiting commitment is done', '', '    done: 2026-11-20'],
  ])('does not report when %s', (_, orderExtra, installExtra) => {
    expect(orderOf(pair('2026-12-10', '2026-12-01', orderExtra, installExtra))).toEqual([]);
  });

  it('applies to draft plans too', () => {
    expect(orderOf(pair('2026-12-10', '2026-12-01'), 'draft')).toHaveLength(1);
  });

  it('points at the `after` entry that is out of order, not the first one', () => {
    const rest = text`
      commitments:
        - id: survey
          what: Survey the sites
          owner: omar-haddad
          due: 2026-11-25
        - id: order-hardware
          what: Order the hardware
          owner: Ana Ruiz
          due: 2026-12-10
        - id: install
          what: Install the scanners
          owner: omar-haddad
          due: 2026-12-01
          after:
            - survey
            - order-hardware
    `;
    expect(orderOf(rest).map((f) => `${f.line}:${f.column} ${f.subject}`)).toEqual(['27:9 northwind/rollout#install']);
  });
});
