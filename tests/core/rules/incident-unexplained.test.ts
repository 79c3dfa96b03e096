// incident-unexplained: an incident without `explained` (on or before today) whose date is more
// than the account's governance_every, else its follow_up_every, else the playbook's, before today.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_PATH, findingsOfRule, mdx } from '../../helpers/playbook-fixture.ts';

interface Case {
  date: string;
  explained?: string;
  governance?: string;
  followUp?: string;
  stage?: string;
}

/** The northwind account with one incident; the incident's `- id:` is on line 12. */
function withIncident({ date, explained, governance, followUp, stage }: Case): string {
  return mdx(
    [
      'name: Northwind Logistics',
      'owner: jane-doe',
      `stage: ${stage ?? 'delivery'}`,
      'since: 2026-01-05',
      governance ? `governance_every: ${governance}` : '# no governance_every',
      followUp ? `follow_up_every: ${followUp}` : '# follow_up_every from playbook.yaml',
      'contacts:',
      '  - name: Bob Smith',
      'touchpoints:',
      '  - { date: 2026-11-20, by: jane-doe, with: [Bob Smith], kind: review }',
      'incidents:',
      '  - id: label-outage',
      `    date: ${date}`,
      '    what: Labels printed with the old template',
      '    cause: client',
      ...(explained ? [`    explained: ${explained}`] : []),
      '',
    ].join('\n'),
  );
}

const unexplained = (c: Case) => findingsOfRule('incident-unexplained', { [ACCOUNT_PATH]: withIncident(c) });

describe('incident-unexplained', () => {
  it.each([
    // [case, incident, expected count]
    ['playbook default 2w, date + c = T', { date: '2026-11-08' }, 0],
    ['playbook default 2w, date + c = T - 1', { date: '2026-11-07' }, 1],
    ['follow_up_every 1w, date + c = T - 1', { date: '2026-11-14', followUp: '1w' }, 1],
    ['follow_up_every 1w, date + c = T', { date: '2026-11-15', followUp: '1w' }, 0],
    ['governance_every 4w wins over follow_up_every 1w, date + c = T', { date: '2026-10-25', followUp: '1w', governance: '4w' }, 0],
    ['governance_every 4w, date + c = T - 1', { date: '2026-10-24', governance: '4w' }, 1],
    ['explained today', { date: '2026-10-01', explained: '2026-11-22' }, 0],
    ['explained tomorrow does not count yet', { date: '2026-10-01', explained: '2026-11-23' }, 1],
    ['a paused account is judged too', { date: '2026-10-01', stage: 'paused' }, 1],
  ])('%s', (_, incident, count) => {
    expect(unexplained(incident)).toHaveLength(count);
  });

  it('points at the incident, about `<account>#<incident>`, with the account owner', () => {
    expect(unexplained({ date: '2026-10-24', governance: '4w' })).toEqual([
      {
        rule: 'incident-unexplained',
        severity: 'warning',
        file: ACCOUNT_PATH,
        line: 13,
        column: 5,
        subject: 'northwind#label-outage',
        owner: 'jane-doe',
        message:
          'The incident "Labels printed with the old template" of 2026-10-24 (29 days ago) has not been explained to Northwind Logistics; incidents are explained at the next review, every 4 weeks, so by 2026-11-21: add `explained:` with the date of that review; owner Jane Doe',
      },
    ]);
  });
});
