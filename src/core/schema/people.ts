import { z } from '../zod.ts';
import { idSchema, textSchema } from './common.ts';

/** One of our own people, in people.yaml under their id. */
export const personSchema = z
  .object({
    name: textSchema,
    role: textSchema.optional(),
    team: textSchema.optional(),
    email: z.string().email({ message: 'expected an email address such as jane@acme.example' }).optional(),
    github: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { message: 'expected a GitHub user name without the @, such as janedoe' })
      .optional(),
  })
  .strict();

/** people.yaml: our team, keyed by person id. */
export const peopleSchema = z.record(idSchema, personSchema);

export type Person = z.infer<typeof personSchema>;
