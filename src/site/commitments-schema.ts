// The JSON Schema of /commitments.json, published beside it (/commitments.schema.json) as the
// contract asks, so that other tools can check what they read.
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

export const COMMITMENTS_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Followthrough commitments',
  description: 'Every commitment of the playbook with its status as of the day the site was built.',
  type: 'object',
  required: ['title', 'asOf', 'commitments'],
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string' },
    asOf: date,
    commitments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'account', 'accountName', 'plan', 'planTitle', 'planStatus', 'id', 'what', 'side', 'owner', 'ownerName', 'due', 'originalDue', 'status', 'open', 'daysLate', 'url'],
        properties: {
          key: { type: 'string', description: '<account>/<plan>#<id>' },
          account: { type: 'string' },
          accountName: { type: 'string' },
          plan: { type: 'string' },
          planTitle: { type: 'string' },
          planStatus: { enum: ['draft', 'agreed', 'active', 'done', 'cancelled'] },
          id: { type: 'string' },
          what: { type: 'string' },
          side: { enum: ['ours', 'client', 'internal'] },
          owner: { type: 'string', description: 'A person id (ours, internal) or a contact name (the client)' },
          ownerName: { type: 'string' },
          chaser: nullable({ type: 'string', description: "For the client's commitments: the person id who follows it up" }),
          due: date,
          originalDue: date,
          status: { enum: ['done', 'dropped', 'overdue', 'due-soon', 'at-risk', 'open'] },
          open: { type: 'boolean' },
          daysLate: { type: 'integer', minimum: 0 },
          done: nullable(date),
          dropped: nullable({ type: 'object' }),
          added: nullable({
            type: 'object',
            description: 'Added after the agreement was signed: when, who on the client\'s side agreed (told) and why; null when part of the scope both sides signed',
            required: ['date', 'reason'],
            properties: { date, told: { type: 'string' }, reason: { type: 'string' } },
          }),
          milestone: nullable({ type: 'string' }),
          after: { type: 'array', items: { type: 'string' } },
          risk: nullable({ type: 'string' }),
          slips: { type: 'array', items: { type: 'object', required: ['date', 'from', 'to'], properties: { date, from: date, to: date } } },
          url: { type: 'string' },
        },
      },
    },
  },
} as const;
