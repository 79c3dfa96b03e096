// The JSON Schemas editors use are generated from the core's zod schemas: the committed ones must
// be what `playbook schema` writes today, they must accept the tests' own playbooks, and they must
// reject what the core rejects (the broken cases of tests/core/schema-errors.test.ts that a JSON
// Schema can see: not YAML that does not parse, nor a file's name).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { isCalendarDate } from '../../src/core/dates.ts';
import { locateFrontmatter } from '../../src/core/edit/frontmatter.ts';
import { JSON_SCHEMA_DOCUMENTS, renderJsonSchemas } from '../../src/core/json-schema.ts';
import { ACCOUNT_PATH, createPlaybook, DEFAULT_ACCOUNT, DEFAULT_FILES, DEFAULT_PEOPLE, DEFAULT_SETTINGS, findingsOf, mdx, mdxText, plan, PLAN_PATH, text } from '../helpers/playbook-fixture.ts';
import { FILES as AUTHORING_FIXTURE } from '../authoring/fixture.ts';
import { TREND_FILES } from '../helpers/trend-fixture.ts';
import { FIXTURE_FILES } from '../site/fixture-playbook.ts';
import { RICH_FILES } from '../site/rich-playbook.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMAS = join(ROOT, 'schemas');

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addFormat('date', isCalendarDate);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validators = new Map<string, ValidateFunction>();
for (const file of readdirSync(SCHEMAS)) validators.set(file, ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as object));

/** Which schema a content path is for. */
function schemaFileFor(contentPath: string): string {
  if (contentPath === 'playbook.yaml') return 'playbook.schema.json';
  if (contentPath === 'people.yaml') return 'people.schema.json';
  if (/^accounts\/[^/]+\/index\.mdx$/.test(contentPath)) return 'account.schema.json';
  if (/^accounts\/[^/]+\/[^/]+\.mdx$/.test(contentPath)) return 'plan.schema.json';
  if (/^guides\/[^/]+\.mdx$/.test(contentPath)) return 'guide.schema.json';
  throw new Error(`no schema for ${contentPath}`);
}

/** The YAML of a file as the loader reads it (the core schema: dates stay text). */
function dataOf(contentPath: string, fileText: string): unknown {
  const yaml = contentPath.endsWith('.mdx') ? locateFrontmatter(fileText)!.yaml : fileText;
  return jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA }) ?? {};
}

function validate(contentPath: string, fileText: string): { valid: boolean; errors: string } {
  const validator = validators.get(schemaFileFor(contentPath))!;
  const valid = validator(dataOf(contentPath, fileText));
  return { valid, errors: ajv.errorsText(validator.errors) };
}

describe('the committed JSON Schemas', () => {
  it('are exactly what `playbook schema` generates now (run `npm run playbook -- schema` after changing a schema)', () => {
    const generated = renderJsonSchemas();
    expect(readdirSync(SCHEMAS).sort()).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(join(SCHEMAS, file), 'utf8'), file).toBe(text);
  });

  it('`playbook schema --check` agrees', async () => {
    const out: string[] = [];
    const io = { env: {}, cwd: ROOT, now: () => new Date(), stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) } };
    expect(await main(['schema', '--check'], io)).toBe(0);
    expect(out.join('')).toBe('The 5 JSON Schemas in schemas are up to date.\n');
  });

  it('are draft-07 and say what they are for', () => {
    for (const document of JSON_SCHEMA_DOCUMENTS) {
      const schema = JSON.parse(readFileSync(join(SCHEMAS, document.file), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title).toBe(document.title);
    }
  });

  it('describe a date as YYYY-MM-DD text, not as whatever a parser makes of it', () => {
    const plan = JSON.parse(readFileSync(join(SCHEMAS, 'plan.schema.json'), 'utf8'));
    expect(plan.properties.kickoff).toMatchObject({ type: 'string', format: 'date', pattern: expect.stringContaining('(19\\d\\d|2\\d{3})-') });
  });

  it('are mapped in the VS Code workspace settings, and the YAML extension is recommended', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual({
      './schemas/playbook.schema.json': ['**/playbook.yaml'],
      './schemas/people.schema.json': ['**/people.yaml'],
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(ROOT, schema))).toBe(true);
    const extensions = JSON.parse(readFileSync(join(ROOT, '.vscode/extensions.json'), 'utf8'));
    expect(extensions.recommendations).toContain('redhat.vscode-yaml');
  });
});

