import * as z from '../zod.ts';
import { dateSchema, durationSchema, idSchema, listOf, textSchema } from './common.ts';

import { ACCOUNT_STAGES, INCIDENT_CAUSES, TOUCHPOINT_KINDS } from './values.ts';

export { ACCOUNT_STAGES, INCIDENT_CAUSES, TOUCHPOINT_KINDS };

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
  with: listOf(textSchema).describe("Who was there: contact names (the client's people) and/or person ids (ours); naming no contact makes it internal"),
  kind: z.enum(TOUCHPOINT_KINDS).describe('call | meeting | email | visit | review (a review is a governance review)'),
  note: textSchema.optional().describe('What was said or agreed'),
});

/** When delivery failed the client: what happened, whose cause it was, and when it was explained. */
export const incidentSchema = z.strictObject({
  id: idSchema.describe('A kebab-case id, unique in the account'),
  date: dateSchema.describe('When it happened (YYYY-MM-DD)'),
  what: textSchema.describe('What went wrong, as the client saw it'),
  cause: z.enum(INCIDENT_CAUSES).describe('ours | client | third-party | unknown: whose error it was, without blame'),
  told: textSchema.optional().describe("Who on the client's side was told"),
  explained: dateSchema.optional().describe('The date it was explained to the client at a governance review'),
  follow_up: listOf(textSchema)
    .describe('Items of this account\'s plans that follow it up: <plan>#<item>'),
});

/** The frontmatter of accounts/<account>/index.mdx: the account plan. */
export const accountSchema = z.strictObject({
  name: textSchema.describe("The client's name"),
  owner: idSchema.describe('The relationship owner: a person id from people.yaml'),
  stage: z.enum(ACCOUNT_STAGES).describe('prospect | onboarding | delivery | partner | paused | closed'),
  since: dateSchema.describe('When the relationship started (YYYY-MM-DD)'),
  follow_up_every: durationSchema.optional().describe("How often we are in touch, such as 1w (default: playbook.yaml's)"),
  owner_touch_every: durationSchema
    .optional()
    .describe("How often the account's owner talks to the client in person, such as 6w (default: playbook.yaml's)"),
  governance_every: durationSchema.optional().describe('How often we hold a governance review (a touchpoint of kind review), such as 4w'),
  team: listOf(idSchema).describe('Our people who work with this client: person ids'),
  contacts: listOf(contactSchema).describe("The client's people; plans and touchpoints refer to them by name"),
  touchpoints: listOf(touchpointSchema).describe('Every call, meeting, email, visit or review with the client (playbook log adds one)'),
  incidents: listOf(incidentSchema).describe('When delivery failed the client, and how it was explained'),
});

export type Contact = z.infer<typeof contactSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type AccountData = z.infer<typeof accountSchema>;
export type AccountStage = (typeof ACCOUNT_STAGES)[number];
