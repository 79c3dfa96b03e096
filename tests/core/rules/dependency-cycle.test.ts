// dependency-cycle: commitments that wait for each other through `after`; one finding per cycle,
// at the link from the commitment written first.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, plan, PLAN_PATH } from '../../helpers/playbook-fixture.ts';

/** Commitments from [id, after ids]; commitment i starts on line 13 + 5i, its `after:` on 17 + 5i, column 13. */
function graph(edges: [string, string[]][]): string {
  const lines = ['commitments:'];
  for (const [id, after] of edges) {
    lines.push(`  - id: ${id}`, `    what: Step ${id}`, '    owner: kim-lee', '    due: 2026-12-01', `    after: [${after.join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const cyclesOf = (edges: [string, string[]][], status?: string) =>
  findingsOfRule('dependency-cycle', { [PLAN_PATH]: plan(graph(edges), { status }) }).map((f) => [`${f.line}:${f.column}`, f.subject, f.message]);

describe('dependency-cycle', () => {
  it('reports a commitment that waits for itself', () => {
    expect(findingsOfRule('dependency-cycle', { [PLAN_PATH]: plan(graph([['a', ['a']]])) })).toEqual([
      {
        rule: 'dependency-cycle',
        severity: 'error',
        file: PLAN_PATH,
        line: 17,
        column: 13,
        subject: 'northwind/rollout#a',
        owner: 'kim-lee',
        message: 'a waits for itself through `after`; remove a from its own `after`',
      },
    ]);
  });

  it.each<[string, [string, string[]][], string[][]]>([
    [
      'two commitments waiting for each other: once, at the first written',
      [['a', ['b']], ['b', ['a']]],
      [['17:13', 'northwind/rollout#a', 'a, b wait for each other through `after` (a -> b -> a); remove one of these links']],
    ],
    [
      'three in a ring: once, in `after` order',
      [['a', ['b']], ['b', ['c']], ['c', ['a']]],
      [['17:13', 'northwind/rollout#a', 'a, b, c wait for each other through `after` (a -> b -> c -> a); remove one of these links']],
    ],
    [
      'a ring written in another order: from the first written, following `after`',
      [['c', ['a']], ['a', ['b']], ['b', ['c']]],
      [['17:13', 'northwind/rollout#c', 'c, a, b wait for each other through `after` (c -> a -> b -> c); remove one of these links']],
    ],
    [
      'a cycle whose first link is not the first `after` entry: at that link',
      [['start', []], ['a', ['start', 'b']], ['b', ['a']]],
      [['22:20', 'northwind/rollout#a', 'a, b wait for each other through `after` (a -> b -> a); remove one of these links']],
    ],
    [
      'two separate cycles: one finding each',
      [['a', ['b']], ['b', ['a']], ['c', ['c']]],
      [
        ['17:13', 'northwind/rollout#a', 'a, b wait for each other through `after` (a -> b -> a); remove one of these links'],
        ['27:13', 'northwind/rollout#c', 'c waits for itself through `after`; remove c from its own `after`'],
      ],
    ],
    ['a chain without a cycle: nothing', [['a', []], ['b', ['a']], ['c', ['a', 'b']]], []],
    ['a link to a commitment that does not exist: nothing (unknown-reference reports it)', [['a', ['ghost']], ['b', ['a']]], []],
  ])('%s', (_, edges, expected) => {
    expect(cyclesOf(edges)).toEqual(expected);
  });

  it.each(['draft', 'done', 'cancelled'])('applies to a %s plan too', (status) => {
    expect(cyclesOf([['a', ['b']], ['b', ['a']]], status)).toHaveLength(1);
  });
});

describe('dependency-cycle and dependency-order on plans of any length', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

  it('a 20,000-commitment ring is one finding that names the first ten and counts the rest, without overflowing the stack', () => {
    const all = ids(20_000);
    const found = cyclesOf(all.map((id, i) => [id, [all[(i + 1) % all.length]!]]));
    expect(found).toEqual([
      [
        '17:13',
        'northwind/rollout#c0',
        'c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, ... (19989 more), c19999 wait for each other through `after` (c0 -> c1 -> c2 -> c3 -> c4 -> c5 -> c6 -> c7 -> c8 -> c9 -> ... (19990 more) -> c0); remove one of these links',
      ],
    ]);
  });

  it('a 20,000-long chain, each waiting for the one written after it, is no cycle and no crash', () => {
    const all = ids(20_000);
    expect(cyclesOf(all.map((id, i) => [id, i + 1 < all.length ? [all[i + 1]!] : []]))).toEqual([]);
  });
});
