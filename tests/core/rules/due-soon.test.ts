// due-soon: an open commitment due today or within `remind_before` (T <= due <= T + remind_before),
// in an agreed or active plan.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** The commitment's value is on line 13, column 5. */
function commitment(due: string, extra = ''): string {
  return text`
    commitments:
      - id: confirm-install
        what: Confirm the install date with the site
        owner: omar-haddad
        due: ${due}
  ` + extra;
}

function dueSoonOf(rest: string, options: { status?: string; remindBefore?: string } = {}) {
  const settings = options.remindBefore ? `${DEFAULT_SETTINGS}remind_before: ${options.remindBefore}\n` : DEFAULT_SETTINGS;
  return findingsOfRule('due-soon', { 'playbook.yaml': settings, [PLAN_PATH]: plan(rest, { status: options.status }) });
}

describe('due-soon', () => {
  it.each([
    ['today', '2026-11-22', '(today)'],
    ['tomorrow, the last day of the default 1d window', '2026-11-23', '(tomorrow)'],
  ])('reports a commitment due %s as a notice, at the commitment', (_, due, said) => {
    expect(dueSoonOf(commitment(due))).toEqual([
      {
        rule: 'due-soon',
        severity: 'notice',
        file: PLAN_PATH,
        line: 13,
        column: 5,
        subject: 'northwind/rollout#confirm-install',
        owner: 'omar-haddad',
        message: `Confirm the install date with the site is due ${due} ${said}; owner Omar Haddad`,
      },
    ]);
  });

  it.each([
    ['yesterday (it is overdue instead)', '2026-11-21'],
    ['the day after the window', '2026-11-24'],
  ])('does not report a commitment due %s', (_, due) => {
    expect(dueSoonOf(commitment(due))).toEqual([]);
  });

  it.each([
    ['3d', '2026-11-25', 'is due 2026-11-25 (in 3 days)'],
    ['3d', '2026-11-26', undefined],
    ['1w', '2026-11-29', 'is due 2026-11-29 (in 7 days)'],
    ['1w', '2026-11-30', undefined],
    ['0d', '2026-11-22', 'is due 2026-11-22 (today)'],
    ['0d', '2026-11-23', undefined],
  ])('with remind_before %s, a commitment due %s is reported: %s', (remindBefore, due, said) => {
    const messages = dueSoonOf(commitment(due), { remindBefore }).map((f) => f.message);
    expect(messages).toEqual(said ? [`Confirm the install date with the site ${said}; owner Omar Haddad`] : []);
  });

  it.each([
    ['draft', 0],
    ['agreed', 1],
    ['active', 1],
    ['done', 0],
    ['cancelled', 0],
  ])('in a %s plan reports %i finding(s)', (status, count) => {
    expect(dueSoonOf(commitment('2026-11-23'), { status })).toHaveLength(count);
  });

  it.each([
    ['done', '    done: 2026-11-21\n'],
    ['dropped', '    dropped: { date: 2026-11-21, reason: No longer needed, told: Bob Smith }\n'],
  ])('does not report a commitment already %s', (_, extra) => {
    expect(dueSoonOf(commitment('2026-11-23', extra))).toEqual([]);
  });

  it('reports a commitment at risk that is due soon', () => {
    expect(dueSoonOf(commitment('2026-11-22', '    risk: The site may be closed\n'))).toHaveLength(1);
  });
});
