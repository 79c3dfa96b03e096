// JSON Schemas for editors, generated from the core's zod schemas (never written by hand), so
// that the YAML language server validates and completes playbook.yaml and people.yaml, and the
// remark language server (.remarkrc.mjs) checks the frontmatter of accounts, plans and guides,
// exactly as the checker reads them. A date is `YYYY-MM-DD` text, as people write it (the zod
// schema also accepts the `Date` some YAML parsers make of it; an editor only ever sees the text).
import { ignoreOverride, zodToJsonSchema } from 'zod-to-json-schema';
import { RULES } from './rules/catalog.ts';
import { accountSchema, dateSchema, durationSchema, guideSchema, peopleSchema, planSchema, settingsSchema, textSchema } from './schema/index.ts';
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
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  format: 'date',
  description: 'A calendar date written YYYY-MM-DD, such as 2026-11-02',
};
const DURATION = { type: 'string' as const, pattern: '^([1-9]\\d*|0)[dw]$', description: 'Days or weeks, such as 10d or 2w' };
const TEXT = { type: 'string' as const, minLength: 1, pattern: '\\S' };

/** The JSON Schema (draft-07) of one document. */
export function generateJsonSchema(document: JsonSchemaDocument): JsonObject {
  const generated = zodToJsonSchema(document.schema, {
    target: 'jsonSchema7',
    $refStrategy: 'none',
    effectStrategy: 'input',
    pipeStrategy: 'input',
    removeAdditionalStrategy: 'strict',
    override: (def) => {
      if (def === dateSchema._def) return { ...DATE };
      if (def === durationSchema._def) return { ...DURATION };
      if (def === textSchema._def) return { ...TEXT };
      return ignoreOverride;
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  const schema: JsonObject = { $schema, title: document.title, description: document.description, ...rest };
  if (document.schema === settingsSchema) describeRules(schema);
  for (const [path, description] of Object.entries(FIELD_DESCRIPTIONS[document.file] ?? {})) {
    const node = nodeAt(schema, path);
    if (!node) throw new Error(`${document.file}: no field ${path} to describe`);
    node.description = description;
  }
  return schema;
}

/**
 * What each field means, shown by an editor on hover (from the playbook format). Only words:
 * every rule a value must follow comes from the zod schemas. A path is fields separated by dots,
 * `[]` for a list's entries and `*` for a map's values; a field that no longer exists fails.
 */
const FIELD_DESCRIPTIONS: Record<string, Record<string, string>> = {
  'playbook.schema.json': {
    title: 'The site title',
    timezone: 'The IANA time zone whose date is "today", such as America/Toronto (default UTC)',
    follow_up_every: 'Default contact cadence for accounts, such as 2w',
    remind_before: 'How long before a due date a commitment is due soon, such as 1d',
    handoff_checklist: 'Checklist item id -> what must be true before kickoff',
    rules: 'Rule id -> error | warning | notice | off',
    repository: 'Where the playbook source lives, for "edit this page" links and links to a finding\'s line',
    'repository.url': 'The repository web address, such as https://github.com/acme/playbook',
    'repository.branch': 'The branch the links point at (default main)',
    'repository.content_path': "The content folder's path inside the repository (default content)",
  },
  'people.schema.json': {
    '*': 'One of our people; the key is their person id, used everywhere else in the playbook',
    '*.name': 'Their full name',
    '*.github': 'Their GitHub user name, without the @',
  },
  'account.schema.json': {
    name: "The client's name",
    owner: 'The relationship owner: a person id from people.yaml',
    stage: 'prospect | onboarding | delivery | partner | paused | closed',
    since: 'When the relationship started (YYYY-MM-DD)',
    follow_up_every: "How often we are in touch, such as 1w (default: playbook.yaml's)",
    governance_every: 'How often we hold a governance review (a touchpoint of kind review), such as 4w',
    team: 'Our people who work with this client: person ids',
    contacts: "The client's people; plans and touchpoints refer to them by name",
    touchpoints: 'Every call, meeting, email, visit or review with the client (playbook log adds one)',
    'touchpoints[].date': 'When it happened (YYYY-MM-DD), never after today',
    'touchpoints[].by': 'Who from our side: a person id',
    'touchpoints[].with': 'Contact names, as written in contacts',
    'touchpoints[].kind': 'call | meeting | email | visit | review (a review is a governance review)',
  },
  'plan.schema.json': {
    title: 'What the plan delivers',
    owner: 'Our delivery lead: a person id',
    status: 'draft | agreed | active | done | cancelled',
    kickoff: 'When the work starts (YYYY-MM-DD)',
    target: 'When it is all done (YYYY-MM-DD)',
    break_in_until: 'The end of the break-in period (YYYY-MM-DD)',
    agreement: 'The letter of agreement, signed by both sides',
    'agreement.customer': "The client's signature: by (a contact's name) and date",
    'agreement.us': 'Our signature: by (a person id) and date',
    handoff: "Checklist item id (from playbook.yaml's handoff_checklist) -> the date it was done",
    milestones: 'Milestones: id, title, due, and done once reached',
    commitments: 'Who does what by when, on either side',
    'commitments[].owner': "A person id (our side) or a contact's name (the client's side)",
    'commitments[].milestone': 'The id of the milestone it belongs to',
    'commitments[].after': 'Ids of the commitments this one waits for',
    'commitments[].done': 'The date it was kept (playbook done sets it)',
    'commitments[].risk': 'What puts it at risk, when known',
    'commitments[].dropped': 'Given up openly: date, reason and who on the client side was told (playbook drop)',
    'commitments[].slips': 'Every time the due date moved (playbook slip records one and moves due)',
    'commitments[].slips[].told': "Who on the client's side was told",
  },
  'guide.schema.json': {
    title: 'The guide title',
    summary: 'One line on what it is for',
    owner: 'Who keeps it up to date: a person id',
    review_by: 'When it must be reread (YYYY-MM-DD)',
  },
};

function nodeAt(schema: JsonObject, path: string): JsonObject | undefined {
  let node: JsonObject | undefined = schema;
  for (const part of path.split('.')) {
    if (!node) return undefined;
    const list = part.endsWith('[]');
    const name = list ? part.slice(0, -2) : part;
    node = name === '*' ? (node.additionalProperties as JsonObject | undefined) : ((node.properties as Record<string, JsonObject> | undefined)?.[name]);
    if (list) node = node?.items as JsonObject | undefined;
  }
  return node;
}

/** `rules:` takes the rule ids of the catalogue, each with what it is for, so an editor completes them. */
function describeRules(schema: JsonObject): void {
  const properties = schema.properties as Record<string, JsonObject>;
  const rules = properties.rules!;
  const level = rules.additionalProperties as JsonObject;
  rules.properties = Object.fromEntries(
    RULES.map((rule) => [
      rule.id,
      // The loader refuses to turn `schema` down: content that does not validate cannot be judged.
      rule.id === 'schema'
        ? { type: 'string', enum: ['error'], description: `${rule.description} (always error: it cannot be changed)` }
        : { ...level, description: `${rule.description} (default: ${rule.severity})` },
    ]),
  );
  rules.additionalProperties = false;
}

/** Every schema file's name and text, as `playbook schema` writes them. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(JSON_SCHEMA_DOCUMENTS.map((document) => [document.file, `${JSON.stringify(generateJsonSchema(document), null, 2)}\n`]));
}
