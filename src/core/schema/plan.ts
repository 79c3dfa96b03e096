import * as z from '../zod.ts';
import { dateSchema, idSchema, listOf, textSchema } from './common.ts';

import { PLAN_STATUSES } from './values.ts';

export { PLAN_STATUSES };

/** One signature on the letter of agreement. */
export const signatureSchema = z.strictObject({
  by: textSchema.describe("Who signed: a contact's name for the client, a person id for us"),
  date: dateSchema.describe('When they signed (YYYY-MM-DD)'),
  title: textSchema.optional().describe("The signer's role, such as Operations director"),
});

/** One side's signatures: one, or a list when several people sign. */
const signersSchema = z.union([signatureSchema, z.array(signatureSchema).min(1, { error: 'expected at least one signature' })]);

/** Every time an item's due date moved. `told` is required by a rule, not here. */
export const slipSchema = z.strictObject({
  date: dateSchema.describe('When it was renegotiated (YYYY-MM-DD)'),
  from: dateSchema.describe('The due date before (YYYY-MM-DD)'),
  to: dateSchema.describe('The new due date (YYYY-MM-DD)'),
  reason: textSchema.describe('Why it moved'),
  told: textSchema.optional().describe("Who was told: a contact (a colleague, for an internal item)"),
  workaround: textSchema.optional().describe('What was agreed meanwhile'),
});

/** An item given up openly. `told` is required by a rule, not here. */
export const dropSchema = z.strictObject({
  date: dateSchema.describe('When it was given up (YYYY-MM-DD)'),
  reason: textSchema.describe('Why'),
  told: textSchema.optional().describe("Who was told: a contact (a colleague, for an internal item)"),
});

/** An item added after the agreement was signed: when, who agreed and why. `told` is required by a rule. */
export const additionSchema = z.strictObject({
  date: dateSchema.describe('When it was added (YYYY-MM-DD)'),
  reason: textSchema.describe('Why it was added'),
  told: textSchema.optional().describe("Who agreed to it: a contact (a colleague, for an internal item)"),
});

export const milestoneSchema = z.strictObject({
  id: idSchema.describe('A kebab-case id, unique in the plan'),
  title: textSchema.describe('What is reached'),
  owner: idSchema.optional().describe('Who on our side answers for it: a person id'),
  due: dateSchema.describe('When (YYYY-MM-DD)'),
  done: dateSchema.optional().describe('The date it was reached'),
  dropped: dropSchema.optional().describe('Given up openly: date, reason and who was told (playbook drop)'),
  slips: listOf(slipSchema).describe('Every time the due date moved (playbook slip records one and moves due)'),
  added: additionSchema.optional().describe('Added after the agreement was signed: date, who agreed (told) and why (playbook add)'),
});

/** Who does what by when, on either side. */
export const commitmentSchema = z.strictObject({
  id: idSchema.describe('A kebab-case id, unique in the plan'),
  what: textSchema.describe('What is promised'),
  owner: textSchema.describe("A person id (our side) or a contact's name (the client's side)"),
  chaser: idSchema.optional().describe("For the client's items: who on our side follows it up, a person id (default: the plan's owner)"),
  internal: z.boolean({ error: 'expected true or false' }).optional().describe('Between our own teams: never on the letter of agreement or the client\'s view'),
  due: dateSchema.describe('When it is due (YYYY-MM-DD); playbook slip moves it'),
  milestone: idSchema.optional().describe('The id of the milestone it belongs to'),
  after: listOf(idSchema).describe('Ids of the commitments this one waits for'),
  done: dateSchema.optional().describe('The date it was kept (playbook done sets it)'),
  risk: textSchema.optional().describe('What puts it at risk, when known'),
  dropped: dropSchema.optional().describe('Given up openly: date, reason and who on the client side was told (playbook drop)'),
  slips: listOf(slipSchema).describe('Every time the due date moved (playbook slip records one and moves due)'),
  added: additionSchema.optional().describe('Added after the agreement was signed: date, who agreed (told) and why (playbook add)'),
});

/** The frontmatter of accounts/<account>/<plan>.mdx: an implementation action plan. */
export const planSchema = z.strictObject({
  title: textSchema.describe('What the plan delivers'),
  owner: idSchema.describe('Our delivery lead: a person id'),
  status: z.enum(PLAN_STATUSES).describe('draft | agreed | active | done | cancelled'),
  kickoff: dateSchema.describe('When the work starts (YYYY-MM-DD)'),
  target: dateSchema.optional().describe('When it is all done (YYYY-MM-DD)'),
  break_in_until: dateSchema.optional().describe('The end of the break-in period (YYYY-MM-DD)'),
  agreement: z
    .strictObject({
      customer: signersSchema.optional().describe("The client's signature: by (a contact's name), date and title; a list when several sign"),
      us: signersSchema.optional().describe('Our signature: by (a person id), date and title; a list when several sign'),
    })
    .optional()
    .describe('The letter of agreement, signed by both sides'),
  handoff: z.record(idSchema, dateSchema).default({}).describe("Checklist item id (from playbook.yaml's handoff_checklist) -> the date it was done"),
  milestones: listOf(milestoneSchema).describe('Milestones: id, title, due, and done once reached'),
  commitments: listOf(commitmentSchema).describe('Who does what by when, on either side'),
});

export type Signature = z.infer<typeof signatureSchema>;
export type Slip = z.infer<typeof slipSchema>;
export type Drop = z.infer<typeof dropSchema>;
export type Addition = z.infer<typeof additionSchema>;
export type MilestoneData = z.infer<typeof milestoneSchema>;
export type CommitmentData = z.infer<typeof commitmentSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
