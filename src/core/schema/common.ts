// Building blocks shared by the content schemas. Each carries the message a person sees when a
// value is of the wrong form: what was expected, with an example to copy.
import { cadenceProblem, dateProblem, normalizeDateInput, windowProblem } from '../dates.ts';
import * as z from '../zod.ts';
import { ID_PATTERN } from './values.ts';

export { ID_PATTERN };

/** A lowercase kebab-case id: `jane-doe`, `install-scanners`. */
export const idSchema = z
  .string({ error: 'expected an id such as `jane-doe` (lowercase letters, digits and dashes)' })
  .regex(ID_PATTERN, { error: 'expected an id in lowercase kebab-case such as `jane-doe` (letters a-z, digits, single dashes)' });

/**
 * A calendar date `YYYY-MM-DD` with a year from 1900 to 2999. A UTC-midnight `Date` (how js-yaml,
 * and so Astro, reads a bare date) is accepted as the same day.
 */
export const dateSchema = z.preprocess(
  normalizeDateInput,
  z.string({ error: 'expected a date written YYYY-MM-DD, such as 2026-11-02' }).check(problemCheck(dateProblem)),
);

/**
 * A cadence in days or weeks (`10d`, `2w`), from 1 day to 520 weeks: `follow_up_every` and the
 * other `..._every` fields. The bound keeps every date it is added to a real date.
 */
export const durationSchema = z
  .string({ error: 'expected a duration such as `10d` or `2w`' })
  .check(problemCheck(cadenceProblem));

/** A window before a date (`remind_before`), from 0 days to 520 weeks. */
export const windowSchema = z
  .string({ error: 'expected a duration such as `1d` or `2w`' })
  .check(problemCheck(windowProblem));

/**
 * A refinement whose message says what is wrong with this very value (see dates.ts). A plain
 * check that adds the issue itself, as `superRefine` does, but without the `addIssue` function
 * `superRefine` makes for every value it checks (a playbook of 1,000 accounts has 150,000 dates).
 */
export function problemCheck(problemOf: (text: string) => string | undefined) {
  const check: z.core.$ZodCheck<string> = z.check<string>((payload) => {
    const problem = problemOf(payload.value);
    if (problem !== undefined) payload.issues.push({ code: 'custom', message: problem, input: payload.value, inst: check, continue: true });
  });
  // Named on the check, so that the emitted parsers (in-place.ts, emitInPlace) call it by name.
  (check._zod.def as { problemOf?: unknown }).problemOf = problemOf;
  return check;
}

/** Free text a person wrote (a name, a note, a reason). */
export const textSchema = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'expected text, got an empty value' });

/** A list that defaults to empty when the field is left out. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'expected a list (one `- item` per line, or `[a, b]`)' }).default([]);
}
