// The one place the repository imports zod from, so that every schema (the core's, Astro's
// collections, the JSON Schema generator) shares a single copy and a single version.
export { z } from 'zod';
import type { z } from 'zod';

/** One validation issue, as zod reports it. */
export type ZodIssue = z.core.$ZodIssue;
/** Any zod schema. */
export type ZodTypeAny = z.ZodType;
