// The one place the repository imports zod from, so that every schema (the core's, Astro's
// collections, the JSON Schema generator) shares a single copy and a single version.
export { z } from 'zod';
export type { ZodIssue, ZodTypeAny } from 'zod';
