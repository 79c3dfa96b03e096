import { isTimeZone } from '../dates.ts';
import { z } from '../zod.ts';
import { durationSchema, idSchema, textSchema } from './common.ts';

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/** What `rules:` in playbook.yaml may set a rule to. */
export const ruleLevelSchema = z.enum([...SEVERITIES, 'off']);
export type RuleLevel = z.infer<typeof ruleLevelSchema>;

/** Where the playbook's source lives, for "edit this page" links and links to a finding's line. */
export const repositorySchema = z
  .object({
    /** The repository's web address, such as https://github.com/acme/playbook */
    url: z.string().url({ message: 'expected the repository web address, such as https://github.com/acme/playbook' }),
    /** The branch the links point at. */
    branch: textSchema.default('main'),
    /** The content folder's path inside the repository. */
    content_path: textSchema.default('content'),
  })
  .strict();

/** playbook.yaml: the playbook's settings. Every field has a default. */
export const settingsSchema = z
  .object({
    title: textSchema.default('Playbook'),
    timezone: z
      .string()
      .refine(isTimeZone, { message: 'expected an IANA time zone such as `America/Toronto` or `UTC`' })
      .default('UTC'),
    follow_up_every: durationSchema.default('2w'),
    remind_before: durationSchema.default('1d'),
    handoff_checklist: z.record(idSchema, textSchema).default({}),
    // Keys are checked against the list of rules when the playbook is loaded, so that a typo in a
    // rule id is reported with the closest one.
    rules: z.record(z.string(), ruleLevelSchema).default({}),
    repository: repositorySchema.optional(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
