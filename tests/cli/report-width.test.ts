// A text table lines its columns up by the columns a terminal shows, not by code points: a
// commitment written in Japanese, or with an emoji, takes two columns a character, a combining
// accent none (src/core/report/display-width.ts). Counted by code points, every column after
// such a name was out of line.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { createPlaybook, DEFAULT_PEOPLE, plan, PLAN_PATH, text } from '../helpers/playbook-fixture.ts';

async function run(args: string[]): Promise<string> {
  const playbook = createPlaybook({
    'people.yaml': DEFAULT_PEOPLE.replace('name: Kim Lee', 'name: 李金 🌟'),
    [PLAN_PATH]: plan(text`
      commitments:
        - id: ship
          what: 北海道の倉庫へ出荷
          owner: omar-haddad
          due: 2026-11-20
        - id: truck
          what: 🚚 Book the trucks
          owner: omar-haddad
          due: 2026-11-19
        - id: cafe
          what: Cafe\u0301 visit
          owner: omar-haddad
          due: 2026-11-18
        - id: check-in
          what: Check in
          owner: kim-lee
          due: 2026-11-17
    `),
  });
  let stdout = '';
  await main([...args, '--content', playbook.dir, '--as-of', '2026-11-22'], {
    env: {},
    cwd: playbook.root,
    now: () => new Date(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => true },
  });
  return stdout;
}

describe('text tables with wide and zero-width characters', () => {
  it('report --person: the columns after a Japanese, an emoji and a decomposed name line up', async () => {
    const late = (await run(['report', '--person', 'omar-haddad'])).split('\n\n')[1]!;
    expect(late).toBe(
      [
        'Late (3)',
        '  Due         Late    What                Where' + ' '.repeat(26) + 'Status',
        '  2026-11-18  4 days  Cafe\u0301 visit' + ' '.repeat(10) + 'Rollout · Northwind Logistics  overdue',
        '  2026-11-19  3 days  🚚 Book the trucks  Rollout · Northwind Logistics  overdue',
        '  2026-11-20  2 days  北海道の倉庫へ出荷  Rollout · Northwind Logistics  overdue',
      ].join('\n'),
    );
  });

  it('report --trend: a person named in Chinese with an emoji lines up with the others', async () => {
    const table = (await run(['report', '--trend', '--by', 'person', '--weeks', '2'])).split('\n\n')[1]!;
    expect(table).toBe(
      [
        '  Group        Weekly on time  On time  Change  Kept  Kept late  Late  Dropped  Days late',
        '  Omar Haddad  ·▁                   0%  –          0          0     3        0          9',
        '  李金 🌟      ·▁                   0%  –          0          0     1        0          5',
      ].join('\n'),
    );
  });
});
