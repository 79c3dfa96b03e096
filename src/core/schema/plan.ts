import { z } from '../zod.ts';
import { dateSchema, idSchema, listOf, textSchema } from './common.ts';

import { PLAN_STATUSES } from './values.ts';

export { PLAN_STATUSES };

/** One signature on the letter of agreement. */
export const signatureSchema = z.strictObject({
  by: textSchema.describe("Who signed: a contact's name for the client, a person id for us"),
  date: dateSchema.describe('When they signed (YYYY-MM-DD)'),
});

/** Every time a commitment's due date moved. `told` is required by a rule, not here. */
export const slipSchema = z.strictObject({
  date: dateSchema.describe('When it was renegotiated (YYYY-MM-DD)'),
  from: dateSchema.describe('The due date before (YYYY-MM-DD)'),
  to: dateSchema.describe('The new due date (YYYY-MM-DD)'),
  reason: textSchema.describe('Why it moved'),
  told: textSchema.optional().describe("Who on the client's side was told"),
  workaround: textSchema.optional().describe('What was agreed meanwhile'),
});

/** A commitment given up openly. `told` is required by a rule, not here. */
export const dropSchema = z.strictObject({
  date: dateSchema.describe('When it was given up (YYYY-MM-DD)'),
  reason: textSchema.describe('Why'),
  told: textSchema.optional().describe("Who on the client's side was told"),
});

export const milestoneSchema = z.strictObject({
  id: idSchema.describe('A kebab-case id, unique in the plan'),
  title: textSchema.describe('What is reached'),
  due: dateSchema.describe('When (YYYY-MM-DD)'),
  done: dateSchema.optional().describe('The date it was reached'),
});

/** Who does what by when, on either side. */
export const commitmentSchema = z.strictObject({
  id: idSchema.describe('A kebab-case id, unique in the plan'),
  what: textSchema.describe('What is promised'),
  owner: textSchema.describe("A person id (our side) or a contact's name (the client's side)"),
  due: dateSchema.describe('When it is due (YYYY-MM-DD); playbook slip moves it'),
  milestone: idSchema.optional().describe('The id of the milestone it belongs to'),
  after: listOf(idSchema).describe('Ids of the commitments this one waits for'),
  done: dateSchema.optional().describe('The date it was kept (playbook done sets it)'),
  risk: textSchema.optional().describe('What puts it at risk, when known'),
  dropped: dropSchema.optional().describe('Given up openly: date, reason and who on the client side was told (playbook drop)'),
  slips: listOf(slipSchema).describe('Every time the due date moved (playbook slip records one and moves due)'),
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
      customer: signatureSchema.optional().describe("The client's signature: by (a contact's name) and date"),
      us: signatureSchema.optional().describe('Our signature: by (a person id) and date'),
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
export type MilestoneData = z.infer<typeof milestoneSchema>;
export type CommitmentData = z.infer<typeof commitmentSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
