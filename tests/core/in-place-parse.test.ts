// The loader's parse (parseWith: the in-place parser compiled from each schema, then zod for what
// it declines) must agree with zod's plain parser exactly: the same value for valid input, made
// where the input lies, and the same issues wherever zod fails, on input the in-place parser has
// already been over (it may have put some valid parts in their output form).
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { SourceFile } from '../../src/core/load/source-file.ts';
import { readFileSync } from 'node:fs';
import * as compiled from '../../src/core/schema/compiled.ts';
import { emitParsers } from '../../src/core/schema/emit-parsers.ts';
import { compileInPlace, INVALID } from '../../src/core/schema/in-place.ts';
import { parseWith } from '../../src/core/schema/parse.ts';
import { accountSchema, guideSchema, peopleSchema, personSchema, planSchema, settingsSchema } from '../../src/core/schema/index.ts';
import type { ZodTypeAny } from '../../src/core/zod.ts';
import { FILES as AUTHORING_FILES } from '../authoring/fixture.ts';
import { PLAYBOOK as GIT_FILES } from '../git/git-fixture.ts';
import { TREND_FILES } from '../helpers/trend-fixture.ts';
import { FIXTURE_FILES } from '../site/fixture-playbook.ts';
import { RICH_FILES } from '../site/rich-playbook.ts';

/** The schema of a document, by its path (`world:path`). */
function schemaFor(key: string): ZodTypeAny {
  const path = key.slice(key.indexOf(':') + 1);
  if (path.endsWith('playbook.yaml')) return settingsSchema;
  if (path.endsWith('people.yaml')) return peopleSchema;
  if (path.startsWith('guides/')) return guideSchema;
  return path.endsWith('index.mdx') ? accountSchema : planSchema;
}

/**
 * Every file of the tests' own playbooks (the site's, the rich one's, the trend's, the authoring
 * one with its comments, quoting and CRLF, the git one), then a generated playbook's, parsed the
 * two ways YAML is read: the core schema keeps dates as text, the default one (Astro's) makes Dates.
 */
function documents(): [string, unknown][] {
  const worlds: [string, Readonly<Record<string, string>>][] = [
    ['site', FIXTURE_FILES],
    ['rich', RICH_FILES],
    ['trend', TREND_FILES],
    ['authoring', AUTHORING_FILES],
    ['git', GIT_FILES],
    ['generated', Object.fromEntries(generatePlaybook({ accounts: 20, asOf: '2026-11-22', seed: 7 }))],
  ];
  return worlds.flatMap(([world, files]) =>
    Object.entries(files).map(([path, text]): [string, unknown] => {
      const file = path.endsWith('.yaml') ? SourceFile.yamlFile(path, path, text) : SourceFile.mdxFile(path, path, text);
      return [`${world}:${path}`, jsYaml.load(file.yaml!, { schema: jsYaml.DEFAULT_SCHEMA })];
    }),
  );
}

/** Small corruptions a person makes: a field removed, renamed, emptied or of the wrong type. */
function* mutations(data: unknown, depth = 0): Generator<unknown> {
  if (data === null || typeof data !== 'object' || depth > 3) return;
  const entries = Array.isArray(data) ? data.map((v, i) => [i, v] as const) : Object.entries(data);
  for (const [key, value] of entries.slice(0, 6)) {
    const clone = structuredClone(data) as Record<string | number, unknown>;
    for (const replacement of [undefined, '', 42, 'not a date', [], {}, '2026-02-30', 'Has Spaces']) {
      const copy = structuredClone(clone);
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      yield copy;
    }
    if (!Array.isArray(data)) yield { ...clone, [`${String(key)}x`]: value };
    for (const inner of mutations(value, depth + 1)) {
      const copy = structuredClone(clone);
      copy[key] = inner;
      yield copy;
    }
  }
}

describe('parseWith (in place, zod for the rest)', () => {
  const docs = documents();

  it('returns exactly what zod returns for every valid document, in the document itself where the schema is compiled', () => {
    expect(docs.length).toBeGreaterThan(50);
    let inPlace = 0;
    for (const [path, data] of docs) {
      const schema = schemaFor(path);
      const expected = schema.safeParse(structuredClone(data));
      expect(expected.success, path).toBe(true);
      const actual = parseWith(schema, data);
      expect(actual, path).toEqual({ success: true, data: expected.data });
      if (actual.success && actual.data === data) inPlace++;
    }
    // Every document: accounts, plans, guides, people.yaml (a record of people) and playbook.yaml.
    expect(inPlace).toBe(docs.length);
  });

  it('fails wherever zod fails, with the same issues, and agrees wherever zod succeeds, on thousands of corrupted documents', () => {
    let failures = 0;
    for (const [path, data] of docs.slice(0, 40)) {
      const schema = schemaFor(path);
      for (const mutated of mutations(data)) {
        const expected = schema.safeParse(structuredClone(mutated));
        const actual = parseWith(schema, mutated);
        if (expected.success) expect(actual, path).toEqual({ success: true, data: expected.data });
        else {
          failures++;
          expect(actual, path).toEqual({ success: false, issues: expected.error.issues });
        }
      }
    }
    expect(failures).toBeGreaterThan(1000);
  });
});

