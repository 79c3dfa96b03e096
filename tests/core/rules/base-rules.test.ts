// The base-comparison rules without git: two playbooks held in memory (the loader reads any
// FileSource), the one "now" compared with the one at the base.
import { describe, expect, it } from 'vitest';
import { judgeChange } from '../../../src/core/check.ts';
import type { FileSource } from '../../../src/core/load/file-source.ts';
import { loadPlaybook } from '../../../src/core/load/load-playbook.ts';
import { deriveModel } from '../../../src/core/model.ts';
import { entryKey } from '../../../src/core/rules/base-rule.ts';
import { RULES } from '../../../src/core/rules/catalog.ts';
import { BASE_RULES } from '../../../src/core/rules/index.ts';
import { ACCOUNT, AS_OF, PLAN, PLAYBOOK } from '../../git/git-fixture.ts';

function memorySource(files: Record<string, string | null>): FileSource {
  const present = Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== null);
  const folders = new Map<string, Set<string>>([['', new Set()]]);
  for (const [path] of present) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      if (!folders.has(parent)) folders.set(parent, new Set());
      folders.get(parent)!.add(parts[i]!);
    }
  }
  return { list: (p) => [...(folders.get(p) ?? [])], isDirectory: (p) => folders.has(p), read: (p) => present.find(([path]) => path === p)?.[1] };
}

function load(files: Record<string, string | null>) {
  return loadPlaybook('content', { cwd: '.', source: memorySource(files) });
}

/** The base-rule findings of `now` against the fixture playbook as the base. */
function compare(changes: Record<string, string | null>, renames: Record<string, string> = {}, base: Record<string, string> = PLAYBOOK) {
  const now = load({ ...base, ...changes });
  return judgeChange(deriveModel(now, AS_OF), { ref: 'main', base: load(base), renames: new Map(Object.entries(renames)) }).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    subject: f.subject,
  }));
}

const edit = (path: string, from: string, to: string) => ({ [path]: PLAYBOOK[path]!.replace(from, to) });

/**
 * A case is either the changed files (compared with the fixture as the base), or
 * `[path, from, to, from2?, to2?]`: the base gets `from` replaced by `to`, and now that base's
 * file has `from2` replaced by `to2` (or removes `to` again when no `from2` is given).
 */
type Case = Record<string, string | null> | [string, string, string, string?, string?];
function compareCase(change: Case) {
  if (!Array.isArray(change)) return compare(change);
  const [path, from, to, from2, to2] = change;
  const base = { ...PLAYBOOK, [path]: PLAYBOOK[path]!.replace(from, to) };
  const now = from2 === undefined ? base[path]!.replace(to, from) : base[path]!.replace(from2, to2!);
  return compare({ [path]: now }, {}, base);
}

