// Writes src/core/schema/compiled.ts, the document schemas' in-place parsers as source. Run it
// after changing a schema; `npm test` fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emitParsers } from '../src/core/schema/emit-parsers.ts';

const target = fileURLToPath(new URL('../src/core/schema/compiled.ts', import.meta.url));
writeFileSync(target, emitParsers());
console.log(`wrote ${target}`);