describe('they accept valid playbooks', () => {
  it.each(Object.entries(FIXTURE_FILES))('the site fixture’s %s (every page of the site)', (path, fileText) => {
    const { valid, errors } = validate(path, fileText);
    expect(valid, errors).toBe(true);
  });

  it.each(Object.entries(RICH_FILES).filter(([path]) => !(path in FIXTURE_FILES) || path === 'people.yaml'))('the rich playbook’s %s (written from data, incidents)', (path, fileText) => {
    const { valid, errors } = validate(path, fileText);
    expect(valid, errors).toBe(true);
  });

  it.each(Object.entries(TREND_FILES))('the trend fixture’s %s (incidents, teams, plans in every status)', (path, fileText) => {
    const { valid, errors } = validate(path, fileText);
    expect(valid, errors).toBe(true);
  });

  it.each(Object.entries({ ...DEFAULT_FILES, [PLAN_PATH]: plan('milestones:\n  - id: pilot\n    title: Pilot\n    due: 2026-12-01\n') }))('the core tests’ default %s', (path, fileText) => {
    const { valid, errors } = validate(path, fileText);
    expect(valid, errors).toBe(true);
  });

  it.each(Object.entries(AUTHORING_FIXTURE))('the authoring fixture’s %s (comments, quoting, flow lists, CRLF)', (path, fileText) => {
    const { valid, errors } = validate(path, fileText);
    expect(valid, errors).toBe(true);
  });
});

const ACCOUNT_WITH = (line: string, value: string) => DEFAULT_ACCOUNT.replace(line, value);
const ACCOUNT_WITH_TOUCHPOINT = (date: string, kind: string) =>
  DEFAULT_ACCOUNT.replace('    kind: call\n---', `    kind: call\n  - date: ${date}\n    by: jane-doe\n    kind: ${kind}\n---`);
const commitment = (extra: string) => plan(`commitments:\n  - id: install\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n${extra}`);

