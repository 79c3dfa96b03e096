import * as z from '../zod.ts';
import { dateSchema, idSchema, listOf, textSchema } from './common.ts';

/** The frontmatter of guides/<guide>.mdx. */
export const guideSchema = z.strictObject({
  title: textSchema.describe('The guide title'),
  summary: textSchema.optional().describe('One line on what it is for'),
  owner: idSchema.optional().describe('Who keeps it up to date: a person id'),
  review_by: dateSchema.optional().describe('When it must be reread (YYYY-MM-DD)'),
  tags: listOf(textSchema).describe('Words to find it by'),
});

export type GuideData = z.infer<typeof guideSchema>;
