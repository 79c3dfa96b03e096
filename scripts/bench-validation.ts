// Issue #13 keeps a compiled parser only while it measurably beats plain zod 4: this times both on
// the same documents, the account and plan frontmatter of a bench playbook, in one process (the
// best of 7 passes each, after the documents are read and their YAML parsed, so only validation
// is timed). `npm run bench` prints it under the command's table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../src/core/load/parse-yaml.ts';
import { SourceFile } from '../src/core/load/source-file.ts';
import { accountSchema, planSchema } from '../src/core/schema/index.ts';
import * as z from '../src/core/zod.ts';
import type { ZodTypeAny } from '../src/core/zod.ts';

export interface ValidationTimes {
  documents: number;
  plainMs: number;
  compiledMs: number;
}

const PASSES = 7;

export function validationTimes(playbookDir: string): ValidationTimes {
  const documents: { schema: ZodTypeAny; data: unknown }[] = [];
  const accounts = join(playbookDir, 'accounts');
  for (const account of readdirSync(accounts)) {
    for (const name of readdirSync(join(accounts, account))) {
      const file = SourceFile.mdxFile(name, name, readFileSync(join(accounts, account, name), 'utf8'));
      const parsed = parseYaml(file.yaml ?? '');
      if (parsed.ok) documents.push({ schema: name === 'index.mdx' ? accountSchema : planSchema, data: parsed.data });
    }
  }
  const compiled = new Map<ZodTypeAny, ZodTypeAny>([accountSchema, planSchema].map((schema) => [schema, z.compile(schema)]));
  const best = (parse: (schema: ZodTypeAny, data: unknown) => boolean): number => {
    let fastest = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      const start = performance.now();
      let valid = 0;
      for (const { schema, data } of documents) if (parse(schema, data)) valid++;
      fastest = Math.min(fastest, performance.now() - start);
      // Every document of a generated playbook is valid: anything else means the timing is of errors.
      if (valid !== documents.length) throw new Error(`bench-validation: ${documents.length - valid} documents did not validate`);
    }
    return fastest;
  };
  return {
    documents: documents.length,
    plainMs: best((schema, data) => schema.safeParse(data).success),
    compiledMs: best((schema, data) => compiled.get(schema)!.safeParse(data).success),
  };
}