/** [what is broken, the file, its text]: each also fails the core's own validation. */
const BROKEN: [string, string, string][] = [
  ['an unknown field in a guide', 'guides/handing-over.mdx', mdxText`
    title: Handing over
    sumary: What sales hands over
  `],
  ['an unknown field in a commitment', PLAN_PATH, commitment('    riks: Firmware\n')],
  ['an unknown field in an account', ACCOUNT_PATH, ACCOUNT_WITH('stage: delivery', 'stage: delivery\nbudget: 100k')],
  ['an unknown field in a contact', ACCOUNT_PATH, ACCOUNT_WITH('role: Operations director', 'rol: Operations director')],
  ['an unknown field in playbook.yaml', 'playbook.yaml', `${DEFAULT_SETTINGS}remind_befor: 2d\n`],
  ['an unknown field of a person', 'people.yaml', `${DEFAULT_PEOPLE}ana-ruiz:\n  name: Ana Ruiz\n  mail: ana@x.example\n`],
  ['a missing required field of an account', ACCOUNT_PATH, ACCOUNT_WITH('since: 2026-01-05\n', '')],
  ['a missing required field of a commitment', PLAN_PATH, plan('commitments:\n  - id: install\n    what: Install\n    due: 2026-12-01\n')],
  ['missing fields of a slip', PLAN_PATH, commitment('    slips:\n      - date: 2026-11-01\n        from: 2026-11-15\n        told: Bob Smith\n')],
  ['a missing name of a person', 'people.yaml', `${DEFAULT_PEOPLE}ana-ruiz:\n  role: IT\n`],
  ['a missing title of a guide', 'guides/handing-over.mdx', mdxText`
    owner: jane-doe
  `],
  ['a wrong plan status', PLAN_PATH, plan('', { status: 'activ' })],
  ['a wrong account stage', ACCOUNT_PATH, ACCOUNT_WITH('stage: delivery', 'stage: won')],
  ['a wrong touchpoint kind', ACCOUNT_PATH, ACCOUNT_WITH_TOUCHPOINT('2026-11-10', 'cal')],
  ['a wrong rule level', 'playbook.yaml', `${DEFAULT_SETTINGS}rules:\n  overdue: loud\n`],
  ['an unknown rule id', 'playbook.yaml', `${DEFAULT_SETTINGS}rules:\n  overdeu: error\n`],
  ['`schema` turned down', 'playbook.yaml', `${DEFAULT_SETTINGS}rules:\n  schema: warning\n`],
  ['a number where text belongs', PLAN_PATH, plan('').replace('title: Rollout', 'title: 42')],
  ['text where a list belongs', ACCOUNT_PATH, ACCOUNT_WITH('team: [kim-lee, omar-haddad]', 'team: kim-lee')],
  ['text where a group of fields belongs', PLAN_PATH, commitment('    dropped: 2026-11-01\n')],
  ['an empty required value', PLAN_PATH, plan('').replace('title: Rollout', 'title:')],
  ['a blank required value', PLAN_PATH, plan('').replace('title: Rollout', 'title: "  "')],
  ...[
    ['a month 13', '2026-13-01'],
    ['February 30', '2026-02-30'],
    ['February 29 of a common year', '2027-02-29'],
    ['a date with a time', '2026-11-02T10:00:00'],
    ['a date with a time after a space', '2026-11-02 10:00'],
    ['a date without leading zeros', '2026-9-1'],
    ['a date in another order', '01/09/2026'],
    ['a number where a date belongs', '20260901'],
  ].map(([what, date]): [string, string, string] => [`${what} (${date})`, PLAN_PATH, plan('', { kickoff: date })]),
  ['a bad date inside a touchpoint', ACCOUNT_PATH, ACCOUNT_WITH_TOUCHPOINT('2026-11-31', 'call')],
  ['a bad date in a slip', PLAN_PATH, commitment('    slips:\n      - date: 2026-11-01\n        from: 2026-11-15\n        to: 2026-11-31\n        reason: x\n')],
  ['a bad handoff date', PLAN_PATH, plan('').replace('partner-onboarded: 2026-08-25', 'partner-onboarded: soon')],
  ...['2 weeks', '1m', '-1d', '1.5d'].map((duration): [string, string, string] => [`a duration ${duration}`, 'playbook.yaml', `${DEFAULT_SETTINGS}remind_before: ${duration}\n`]),
  ['an account cadence that is not a duration', ACCOUNT_PATH, ACCOUNT_WITH('stage: delivery', 'stage: delivery\ngovernance_every: monthly')],
  ['a commitment id that is not kebab-case', PLAN_PATH, plan('commitments:\n  - id: Install_Scanners\n    what: Install\n    owner: kim-lee\n    due: 2026-12-01\n')],
  ['an owner that is not an id', PLAN_PATH, plan('').replace('owner: kim-lee', 'owner: Kim Lee')],
  ['a person id that is not kebab-case', 'people.yaml', `${DEFAULT_PEOPLE}Ana_Ruiz:\n  name: Ana Ruiz\n`],
  ['a person written as text instead of fields', 'people.yaml', `${DEFAULT_PEOPLE}ana-ruiz: Ana Ruiz\n`],
  ['a bad email', 'people.yaml', `${DEFAULT_PEOPLE}ana-ruiz:\n  name: Ana Ruiz\n  email: ana at example\n`],
  ['a GitHub name with an @', 'people.yaml', `${DEFAULT_PEOPLE}ana-ruiz:\n  name: Ana Ruiz\n  github: '@anaruiz'\n`],
  ['a handoff item id that is not an id', PLAN_PATH, plan('').replace('partner-onboarded: 2026-08-25', 'Partner Onboarded: 2026-08-25')],
  ['a repository address that is not a URL', 'playbook.yaml', `${DEFAULT_SETTINGS}repository:\n  url: acme/playbook\n`],
  ['a signature without a date', PLAN_PATH, plan('').replace('us: { by: jane-doe, date: 2026-08-20 }', 'us: { by: jane-doe }')],
  ['a guide review date with a time', 'guides/handing-over.mdx', mdxText`
    title: Handing over
    review_by: 2027-01-01T00:00:00Z
  `],
];

