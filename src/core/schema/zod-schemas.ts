// The zod schemas, for what only zod can do: parse a document the emitted parsers decline (and
// so name every issue), describe the fields to a message, write the JSON Schemas. Asked for
// through this function, never imported by the loader itself: in the command line's bundle this
// module is replaced by one that loads the schemas on the first call (scripts/bundle.ts), so that
// a command whose documents are all valid builds none (schema/compiled.ts says what that saves).
import * as schemas from './index.ts';

export function zodSchemas(): typeof schemas {
  return schemas;
}
