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
        message: '`a` waits for itself through `after`; remove `a` from its own `after`',
      },
    ]);
  });

  it.each<[string, [string, string[]][], string[][]]>([
    [
      'two commitments waiting for each other: once, at the first written',
      [['a', ['b']], ['b', ['a']]],
      [['17:13', 'northwind/rollout#a', '`a`, `b` wait for each other through `after` (a -> b -> a); remove one of these links']],
    ],
    [
      'three in a ring: once, in `after` order',
      [['a', ['b']], ['b', ['c']], ['c', ['a']]],
      [['17:13', 'northwind/rollout#a', '`a`, `b`, `c` wait for each other through `after` (a -> b -> c -> a); remove one of these links']],
    ],
    [
      'a ring written in another order: from the first written, following `after`',
      [['c', ['a']], ['a', ['b']], ['b', ['c']]],
      [['17:13', 'northwind/rollout#c', '`c`, `a`, `b` wait for each other through `after` (c -> a -> b -> c); remove one of these links']],
    ],
    [
      'a cycle whose first link is not the first `after` entry: at that link',
      [['start', []], ['a', ['start', 'b']], ['b', ['a']]],
      [['22:20', 'northwind/rollout#a', '`a`, `b` wait for each other through `after` (a -> b -> a); remove one of these links']],
    ],
    [
      'two separate cycles: one finding each',
      [['a', ['b']], ['b', ['a']], ['c', ['c']]],
      [
        ['17:13', 'northwind/rollout#a', '`a`, `b` wait for each other through `after` (a -> b -> a); remove one of these links'],
        ['27:13', 'northwind/rollout#c', '`c` waits for itself through `after`; remove `c` from its own `after`'],
      ],
    ],
    ['a chain without a cycle: nothing', [['a', []], ['b', ['a']], ['c', ['a', 'b']]], []],
    ['a link to a commitment that does not exist: nothing (unknown-reference reports it)', [['a', ['ghost']], ['b', ['a']]], []],
  ])('%s', (_, edges, expected) => {
    expect(cyclesOf(edges)).toEqual(expected);
  });

  it('on 300 random graphs, reports exactly the cycles a brute-force search finds (none when there are none)', () => {
    let seed = 7;
    // mulberry32: a small seeded generator, so that a failure can be replayed.
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let withCycles = 0;
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(random() * 7);
      const edges: [string, string[]][] = Array.from({ length: n }, (_, i) => [`c${i}`, []]);
      for (const [, after] of edges) {
        for (let k = Math.floor(random() * 3); k > 0; k--) after.push(random() < 0.1 ? 'ghost' : `c${Math.floor(random() * n)}`);
      }
      // The commitments that reach themselves lie on cycles; those that reach each other form one
      // group, found once, at its member written first.
      const reach = edges.map(([, after]) => new Set(after.filter((id) => id !== 'ghost').map((id) => Number(id.slice(1)))));
      for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) if (reach[i]!.has(k)) for (const j of reach[k]!) reach[i]!.add(j);
      const firsts = edges.map((_, i) => i).filter((i) => reach[i]!.has(i) && !edges.some((_, j) => j < i && reach[j]!.has(i) && reach[i]!.has(j)));
      const found = cyclesOf(edges.map(([id, after]) => [id, [...new Set(after)]]));
      expect(found.map(([, subject]) => subject), JSON.stringify(edges)).toEqual(firsts.map((i) => `northwind/rollout#c${i}`));
      if (firsts.length > 0) withCycles++;
    }
    // Both kinds were tried.
    expect(withCycles).toBeGreaterThan(50);
    expect(withCycles).toBeLessThan(250);
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
        '`c0`, `c1`, `c2`, `c3`, `c4`, `c5`, `c6`, `c7`, `c8`, `c9`, ... (19989 more), `c19999` wait for each other through `after` (c0 -> c1 -> c2 -> c3 -> c4 -> c5 -> c6 -> c7 -> c8 -> c9 -> ... (19990 more) -> c0); remove one of these links',
      ],
    ]);
  });

  it('a 20,000-long chain, each waiting for the one written after it, is no cycle and no crash', () => {
    const all = ids(20_000);
    expect(cyclesOf(all.map((id, i) => [id, i + 1 < all.length ? [all[i + 1]!] : []]))).toEqual([]);
  });
});