describe('the base rules', () => {
  it('are in the catalogue with scope base, and nothing changed means no finding', () => {
    expect(BASE_RULES.map((rule) => rule.id)).toEqual(RULES.filter((r) => 'scope' in r && r.scope === 'base').map((r) => r.id));
    expect(compare({})).toEqual([]);
  });

  it.each<[string, Case, (string | number)[][]]>([
    ['silent-slip: a later due without a slip', edit(PLAN, 'due: 2026-12-01', 'due: 2026-12-02'), [['silent-slip', 'error', 'content/' + PLAN, 19, 'northwind/rollout#order-hardware']]],
    ['nothing: an earlier due', edit(PLAN, 'due: 2026-12-01', 'due: 2026-11-30'), []],
    ['vanished-commitment: a commitment deleted', edit(PLAN, '  - id: order-hardware\n    what: Order the scanners\n    owner: Bob Smith\n    due: 2026-12-01\n', ''), [['vanished-commitment', 'error', 'content/' + PLAN, 15, 'northwind/rollout#order-hardware']]],
    ['vanished-commitment: a plan deleted', { [PLAN]: null }, [['vanished-commitment', 'error', 'content/' + PLAN, 1, 'northwind/rollout']]],
    // One altered touchpoint, one finding (its message says what the later day does): it was not added, so not backdated.
    ['history-rewritten: a touchpoint dated later', edit(ACCOUNT, '2026-11-02', '2026-11-03'), [['history-rewritten', 'error', 'content/' + ACCOUNT, 10, 'northwind']]],
    ['history-rewritten: a touchpoint dated earlier, not backdated', edit(ACCOUNT, '2026-11-02', '2026-11-01'), [['history-rewritten', 'error', 'content/' + ACCOUNT, 10, 'northwind']]],
    [
      'a touchpoint replaced in its place by another, backdated: removed, and the new one warned about',
      edit(ACCOUNT, '  - date: 2026-11-02\n    by: jane-doe\n    with: [Bob Smith]\n    kind: call\n    note: Confirmed install dates', '  - date: 2026-11-01\n    by: kim-lee\n    with: [Bob Smith]\n    kind: visit\n    note: Site visit'),
      [
        ['history-rewritten', 'error', 'content/' + ACCOUNT, 9, 'northwind'],
        ['backdated-touchpoint', 'warning', 'content/' + ACCOUNT, 10, 'northwind'],
      ],
    ],
    ['history-rewritten: an account with touchpoints deleted', { [ACCOUNT]: null, [PLAN]: null }, [
      ['history-rewritten', 'error', 'content/' + ACCOUNT, 1, 'northwind'],
      ['vanished-commitment', 'error', 'content/' + PLAN, 1, 'northwind/rollout'],
    ]],
    ['history-rewritten: a slip removed', edit(PLAN, '    slips:\n      - date: 2026-10-20\n        from: 2026-12-01\n        to: 2026-12-15\n        told: Bob Smith\n        reason: Hardware arrives late\n', ''), [['history-rewritten', 'error', 'content/' + PLAN, 20, 'northwind/rollout#install-scanners']]],
    ['silent-slip: a milestone due later without a slip', edit(PLAN, 'due: 2027-01-15', 'due: 2027-01-29'), [['silent-slip', 'error', 'content/' + PLAN, 14, 'northwind/rollout#pilot']]],
    [
      'nothing: a milestone moved with its slip',
      edit(PLAN, '    due: 2027-01-15\n', '    due: 2027-01-29\n    slips: [{ date: 2026-11-20, from: 2027-01-15, to: 2027-01-29, reason: Parts, told: Bob Smith }]\n'),
      [],
    ],
    [
      'unagreed-addition: a commitment added under the signatures without `added`',
      edit(PLAN, 'commitments:\n', 'commitments:\n  - { id: survey, what: Survey Hamilton, owner: omar-haddad, due: 2026-12-20 }\n'),
      [['unagreed-addition', 'error', 'content/' + PLAN, 16, 'northwind/rollout#survey']],
    ],
    [
      'unagreed-addition: a milestone added under the signatures without `added`',
      edit(PLAN, 'commitments:\n', '  - { id: wave-2, title: Wave 2, due: 2027-02-15 }\ncommitments:\n'),
      [['unagreed-addition', 'error', 'content/' + PLAN, 15, 'northwind/rollout#wave-2']],
    ],
    [
      'nothing: an addition the client agreed to, or an internal one a colleague agreed to',
      edit(
        PLAN,
        'commitments:\n',
        'commitments:\n  - { id: survey, what: Survey, owner: omar-haddad, due: 2026-12-20, added: { date: 2026-11-20, told: Bob Smith, reason: Asked } }\n  - { id: pay, what: Pay, owner: kim-lee, internal: true, due: 2026-12-20, added: { date: 2026-11-20, told: jane-doe, reason: Contractors } }\n',
      ),
      [],
    ],
    [
      'nothing: an internal item added under the signatures without `added` (never part of the signed scope)',
      edit(PLAN, 'commitments:\n', 'commitments:\n  - { id: pay, what: Pay, owner: kim-lee, internal: true, due: 2026-12-20 }\n'),
      [],
    ],
    [
      'history-rewritten: a drop removed',
      [PLAN, 'due: 2026-12-01\n', 'due: 2026-12-01\n    dropped: { date: 2026-11-10, reason: Bought elsewhere, told: Bob Smith }\n'],
      [['history-rewritten', 'error', 'content/' + PLAN, 16, 'northwind/rollout#order-hardware']],
    ],
    [
      'history-rewritten: an addition altered',
      [PLAN, 'due: 2026-12-01\n', 'due: 2026-12-01\n    added: { date: 2026-11-10, reason: Asked for it, told: Bob Smith }\n', 'reason: Asked for it', 'reason: We offered it'],
      [['history-rewritten', 'error', 'content/' + PLAN, 20, 'northwind/rollout#order-hardware']],
    ],
    [
      'history-rewritten: an incident removed, another altered; `explained` may be added',
      [
        ACCOUNT,
        '---\nNorthwind',
        'incidents:\n  - { id: outage, date: 2026-11-03, what: Labels, cause: ours }\n  - { id: typo, date: 2026-11-04, what: Typo, cause: client }\n  - { id: late, date: 2026-11-05, what: Late, cause: ours }\n---\nNorthwind',
        '  - { id: outage, date: 2026-11-03, what: Labels, cause: ours }\n  - { id: typo, date: 2026-11-04, what: Typo, cause: client }\n  - { id: late, date: 2026-11-05, what: Late, cause: ours }\n',
        '  - { id: typo, date: 2026-11-04, what: Typo, cause: ours }\n  - { id: late, date: 2026-11-05, what: Late, cause: ours, explained: 2026-11-20 }\n',
      ],
      [
        ['history-rewritten', 'error', 'content/' + ACCOUNT, 20, 'northwind#outage'],
        ['history-rewritten', 'error', 'content/' + ACCOUNT, 21, 'northwind#typo'],
      ],
    ],
    ['backdated-touchpoint: an old call logged now', edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-11-07\n    by: jane-doe\n    kind: call\n---\nNorthwind'), [['backdated-touchpoint', 'warning', 'content/' + ACCOUNT, 20, 'northwind']]],
    ['nothing: a call within the cadence logged now', edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-11-08\n    by: jane-doe\n    kind: call\n---\nNorthwind'), []],
  ])('%s', (_, changes, expected) => {
    expect(compareCase(changes).map((f) => [f.rule, f.severity, f.file, f.line, f.subject])).toEqual(expected);
  });

  it('takes a name retyped in another Unicode form (composed or decomposed accents) in `with` or `told` for no change; a change beside it is still one', () => {
    // Escapes, so that no editor can make the two forms one.
    const composed = 'Jos\u00e9 N\u00fa\u00f1ez';
    const decomposed = 'Jose\u0301 Nu\u0301n\u0303ez';
    const written = (name: string, note = 'Weekly status') => ({
      ...PLAYBOOK,
      [ACCOUNT]: PLAYBOOK[ACCOUNT]!.replace('  - name: Bob Smith\n', `  - name: Bob Smith\n  - name: ${composed}\n`)
        .replace('    by: kim-lee\n    with: [Bob Smith]\n    kind: meeting\n    note: Weekly status', `    by: kim-lee\n    with: [Bob Smith, ${name}]\n    kind: meeting\n    note: ${note}`),
      [PLAN]: PLAYBOOK[PLAN]!.replace('        told: Bob Smith\n', `        told: ${name}\n`)
        .replace('    owner: Bob Smith\n    due: 2026-12-01\n', `    owner: Bob Smith\n    due: 2026-12-01\n    added: { date: 2026-11-10, reason: Asked for it, told: ${name} }\n`),
    });
    const base = written(composed);
    expect(compare(written(decomposed), {}, base)).toEqual([]);
    // At the note, the one field changed (not at the touchpoint, as for two fields changed).
    expect(compare(written(decomposed, 'Weekly status, moved'), {}, base)).toEqual([{ rule: 'history-rewritten', severity: 'error', file: 'content/' + ACCOUNT, line: 20, subject: 'northwind' }]);
  });

  it('says which touchpoint a finding about one is about, so that the site links to its row', () => {
    const rows = (changes: Record<string, string | null>) => {
      const now = load({ ...PLAYBOOK, ...changes });
      return judgeChange(deriveModel(now, AS_OF), { ref: 'main', base: load(PLAYBOOK), renames: new Map() }).map((f) => [f.rule, f.row]);
    };
    // The third touchpoint, logged now for a day past the cadence.
    expect(rows(edit(ACCOUNT, '---\nNorthwind', '  - date: 2026-11-07\n    by: jane-doe\n    kind: call\n---\nNorthwind'))).toEqual([['backdated-touchpoint', { touchpoint: 2 }]]);
    // The first, altered.
    expect(rows(edit(ACCOUNT, 'Confirmed install dates', 'Confirmed the install dates'))).toEqual([['history-rewritten', { touchpoint: 0 }]]);
  });

  it('follows renames given by the caller, and recognises a plan moved without a rename by its commitments', () => {
    const moved = { [PLAN]: null, 'accounts/northwind/phase-1.mdx': PLAYBOOK[PLAN]! };
    expect(compare(moved, { [PLAN]: 'accounts/northwind/phase-1.mdx' })).toEqual([]);
    expect(compare(moved)).toEqual([]);
    // Moved to another account and its date moved without a slip: judged where it went.
    const elsewhere = { [PLAN]: null, 'accounts/fraser/rollout.mdx': PLAYBOOK[PLAN]!.replace('due: 2026-12-01', 'due: 2026-12-02') };
    expect(compare(elsewhere).map((f) => [f.rule, f.file, f.subject])).toEqual([['silent-slip', 'content/accounts/fraser/rollout.mdx', 'fraser/rollout#order-hardware']]);
  });

  it('a plan that is there but not UTF-8 is a schema error, not a vanished plan', () => {
    const latin1 = new TextEncoder().encode(PLAYBOOK[PLAN]!.replace('Order the scanners', 'Order the scanners X'));
    latin1[latin1.indexOf(0x58)] = 0xe9;
    const now = loadPlaybook('content', { cwd: '.', source: { ...memorySource(PLAYBOOK), read: (p) => (p === PLAN ? latin1 : PLAYBOOK[p]) } });
    expect(now.problems.map((f) => [f.file, f.rule])).toEqual([[`content/${PLAN}`, 'schema']]);
    expect(judgeChange(deriveModel(now, AS_OF), { ref: 'main', base: load(PLAYBOOK), renames: new Map() })).toEqual([]);
  });

  it('judges an account new since the base and a plan that was a draft as any other (the format makes no exception)', () => {
    const account = (PLAYBOOK[ACCOUNT]!).replace('name: Northwind Logistics', 'name: Southwind');
    // Its call of 2026-11-02 is 20 days old, more than the 2-week cadence; its call of 2026-11-16 is not.
    expect(compare({ 'accounts/southwind/index.mdx': account })).toEqual([{ rule: 'backdated-touchpoint', severity: 'warning', file: 'content/accounts/southwind/index.mdx', line: 10, subject: 'southwind' }]);
    const draftBase = { ...PLAYBOOK, ...edit(PLAN, 'status: active', 'status: draft') };
    expect(compare({ [PLAN]: null }, {}, draftBase)).toEqual([{ rule: 'vanished-commitment', severity: 'error', file: 'content/' + PLAN, line: 1, subject: 'northwind/rollout' }]);
  });

  it('points at the item, not at its dash, when a drop, an addition or its only slip is removed; at the incident when one is altered', () => {
    const places = (changes: Record<string, string | null>, base: Record<string, string>) => {
      const now = load({ ...base, ...changes });
      return judgeChange(deriveModel(now, AS_OF), { ref: 'main', base: load(base), renames: new Map() }).map((f) => [f.rule, f.line, f.column, f.subject]);
    };
    const withDrop = { ...PLAYBOOK, ...edit(PLAN, 'due: 2026-12-01\n', 'due: 2026-12-01\n    dropped: { date: 2026-11-10, reason: Bought elsewhere, told: Bob Smith }\n') };
    expect(places({ [PLAN]: PLAYBOOK[PLAN]! }, withDrop)).toEqual([['history-rewritten', 16, 5, 'northwind/rollout#order-hardware']]);
    const slips = '    slips:\n      - date: 2026-10-20\n        from: 2026-12-01\n        to: 2026-12-15\n        told: Bob Smith\n        reason: Hardware arrives late\n';
    expect(places({ [PLAN]: PLAYBOOK[PLAN]!.replace(slips, '') }, PLAYBOOK).map(([rule, , column]) => [rule, column])).toEqual([['history-rewritten', 5]]);
    const incidents = { ...PLAYBOOK, ...edit(ACCOUNT, '---\nNorthwind', 'incidents:\n  - id: outage\n    date: 2026-11-03\n    what: Labels\n    cause: ours\n---\nNorthwind') };
    const altered = incidents[ACCOUNT]!.replace('cause: ours', 'cause: client');
    expect(places({ [ACCOUNT]: altered }, incidents).map(([rule, line, column, subject]) => [rule, column, subject])).toEqual([['history-rewritten', 5, 'northwind#outage']]);
  });

  it('reports an account deleted with its incidents, though it had no touchpoint', () => {
    const quiet = (PLAYBOOK[ACCOUNT]!).replace('name: Northwind Logistics', 'name: Quiet Co').replace(/touchpoints:\n(?: {2}- [\s\S]*?)(?=\n[a-z]|\n---)/, 'touchpoints: []').replace('---\nNorthwind', '---\nNorthwind');
    const base = { ...PLAYBOOK, 'accounts/quiet/index.mdx': quiet.replace(/\n---\n/, '\nincidents:\n  - { id: outage, date: 2026-11-03, what: Labels, cause: ours }\n---\n') };
    expect(load(base).accounts.find((a) => a.id === 'quiet')?.touchpoints).toEqual([]);
    expect(compare({ 'accounts/quiet/index.mdx': null }, {}, base)).toEqual([{ rule: 'history-rewritten', severity: 'error', file: 'content/accounts/quiet/index.mdx', line: 1, subject: 'quiet' }]);
  });

  it('compares log entries by what they say, not how they are written', () => {
    const a = { date: '2026-11-02', by: 'jane-doe', with: ['Bob Smith', 'Ana Ruiz'], kind: 'call' as const, index: 0 };
    expect(entryKey(a)).toBe(entryKey({ ...a, with: ['Ana Ruiz', 'Bob Smith'], index: 3 } as typeof a));
    expect(entryKey({ ...a, with: [] })).toBe(entryKey({ date: a.date, by: a.by, kind: a.kind, with: [] }));
    expect(entryKey(a)).not.toBe(entryKey({ ...a, note: 'x' }));
  });
});

describe('loadPlaybook from a FileSource', () => {
  it('loads the same playbook from memory as from disk: the refactor changes nothing else', () => {
    const memory = load(PLAYBOOK);
    expect(memory.accounts.map((a) => a.id)).toEqual(['fraser', 'northwind']);
    expect(memory.plans.map((p) => p.id)).toEqual(['fraser/pilot', 'northwind/rollout']);
    expect(memory.problems).toEqual([]);
    expect(memory.files.get(PLAN)?.path).toBe(`content/${PLAN}`);
  });

  it('reads a source without the content folder as an empty playbook, not an error', () => {
    const empty = load({});
    expect([empty.accounts, empty.plans, empty.problems]).toEqual([[], [], []]);
  });
});

describe('a file that is there but does not load', () => {
  it('is a schema error, not a vanished plan or a deleted account', () => {
    const broken = (path: string) => ({ [path]: PLAYBOOK[path]!.replace('---\n', '---\n: [\n') });
    expect(compare(broken(PLAN))).toEqual([]);
    expect(compare(broken(ACCOUNT)).filter((f) => f.rule === 'history-rewritten')).toEqual([]);
  });
});
