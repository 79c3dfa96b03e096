// playbook.yaml `rules:` sets a rule to error, warning, notice or off; `schema` cannot be changed,
// and the other rules that stop the site's build cannot be turned off.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, findingsOf, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

/** One overdue commitment (line 13), one due tomorrow (line 17), both owned by an unknown person. */
const REST = text`
  commitments:
    - id: late
      what: Late
      owner: nobody-here
      due: 2026-11-01
    - id: soon
      what: Soon
      owner: nobody-here
      due: 2026-11-23
`;

function levelsOf(rules: string) {
  const settings = rules ? `${DEFAULT_SETTINGS}rules:\n${rules}` : DEFAULT_SETTINGS;
  return findingsOf({ 'playbook.yaml': settings, [PLAN_PATH]: plan(REST) }).map((f) => `${f.rule} ${f.severity} ${f.line}:${f.column}`);
}

const DEFAULTS = ['overdue warning 13:5', 'unknown-reference error 15:12', 'due-soon notice 17:5', 'unknown-reference error 19:12'];

describe('rule levels from playbook.yaml', () => {
  it('uses each rule’s default severity without `rules:`', () => {
    expect(levelsOf('')).toEqual(DEFAULTS);
  });

  it.each([
    ['overdue: error', ['overdue error 13:5', DEFAULTS[1], DEFAULTS[2], DEFAULTS[3]]],
    ['overdue: warning', DEFAULTS],
    ['overdue: notice', ['overdue notice 13:5', DEFAULTS[1], DEFAULTS[2], DEFAULTS[3]]],
    ['overdue: off', [DEFAULTS[1], DEFAULTS[2], DEFAULTS[3]]],
    ['due-soon: warning', [DEFAULTS[0], DEFAULTS[1], 'due-soon warning 17:5', DEFAULTS[3]]],
    ['due-soon: error', [DEFAULTS[0], DEFAULTS[1], 'due-soon error 17:5', DEFAULTS[3]]],
    ['unknown-reference: warning', [DEFAULTS[0], 'unknown-reference warning 15:12', DEFAULTS[2], 'unknown-reference warning 19:12']],
  ])('`%s` sets that rule’s findings and no other’s', (line, expected) => {
    expect(levelsOf(`  ${line}\n`)).toEqual(expected);
  });

  it.each(['unknown-reference', 'duplicate-id', 'dependency-cycle'])('refuses `%s: off` at the value, and keeps judging with the rule on', (rule) => {
    const settings = `${DEFAULT_SETTINGS}rules:\n  ${rule}: off\n`;
    const findings = findingsOf({ 'playbook.yaml': settings, [PLAN_PATH]: plan(REST) });
    expect(findings.filter((f) => f.rule === 'schema')).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        file: 'playbook.yaml',
        line: 6,
        column: 5 + rule.length,
        subject: 'playbook.yaml',
        message: `rules: \`${rule}\` cannot be turned off: the site cannot be built over what it finds, at any level. Set it to warning or notice to keep it from failing \`check\`, or remove this line`,
      },
    ]);
    expect(findings.filter((f) => f.rule === 'unknown-reference').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('sets several rules at once', () => {
    expect(levelsOf('  overdue: off\n  due-soon: off\n  unknown-reference: notice\n')).toEqual([
      'unknown-reference notice 15:12',
      'unknown-reference notice 19:12',
    ]);
  });

  it.each(['warning', 'notice', 'off'])('refuses `schema: %s` with a schema error at the value, and keeps the other levels', (level) => {
    const settings = `${DEFAULT_SETTINGS}rules:\n  schema: ${level}\n  overdue: error\n`;
    const findings = findingsOf({ 'playbook.yaml': settings, [PLAN_PATH]: plan(REST) });
    expect(findings.filter((f) => f.rule === 'schema')).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        file: 'playbook.yaml',
        line: 6,
        column: 11,
        subject: 'playbook.yaml',
        message: 'rules: `schema` cannot be changed: content that does not validate cannot be judged. Remove this line',
      },
    ]);
    expect(findings.find((f) => f.rule === 'overdue')?.severity).toBe('error');
  });
});
