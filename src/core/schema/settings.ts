import * as z from '../zod.ts';
import { durationSchema, idSchema, problemCheck, textSchema, windowSchema } from './common.ts';
import { repositoryUrlProblem } from './url.ts';
import { timeZoneProblem } from '../zone-name.ts';
import { CONTENT_FORMAT, SEVERITIES, type Severity } from './values.ts';

export { SEVERITIES, type Severity };
export const severitySchema = z.enum(SEVERITIES);

/** What `rules:` in playbook.yaml may set a rule to. */
export const ruleLevelSchema = z.enum([...SEVERITIES, 'off']);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;

/** Where the playbook's source lives, for "edit this page" links and links to a finding's line. */
export const repositorySchema = z
  .strictObject({
    // A check of its own rather than `z.url()`, whose checks are zod's and could not be written
    // into the emitted parsers (schema/compiled.ts); `format: uri` keeps the JSON Schema's.
    url: z
      .string({ error: 'expected the repository web address, such as https://github.com/acme/playbook' })
      .trim()
      .check(problemCheck(repositoryUrlProblem))
      .meta({ format: 'uri' })
      .optional()
      .describe('The repository web address, such as https://github.com/acme/playbook (without it, no link is made)'),
    branch: textSchema.default('main').describe('The branch the links point at (default main)'),
    content_path: textSchema.default('content').describe("The content folder's path inside the repository (default content)"),
  })
  .describe('Where the playbook source lives, for "edit this page" links and links to a finding\'s line');

/** playbook.yaml: the playbook's settings. Every field has a default. */
export const settingsSchema = z.strictObject({
  format: z
    .number({ error: `expected the content format as a whole number, such as ${CONTENT_FORMAT}` })
    .int({ error: `expected the content format as a whole number, such as ${CONTENT_FORMAT}` })
    .min(1, { error: `expected a content format from 1 to ${CONTENT_FORMAT}` })
    .max(CONTENT_FORMAT, {
      error: `this playbook is written for a newer content format than this version of Followthrough reads (${CONTENT_FORMAT}): upgrade the followthrough package (its CHANGELOG says what changed), then check again`,
    })
    .default(CONTENT_FORMAT)
    .describe(`The content format the playbook is written for (this version reads 1 to ${CONTENT_FORMAT}); a newer one is refused, not misread`),
  title: textSchema.default('Playbook').describe('The site title'),
  timezone: z
    .string({ error: 'expected an IANA time zone name such as `America/Toronto` or `UTC`' })
    .check(problemCheck(timeZoneProblem))
    .default('UTC')
    .describe('The IANA time zone whose date is "today", such as America/Toronto (default UTC)'),
  follow_up_every: durationSchema.default('2w').describe('Default contact cadence for accounts, such as 2w'),
  owner_touch_every: durationSchema.default('4w').describe("Default: how often an account's owner talks to the client in person, such as 4w"),
  remind_before: windowSchema.default('1d').describe('How long before a due date a commitment is due soon, such as 1d'),
  handoff_checklist: z.record(idSchema, textSchema).default({}).describe('Checklist item id -> what must be true before kickoff'),
  // Keys are checked against the list of rules when the playbook is loaded, so that a typo in a
  // rule id is reported with the closest one.
  rules: z.record(z.string(), ruleLevelSchema).default({}).describe('Rule id -> error | warning | notice | off'),
  repository: repositorySchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
