import { z } from '../zod.ts';
import { dateSchema, idSchema, listOf, textSchema } from './common.ts';

export const PLAN_STATUSES = ['draft', 'agreed', 'active', 'done', 'cancelled'] as const;

/** One signature on the letter of agreement. */
export const signatureSchema = z.object({ by: textSchema, date: dateSchema }).strict();

/** Every time a commitment's due date moved. `told` is required by a rule, not here. */
export const slipSchema = z
  .object({
    date: dateSchema,
    from: dateSchema,
    to: dateSchema,
    reason: textSchema,
    told: textSchema.optional(),
    workaround: textSchema.optional(),
  })
  .strict();

/** A commitment given up openly. `told` is required by a rule, not here. */
export const dropSchema = z
  .object({ date: dateSchema, reason: textSchema, told: textSchema.optional() })
  .strict();

export const milestoneSchema = z
  .object({
    id: idSchema,
    title: textSchema,
    due: dateSchema,
    done: dateSchema.optional(),
  })
  .strict();

/** Who does what by when, on either side. */
export const commitmentSchema = z
  .object({
    id: idSchema,
    what: textSchema,
    owner: textSchema,
    due: dateSchema,
    milestone: idSchema.optional(),
    after: listOf(idSchema),
    done: dateSchema.optional(),
    risk: textSchema.optional(),
    dropped: dropSchema.optional(),
    slips: listOf(slipSchema),
  })
  .strict();

/** The frontmatter of accounts/<account>/<plan>.mdx: an implementation action plan. */
export const planSchema = z
  .object({
    title: textSchema,
    owner: idSchema,
    status: z.enum(PLAN_STATUSES),
    kickoff: dateSchema,
    target: dateSchema.optional(),
    break_in_until: dateSchema.optional(),
    agreement: z
      .object({ customer: signatureSchema.optional(), us: signatureSchema.optional() })
      .strict()
      .optional(),
    handoff: z.record(idSchema, dateSchema).default({}),
    milestones: listOf(milestoneSchema),
    commitments: listOf(commitmentSchema),
  })
  .strict();

export type Signature = z.infer<typeof signatureSchema>;
export type Slip = z.infer<typeof slipSchema>;
export type Drop = z.infer<typeof dropSchema>;
export type MilestoneData = z.infer<typeof milestoneSchema>;
export type CommitmentData = z.infer<typeof commitmentSchema>;
export type PlanData = z.infer<typeof planSchema>;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