describe('they reject what the core rejects', () => {
  it.each(BROKEN)('%s', (_, path, fileText) => {
    // The core says it is broken...
    const schemaFindings = findingsOf({ [path]: fileText }).filter((f) => f.rule === 'schema' && f.file === path);
    expect(schemaFindings.length, 'the core reports it').toBeGreaterThan(0);
    // ...and so does the JSON Schema an editor uses.
    expect(validate(path, fileText).valid).toBe(false);
  });

  it('an unknown time zone is the one thing only the checker sees (editors cannot know every IANA zone)', () => {
    const fileText = `timezone: Mars/Olympus\n${DEFAULT_SETTINGS}`;
    expect(findingsOf({ 'playbook.yaml': fileText }).map((f) => f.rule)).toEqual(['schema']);
    expect(validate('playbook.yaml', fileText).valid).toBe(true);
  });

  it('sanity: the same texts fixed are accepted', () => {
    expect(validate(PLAN_PATH, plan('', { kickoff: '2028-02-29' })).valid).toBe(true);
    expect(validate('people.yaml', `${DEFAULT_PEOPLE}ana-ruiz:\n  name: Ana Ruiz\n  github: anaruiz\n`).valid).toBe(true);
    expect(validate(ACCOUNT_PATH, mdx(text`
      name: X
      owner: jane-doe
      stage: prospect
      since: 2026-01-01
    `)).valid).toBe(true);
  });
});

describe('the VS Code task that puts every finding in the Problems panel', () => {
  it('its problem matcher reads the lines `playbook check` prints', async () => {
    const tasks = JSON.parse(readFileSync(join(ROOT, '.vscode/tasks.json'), 'utf8'));
    const task = tasks.tasks.find((t: { label: string }) => t.label === 'playbook check');
    const pattern = task.problemMatcher.pattern;
    const regexp = new RegExp(pattern.regexp);
    const playbook = createPlaybook({ [PLAN_PATH]: plan('', { kickoff: '2026-02-30' }), 'guides/x.mdx': mdx('title: X\nreview_by: 2026-01-01\n') });
    const out: string[] = [];
    const io = { env: { PLAYBOOK_AS_OF: '2026-11-22', NO_COLOR: '1' }, cwd: playbook.root, now: () => new Date(), stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => 0 } };
    await main(['check', '--fail-on', 'never'], io);
    const lines = out.join('').split('\n').filter((line) => line.startsWith('  '));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const matched = lines.map((line) => regexp.exec(line));
    expect(matched.every(Boolean), lines.join('\n')).toBe(true);
    const kickoff = matched.find((m) => m![pattern.code] === 'schema')!;
    expect([kickoff[pattern.file], kickoff[pattern.line], kickoff[pattern.column], kickoff[pattern.severity]]).toEqual(['content/accounts/northwind/rollout.mdx', '5', '10', 'error']);
    expect(kickoff[pattern.message]).toMatch(/^plan: `kickoff` is "2026-02-30"; expected a real calendar date/);
    expect(matched.some((m) => m![pattern.severity] === 'notice' && m![pattern.code] === 'guide-review-due')).toBe(true);
  });
});
