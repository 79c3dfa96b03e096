// JSON Schemas for editors, generated from the core's zod schemas (never written by hand), so
// that the YAML language server validates and completes playbook.yaml and people.yaml, and the
// remark language server (.remarkrc.mjs) checks the frontmatter of accounts, plans and guides,
// exactly as the checker reads them. A date is `YYYY-MM-DD` text, as people write it (the zod
// schema also accepts the `Date` some YAML parsers make of it; an editor only ever sees the text).
import { refusedLevel, RULES, STRUCTURAL_RULES } from './rules/catalog.ts';
import { accountSchema, dateSchema, durationSchema, guideSchema, peopleSchema, planSchema, settingsSchema, textSchema, windowSchema } from './schema/index.ts';
import * as z from './zod.ts';
import type { ZodTypeAny } from './zod.ts';

type JsonObject = { [key: string]: unknown };

export interface JsonSchemaDocument {
  /** The file name under the schemas folder: `plan.schema.json`. */
  file: string;
  /** What it describes, and which files it is for. */
  title: string;
  description: string;
  /** Glob patterns (relative to the repository) of the files it applies to, for editor settings. */
  appliesTo: readonly string[];
  schema: ZodTypeAny;
}

export const JSON_SCHEMA_DOCUMENTS: readonly JsonSchemaDocument[] = [
  {
    file: 'playbook.schema.json',
    title: 'playbook.yaml',
    description: "The playbook's settings: title, time zone, cadences, the handoff checklist, rule levels and the repository.",
    appliesTo: ['**/playbook.yaml'],
    schema: settingsSchema,
  },
  {
    file: 'people.schema.json',
    title: 'people.yaml',
    description: 'Our own team, keyed by person id (lowercase kebab-case, such as jane-doe).',
    appliesTo: ['**/people.yaml'],
    schema: peopleSchema,
  },
  {
    file: 'account.schema.json',
    title: 'Account plan frontmatter (accounts/<account>/index.mdx)',
    description: 'Who owns the relationship, who the client’s people are, and every touchpoint with them.',
    appliesTo: ['**/accounts/*/index.mdx'],
    schema: accountSchema,
  },
  {
    file: 'plan.schema.json',
    title: 'Implementation action plan frontmatter (accounts/<account>/<plan>.mdx)',
    description: 'Who does what by when on both sides: milestones, commitments, slips, the agreement and the handoff checklist.',
    appliesTo: ['**/accounts/*/!(index).mdx'],
    schema: planSchema,
  },
  {
    file: 'guide.schema.json',
    title: 'Guide frontmatter (guides/<guide>.mdx)',
    description: "One of the playbook's how-to pages.",
    appliesTo: ['**/guides/*.mdx'],
    schema: guideSchema,
  },
];

const DATE = {
  type: 'string' as const,
  // Years 1900 to 2999, as the checker takes them.
  pattern: '^(19\\d\\d|2\\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  format: 'date',
  description: 'A calendar date written YYYY-MM-DD, such as 2026-11-02',
};
// 1 day to 520 weeks (3,640 days) for a cadence, from 0 days for a window: the checker's bounds.
const UP_TO_3640_DAYS = '[1-9]\\d{0,2}|[12]\\d{3}|3[0-5]\\d{2}|36[0-3]\\d|3640';
const UP_TO_520_WEEKS = '[1-9]\\d?|[1-4]\\d{2}|5[01]\\d|520';
const DURATION = { type: 'string' as const, pattern: `^((${UP_TO_3640_DAYS})d|(${UP_TO_520_WEEKS})w)$`, description: 'Days or weeks, from 1d to 520w, such as 10d or 2w' };
const WINDOW = { type: 'string' as const, pattern: `^(0[dw]|(${UP_TO_3640_DAYS})d|(${UP_TO_520_WEEKS})w)$`, description: 'Days or weeks, from 0d to 520w, such as 1d' };
const TEXT = { type: 'string' as const, minLength: 1, pattern: '\\S' };

/**
 * The shared building blocks, written as an editor should see them: a date is `YYYY-MM-DD` text
 * (zod's preprocessing and refinements have no JSON Schema form). A field's own description, set
 * on the field with `.describe()`, is kept over the block's.
 */
const BLOCKS = new Map<ZodTypeAny, JsonObject>([
  [dateSchema, DATE],
  [durationSchema, DURATION],
  [windowSchema, WINDOW],
  [textSchema, TEXT],
]);

/** The building block a schema was made from (`.describe()` and `.default()` make clones of it). */
function blockOf(schema: ZodTypeAny): JsonObject | undefined {
  for (let node: ZodTypeAny | undefined = schema; node; node = node._zod.parent as ZodTypeAny | undefined) {
    const block = BLOCKS.get(node);
    if (block) return block;
  }
  return undefined;
}

/** The JSON Schema (draft-07) of one document. */
export function generateJsonSchema(document: JsonSchemaDocument): JsonObject {
  const generated = z.toJSONSchema(document.schema, {
    target: 'draft-07',
    io: 'input',
    reused: 'inline',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const block = blockOf(zodSchema as unknown as ZodTypeAny);
      if (!block) return;
      const { description, default: defaultValue } = jsonSchema as JsonObject;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonObject)[key];
      Object.assign(jsonSchema, block, description === undefined ? {} : { description }, defaultValue === undefined ? {} : { default: defaultValue });
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  const schema: JsonObject = { $schema, title: document.title, description: document.description, ...rest };
  if (document.schema === settingsSchema) describeRules(schema);
  return schema;
}

/** `rules:` takes the rule ids of the catalogue, each with what it is for, so an editor completes them. */
function describeRules(schema: JsonObject): void {
  const properties = schema.properties as Record<string, JsonObject>;
  const rules = properties.rules!;
  const level = rules.additionalProperties as JsonObject;
  rules.properties = Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      // Only the levels the loader accepts (refusedLevel: `schema` cannot be changed, the other
      // structural rules cannot be turned off).
      {
        type: 'string',
        enum: (level.enum as string[]).filter((value) => refusedLevel(rule.id, value) === undefined),
        description: `${rule.description} (${rule.id === 'schema' ? 'always error: it cannot be changed' : STRUCTURAL_RULES.includes(rule.id) ? `default: ${rule.severity}; it stops the build at any level, and cannot be turned off` : `default: ${rule.severity}`})`,
      },
    ]),
  );
  rules.additionalProperties = false;
}

/** Every schema file's name and text, as `playbook schema` writes them. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(JSON_SCHEMA_DOCUMENTS.map((document) => [document.file, `${JSON.stringify(generateJsonSchema(document), null, 2)}\n`]));
}
