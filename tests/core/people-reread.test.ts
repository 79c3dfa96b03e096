// people.yaml is read once per text: a second read of the same text at the same place (an edit
// reads the playbook before and after its change) gives what the first gave, its findings
// included; a changed people.yaml is read afresh.
import { describe, expect, it } from 'vitest';
import { brief, createPlaybook, DEFAULT_PEOPLE, runCheck } from '../helpers/playbook-fixture.ts';

const PEOPLE_WITH_PROBLEMS = `${DEFAULT_PEOPLE}Bad_Id:\n  name: Someone\nrosa-diallo:\n  name: ''\n`;

const peopleFindings = (result: ReturnType<typeof runCheck>) => result.findings.filter((f) => f.file === 'people.yaml').map((f) => `${brief(f)} ${f.message}`);

describe('people.yaml read twice', () => {
  it('gives the same people and the same findings, and a changed file is read again', () => {
    const playbook = createPlaybook({ 'people.yaml': PEOPLE_WITH_PROBLEMS });
    const first = runCheck(playbook);
    const second = runCheck(playbook);
    expect(peopleFindings(first)).toHaveLength(2);
    expect(peopleFindings(second)).toEqual(peopleFindings(first));
    expect(second.findings).toEqual(first.findings);
    expect([...second.content.people.keys()]).toEqual([...first.content.people.keys()]);

    playbook.write('people.yaml', `${DEFAULT_PEOPLE}rosa-diallo:\n  name: Rosa Diallo\n`);
    const changed = runCheck(playbook);
    expect(peopleFindings(changed)).toEqual([]);
    expect(changed.content.people.get('rosa-diallo')?.name).toBe('Rosa Diallo');
    expect(changed.content.personIds.has('Bad_Id')).toBe(false);
  });
});
