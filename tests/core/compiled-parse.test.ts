// zod's compiled fast path (z.compile, used by the loader) must agree with zod's plain parser
// exactly: the same value for valid input, and the same issues wherever zod fails.
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { SourceFile } from '../../src/core/load/source-file.ts';
import { parseWith } from '../../src/core/schema/parse.ts';
import { accountSchema, guideSchema, peopleSchema, planSchema, settingsSchema } from '../../src/core/schema/index.ts';
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

describe('parseWith (zod compiled)', () => {
  const docs = documents();

  it('returns exactly what zod returns for every valid document', () => {
    expect(docs.length).toBeGreaterThan(50);
    for (const [path, data] of docs) {
      const schema = schemaFor(path);
      const expected = schema.safeParse(data);
      expect(expected.success, path).toBe(true);
      expect(parseWith(schema, data), path).toEqual({ success: true, data: expected.data });
    }
  });

  it('fails wherever zod fails, and agrees wherever zod succeeds, on thousands of corrupted documents', () => {
    let failures = 0;
    for (const [path, data] of docs.slice(0, 40)) {
      const schema = schemaFor(path);
      for (const mutated of mutations(data)) {
        const expected = schema.safeParse(mutated);
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
