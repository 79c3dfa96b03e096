import { z } from '../zod.ts';
import { dateSchema, durationSchema, idSchema, listOf, textSchema } from './common.ts';

export const ACCOUNT_STAGES = ['prospect', 'onboarding', 'delivery', 'partner', 'paused', 'closed'] as const;
export const TOUCHPOINT_KINDS = ['call', 'meeting', 'email', 'visit', 'review'] as const;

/** One of the client's people. Plans and touchpoints refer to them by name. */
export const contactSchema = z
  .object({
    name: textSchema,
    role: textSchema.optional(),
    email: z.string().email({ message: 'expected an email address such as bob@client.example' }).optional(),
    phone: textSchema.optional(),
  })
  .strict();

/** A call, meeting, email, visit or governance review with the client. */
export const touchpointSchema = z
  .object({
    date: dateSchema,
    by: idSchema,
    with: listOf(textSchema),
    kind: z.enum(TOUCHPOINT_KINDS),
    note: textSchema.optional(),
  })
  .strict();

/** The frontmatter of accounts/<account>/index.mdx: the account plan. */
export const accountSchema = z
  .object({
    name: textSchema,
    owner: idSchema,
    stage: z.enum(ACCOUNT_STAGES),
    since: dateSchema,
    follow_up_every: durationSchema.optional(),
    governance_every: durationSchema.optional(),
    team: listOf(idSchema),
    contacts: listOf(contactSchema),
    touchpoints: listOf(touchpointSchema),
  })
  .strict();

export type Contact = z.infer<typeof contactSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type AccountData = z.infer<typeof accountSchema>;
export type AccountStage = (typeof ACCOUNT_STAGES)[number];
