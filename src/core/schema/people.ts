import * as z from '../zod.ts';
import { idSchema, textSchema } from './common.ts';

/** One of our own people, in people.yaml under their id. */
export const personSchema = z
  .strictObject({
    name: textSchema.describe('Their full name'),
    role: textSchema.optional().describe('Their role, such as Account executive'),
    team: textSchema.optional().describe('Their team, such as Sales or Delivery'),
    email: z.email({ error: 'expected an email address such as jane@acme.example' }).optional().describe('Their email address'),
    github: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { error: 'expected a GitHub user name without the @, such as janedoe' })
      .optional()
      .describe('Their GitHub user name, without the @'),
  })
  .describe('One of our people; the key is their person id, used everywhere else in the playbook');

/** people.yaml: our team, keyed by person id. */
export const peopleSchema = z.record(idSchema, personSchema);

export type Person = z.infer<typeof personSchema>;