describe('compileInPlace', () => {
  it('compiles the schemas of every kind of document', () => {
    for (const schema of [accountSchema, planSchema, guideSchema, personSchema, peopleSchema, settingsSchema]) expect(compileInPlace(schema)).toBeTypeOf('function');
  });

  const plan = () => ({ title: ' Pilot ', owner: 'kim-lee', status: 'active', kickoff: '2026-01-05', commitments: [{ id: 'scan', what: 'Scan the yard ', owner: 'Bob Smith', due: '2026-02-02' }] });

  it('makes the changes zod would, where the document lies: texts trimmed, defaults filled in, each default its own', () => {
    const parse = compileInPlace(planSchema)!;
    const first = plan();
    const commitment = first.commitments[0];
    expect(parse(first)).toBe(first);
    expect(first.commitments[0]).toBe(commitment);
    expect(first).toMatchObject({ title: 'Pilot', handoff: {}, milestones: [], commitments: [{ what: 'Scan the yard', after: [], slips: [] }] });
    const second = plan();
    parse(second);
    expect((second as { milestones?: unknown }).milestones).not.toBe((first as { milestones?: unknown }).milestones);
  });

  it('declines anything zod would not accept, and changes nothing in a part that is not valid', () => {
    const parse = compileInPlace(planSchema)!;
    const unknownField = { ...plan(), colour: 'blue' };
    expect(parse(unknownField)).toBe(INVALID);
    const badDate = plan();
    badDate.commitments[0]!.due = '2026-02-30';
    expect(parse(badDate)).toBe(INVALID);
    // The commitment holds the problem: its `what` is left as written, its defaults not added.
    expect(badDate.commitments[0]).toEqual({ id: 'scan', what: 'Scan the yard ', owner: 'Bob Smith', due: '2026-02-30' });
    expect(parse({ ...plan(), status: 'finished' })).toBe(INVALID);
    expect(parse([plan()])).toBe(INVALID);
    expect(parse(Object.assign(Object.create({ inherited: true }), plan()))).toBe(INVALID);
  });

  it('takes a side of the agreement signed once or as a list, a checklist keyed by ids, and a date read as a Date, as zod does', () => {
    const parse = compileInPlace(planSchema)!;
    const signed = {
      ...plan(),
      agreement: { customer: { by: ' Bob Smith ', date: new Date('2026-01-03T00:00:00Z') }, us: [{ by: 'kim-lee', date: '2026-01-04', title: 'Delivery lead ' }] },
      handoff: { 'partner-onboarded': '2026-01-02' },
    };
    const expected = planSchema.safeParse(structuredClone(signed));
    expect(expected.success).toBe(true);
    expect(parse(signed)).toBe(signed);
    expect(signed).toEqual(expected.data);
    expect(signed.agreement.customer).toEqual({ by: 'Bob Smith', date: '2026-01-03' });

    // A list with one bad signature, and a checklist key that is not an id: zod's to judge, the
    // bad parts as written.
    const badList = { ...plan(), agreement: { us: [{ by: 'kim-lee', date: '2026-01-04' }, { by: 'kim-lee', date: 'soon' }] } };
    expect(parse(badList)).toBe(INVALID);
    expect(badList.agreement.us[1]).toEqual({ by: 'kim-lee', date: 'soon' });
    expect(parse({ ...plan(), handoff: { 'Partner Onboarded': '2026-01-02' } })).toBe(INVALID);
    expect(parse({ ...plan(), agreement: { us: [] } })).toBe(INVALID);
  });
});

describe('the emitted parsers (schema/compiled.ts)', () => {
  it('are what the schemas emit now: run `node scripts/generate-parsers.ts` after changing a schema', () => {
    expect(readFileSync(new URL('../../src/core/schema/compiled.ts', import.meta.url), 'utf8')).toBe(emitParsers());
  });

  const emitted: [ZodTypeAny, (data: unknown) => unknown][] = [
    [accountSchema, compiled.accountInPlace],
    [planSchema, compiled.planInPlace],
    [guideSchema, compiled.guideInPlace],
    [personSchema, compiled.personInPlace],
    [settingsSchema, compiled.settingsInPlace],
  ];
  const emittedFor = (schema: ZodTypeAny) => emitted.find(([s]) => s === schema)?.[1];

  it('give what the parsers compiled from the schemas give, valid or not, on every document and thousands of corrupted ones', () => {
    let compared = 0;
    let declined = 0;
    for (const [path, data] of documents()) {
      const schema = schemaFor(path);
      const parse = emittedFor(schema);
      if (!parse) continue;
      const runtime = compileInPlace(schema)!;
      for (const input of [data, ...mutations(data)]) {
        const a = structuredClone(input);
        const b = structuredClone(input);
        const expected = runtime(a);
        const actual = parse(b);
        if (expected === INVALID) {
          expect(actual, path).toBe(INVALID);
          declined++;
        } else expect(actual, path).toEqual(expected);
        // What each left in the document it was handed is the same too.
        expect(b, path).toEqual(a);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(declined).toBeGreaterThan(1_000);
  });

  it('give the field orders of the schemas', () => {
    expect(compiled.FIELD_ORDERS.plan).toEqual(Object.keys(planSchema.shape));
  });
});
