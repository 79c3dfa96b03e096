import { z } from '../zod.ts';
import { dateSchema, durationSchema, idSchema, listOf, textSchema } from './common.ts';

import { ACCOUNT_STAGES, TOUCHPOINT_KINDS } from './values.ts';

export { ACCOUNT_STAGES, TOUCHPOINT_KINDS };

/** One of the client's people. Plans and touchpoints refer to them by name. */
export const contactSchema = z.strictObject({
  name: textSchema.describe('Their full name, as plans and touchpoints write it'),
  role: textSchema.optional().describe('Their role at the client, such as Operations director'),
  email: z.email({ error: 'expected an email address such as bob@client.example' }).optional().describe('Their email address'),
  phone: textSchema.optional().describe('Their phone number'),
});

/** A call, meeting, email, visit or governance review with the client. */
export const touchpointSchema = z.strictObject({
  date: dateSchema.describe('When it happened (YYYY-MM-DD), never after today'),
  by: idSchema.describe('Who from our side: a person id'),
  with: listOf(textSchema).describe('Contact names, as written in contacts'),
  kind: z.enum(TOUCHPOINT_KINDS).describe('call | meeting | email | visit | review (a review is a governance review)'),
  note: textSchema.optional().describe('What was said or agreed'),
});

/** The frontmatter of accounts/<account>/index.mdx: the account plan. */
export const accountSchema = z.strictObject({
  name: textSchema.describe("The client's name"),
  owner: idSchema.describe('The relationship owner: a person id from people.yaml'),
  stage: z.enum(ACCOUNT_STAGES).describe('prospect | onboarding | delivery | partner | paused | closed'),
  since: dateSchema.describe('When the relationship started (YYYY-MM-DD)'),
  follow_up_every: durationSchema.optional().describe("How often we are in touch, such as 1w (default: playbook.yaml's)"),
  governance_every: durationSchema.optional().describe('How often we hold a governance review (a touchpoint of kind review), such as 4w'),
  team: listOf(idSchema).describe('Our people who work with this client: person ids'),
  contacts: listOf(contactSchema).describe("The client's people; plans and touchpoints refer to them by name"),
  touchpoints: listOf(touchpointSchema).describe('Every call, meeting, email, visit or review with the client (playbook log adds one)'),
});

export type Contact = z.infer<typeof contactSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type AccountData = z.infer<typeof accountSchema>;
export type AccountStage = (typeof ACCOUNT_STAGES)[number];
