// `playbook schema`: write the JSON Schemas that editors use to validate and complete the
// playbook's YAML, generated from the core's zod schemas; `--check` says whether the committed
// ones are up to date.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../core/edit/atomic-write.ts';
import { renderJsonSchemas } from '../core/json-schema.ts';
import type { CliEnvironment } from './environment.ts';

export function runSchema(argv: string[], io: CliEnvironment): number {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: 'schemas' }, check: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const dir = resolve(io.cwd, values.out!);
  const shown = (file: string) => relative(io.cwd, join(dir, file)).split(sep).join('/');
  const schemas = renderJsonSchemas();
  if (values.check) {
    const stale = [...schemas].filter(([file, text]) => read(join(dir, file)) !== text).map(([file]) => shown(file));
    if (stale.length > 0) {
      io.stderr.write(`Out of date: ${stale.join(', ')}. Run \`npm run playbook -- schema${values.out === 'schemas' ? '' : ` --out ${values.out}`}\` and commit the result.\n`);
      return 1;
    }
    io.stdout.write(`The ${schemas.size} JSON Schemas in ${shown('') || '.'} are up to date.\n`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of schemas) {
    const before = read(join(dir, file));
    if (before === text) {
      io.stdout.write(`unchanged ${shown(file)}\n`);
      continue;
    }
    writeFileAtomic(join(dir, file), text);
    io.stdout.write(`${before === undefined ? 'created' : 'updated'} ${shown(file)}\n`);
  }
  return 0;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
