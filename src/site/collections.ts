// The playbook's MDX files as Astro content collections. The loader (src/site/loader.ts, reached
// through loader-handle.ts, which says why) hands over the files the core has read and validated
// with its own schemas (src/core/schema), the same validation `playbook check` runs. A build never
// gets here with a structural finding (its gate stops first, and the loader refuses it too);
// `astro dev` holds what could be read, and says what to fix (loader.ts). Each entry keeps a short
// summary of its frontmatter: pages read the rest from the core's derived model, which is what
// makes the site and the CLI agree.
//
// Exported as `followthrough/content`: a team's src/content.config.ts is one line re-exporting
// `collections`, as this repository's is.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { playbookLoader } from './loader-handle.ts';

export const collections = {
  accounts: defineCollection({
    loader: playbookLoader('accounts'),
    schema: z.object({ name: z.string(), owner: z.string(), stage: z.string() }),
  }),
  plans: defineCollection({
    loader: playbookLoader('plans'),
    schema: z.object({ title: z.string(), owner: z.string(), status: z.string() }),
  }),
  guides: defineCollection({
    loader: playbookLoader('guides'),
    schema: z.object({ title: z.string() }),
  }),
};

// For a team that declares collections of its own beside these.
export { playbookLoader } from './loader-handle.ts';
