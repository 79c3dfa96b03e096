// duplicate-id: two items (commitments or milestones) with the same id in one plan; two contacts
// with the same name in one account (the name is what references match).
import { describe, expect, it } from 'vitest';
import { ACCOUNT_PATH, DEFAULT_ACCOUNT, findingsOf, findingsOfRule, plan, PLAN_PATH, text } from '../../helpers/playbook-fixture.ts';

const duplicatesOf = (files: Record<string, string>) =>
  findingsOfRule('duplicate-id', files).map((f) => [f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message]);

describe('duplicate-id', () => {
  it('reports the second of two commitments with one id, at its id', () => {
    const rest = text`
      commitments:
        - id: install
          what: Install site 1
          owner: omar-haddad
          due: 2026-12-01
        - id: install
          what: Install site 2
          owner: Bob Smith
          due: 2026-12-02
    `;
    expect(findingsOfRule('duplicate-id', { [PLAN_PATH]: plan(rest) })).toEqual([
      {
        rule: 'duplicate-id',
        severity: 'error',
        file: PLAN_PATH,
        line: 17,
        column: 9,
        subject: 'northwind/rollout#install',
        owner: 'Bob Smith',
        // The client's commitment: its chaser (the plan's owner) is named, as on every finding about one.
        chaser: 'kim-lee',
        message: 'The id `install` is used twice in this plan (a commitment has it already); give this commitment another id; owner Bob Smith (client), chased by Kim Lee',
      },
    ]);
  });

  it('reports a commitment with the id of a milestone, and two milestones with one id', () => {
    const rest = text`
      milestones:
        - id: pilot
          title: Pilot live
          due: 2026-12-01
        - id: pilot
          title: Pilot live again
          due: 2026-12-02
      commitments:
        - id: pilot
          what: Run the pilot
          owner: omar-haddad
          due: 2026-12-01
    `;
    expect(duplicatesOf({ [PLAN_PATH]: plan(rest) })).toEqual([
      [PLAN_PATH, '16:9', 'northwind/rollout#pilot', 'kim-lee', 'The id `pilot` is used twice in this plan (a milestone has it already); give this milestone another id'],
      [PLAN_PATH, '20:9', 'northwind/rollout#pilot', 'omar-haddad', 'The id `pilot` is used twice in this plan (a milestone has it already); give this commitment another id'],
    ]);
  });

  it('reports each repeat of an id used three times', () => {
    const rest = ['commitments:', ...[1, 2, 3].flatMap((n) => ['  - id: call', `    what: Call ${n}`, '    owner: jane-doe', '    due: 2026-12-01'])].join('\n');
    expect(duplicatesOf({ [PLAN_PATH]: plan(`${rest}\n`) }).map(([, place]) => place)).toEqual(['17:9', '21:9']);
  });

  it('judges ids as written: one with a space after it is another id (and a schema error), not a repeat', () => {
    const rest = text`
      commitments:
        - id: install
          what: Install site 1
          owner: omar-haddad
          due: 2026-12-01
        - id: "install "
          what: Install site 2
          owner: omar-haddad
          due: 2026-12-02
        - id: train
          what: Train the staff
          owner: omar-haddad
          due: 2026-12-03
        - id: train
          what: Train the night shift
          owner: omar-haddad
          due: 2026-12-04
    `;
    const findings = findingsOf({ [PLAN_PATH]: plan(rest) });
    expect(findings.filter((f) => f.rule === 'schema').map((f) => `${f.line}:${f.column}`)).toEqual(['17:9']);
    expect(findings.filter((f) => f.rule === 'duplicate-id').map((f) => [f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message])).toEqual([
      [PLAN_PATH, '25:9', 'northwind/rollout#train', 'omar-haddad', 'The id `train` is used twice in this plan (a commitment has it already); give this commitment another id'],
    ]);
  });

  it('reports the second of two contacts with one name in an account, at its name (spaces around it aside, as references match it)', () => {
    const account = DEFAULT_ACCOUNT.replace('  - name: Ana Ruiz', '  - name: "Bob Smith "');
    expect(findingsOf({ [ACCOUNT_PATH]: account }).map((f) => [f.rule, f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message])).toEqual([
      [
        'duplicate-id',
        ACCOUNT_PATH,
        '10:11',
        'northwind',
        'jane-doe',
        'The name `Bob Smith` is used twice for contacts of this account, so an owner, a signature, a `told` or a `with` that names it could mean either; keep one contact with this name, or write the two names so that they differ',
      ],
    ]);
  });

  it('reports two contacts whose names differ only in Unicode form (composed and decomposed accents), quoting the second as written', () => {
    // Escapes, so that no editor can make the two forms one.
    const composed = 'Jos\u00e9 N\u00fa\u00f1ez';
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
    const account = DEFAULT_ACCOUNT.replace('  - name: Bob Smith', `  - name: ${composed}`).replace('  - name: Ana Ruiz', `  - name: ${decomposed}`).replace('with: [Bob Smith]', `with: [${composed}]`);
    expect(findingsOf({ [ACCOUNT_PATH]: account }).map((f) => [f.rule, f.file, `${f.line}:${f.column}`, f.subject, f.owner, f.message])).toEqual([
      [
        'duplicate-id',
        ACCOUNT_PATH,
        '10:11',
        'northwind',
        'jane-doe',
        `The name \`${decomposed}\` is used twice for contacts of this account, so an owner, a signature, a \`told\` or a \`with\` that names it could mean either; keep one contact with this name, or write the two names so that they differ`,
      ],
    ]);
  });

  it('does not report one contact name in two accounts', () => {
    const other = DEFAULT_ACCOUNT.replace('Northwind Logistics', 'Boreal');
    expect(duplicatesOf({ [ACCOUNT_PATH]: DEFAULT_ACCOUNT, 'accounts/boreal/index.mdx': other })).toEqual([]);
  });

  it('does not report the same id in two plans', () => {
    const rest = 'commitments:\n  - id: install\n    what: Install\n    owner: omar-haddad\n    due: 2026-12-01\n';
    expect(duplicatesOf({ [PLAN_PATH]: plan(rest), 'accounts/northwind/phase-2.mdx': plan(rest) })).toEqual([]);
  });
});
