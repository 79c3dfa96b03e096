// One mistake in people.yaml is one finding there: not one more for each place that names the
// people it lists, and not our people taken for the client's while the file cannot be read.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PEOPLE, findingsOf, plan, PLAN_PATH, text } from '../helpers/playbook-fixture.ts';

const PLAN = plan(text`
  commitments:
    - id: install
      what: Install the scanners
      owner: omar-haddad
      due: 2026-11-15
    - id: confirm
      what: Confirm the date
      owner: Bob Smith
      due: 2026-11-16
`);

describe('people.yaml', () => {
  it('with an id that is not kebab-case: one finding, and the playbook that names the id it asks for is not judged again', () => {
    const findings = findingsOf({ 'people.yaml': DEFAULT_PEOPLE.replace('kim-lee:', 'Kim-Lee:'), [PLAN_PATH]: PLAN });
    expect(findings.filter((f) => f.rule === 'schema' || f.rule === 'unknown-reference').map((f) => [f.file, f.rule, f.message])).toEqual([
      ['people.yaml', 'schema', 'person `Kim-Lee`: the id is not lowercase kebab-case; rename it to something like `kim-lee`'],
    ]);
  });

  it('with an id written as a name: the suggestion keeps its letters, without accents or apostrophes', () => {
    const findings = findingsOf({ 'people.yaml': DEFAULT_PEOPLE.replace('kim-lee:', "Zoë O'Kim:"), [PLAN_PATH]: PLAN });
    expect(findings.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual([
      "person `Zoë O'Kim`: the id is not lowercase kebab-case; rename it to something like `zoe-okim`",
    ]);
  });

  it('that does not parse: our people are not called the client in the findings about their items', () => {
    const findings = findingsOf({ 'people.yaml': `${DEFAULT_PEOPLE}kim-lee:\n  name: Kim Lee\n`, [PLAN_PATH]: PLAN });
    const overdue = findings.filter((f) => f.rule === 'overdue').map((f) => f.message);
    expect(overdue).toEqual([
      'Install the scanners was due 2026-11-15 (7 days ago); owner omar-haddad',
      'Confirm the date was due 2026-11-16 (6 days ago); owner Bob Smith (client), chased by kim-lee',
    ]);
  });
});
