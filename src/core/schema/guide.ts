import { z } from '../zod.ts';
import { dateSchema, idSchema, listOf, textSchema } from './common.ts';

/** The frontmatter of guides/<guide>.mdx. */
export const guideSchema = z
  .object({
    title: textSchema,
    summary: textSchema.optional(),
    owner: idSchema.optional(),
    review_by: dateSchema.optional(),
    tags: listOf(textSchema),
  })
  .strict();

export type GuideData = z.infer<typeof guideSchema>;
