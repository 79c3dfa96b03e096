// Issue #13 keeps a compiled parser only while it measurably beats plain zod 4: this times the
// loader's parse (parseWith: the in-place parser compiled from each schema, zod only for what it
// declines) against plain zod 4 and zod's own compiled parser (`z.compile`), on the same
// documents, the account and plan frontmatter of a bench playbook, in one process: the best of 7
// passes each, over documents read and YAML-parsed before the clock starts. The in-place parser
// changes what it validates, so every pass gets documents of its own. `npm run bench` prints it
// under the command's table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../src/core/load/parse-yaml.ts';
import { SourceFile } from '../src/core/load/source-file.ts';
import { parseWith } from '../src/core/schema/parse.ts';
import { accountSchema, planSchema } from '../src/core/schema/index.ts';
import * as z from '../src/core/zod.ts';
import type { ZodTypeAny } from '../src/core/zod.ts';

export interface ValidationTimes {
  documents: number;
  plainMs: number;
  zodCompiledMs: number;
  inPlaceMs: number;
}

const PASSES = 7;

interface Document {
  schema: ZodTypeAny;
  data: unknown;
}

export function validationTimes(playbookDir: string): ValidationTimes {
  const sources: { schema: ZodTypeAny; yaml: string }[] = [];
  const accounts = join(playbookDir, 'accounts');
  for (const account of readdirSync(accounts)) {
    for (const name of readdirSync(join(accounts, account))) {
      const file = SourceFile.mdxFile(name, name, readFileSync(join(accounts, account, name), 'utf8'));
      sources.push({ schema: name === 'index.mdx' ? accountSchema : planSchema, yaml: file.yaml ?? '' });
    }
  }
  const documents = (): Document[] =>
    sources.map(({ schema, yaml }) => {
      const parsed = parseYaml(yaml);
      if (!parsed.ok) throw new Error('bench-validation: a generated document does not parse');
      return { schema, data: parsed.data };
    });
  const zodCompiled = new Map<ZodTypeAny, ZodTypeAny>([accountSchema, planSchema].map((schema) => [schema, z.compile(schema)]));
  const best = (parse: (schema: ZodTypeAny, data: unknown) => boolean): number => {
    let fastest = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      const docs = documents();
      const start = performance.now();
      let valid = 0;
      for (const { schema, data } of docs) if (parse(schema, data)) valid++;
      fastest = Math.min(fastest, performance.now() - start);
      // Every document of a generated playbook is valid: anything else means the timing is of errors.
      if (valid !== docs.length) throw new Error(`bench-validation: ${docs.length - valid} documents did not validate`);
    }
    return fastest;
  };
  return {
    documents: sources.length,
    plainMs: best((schema, data) => schema.safeParse(data).success),
    zodCompiledMs: best((schema, data) => zodCompiled.get(schema)!.safeParse(data).success),
    inPlaceMs: best((schema, data) => parseWith(schema, data).success),
  };
}
