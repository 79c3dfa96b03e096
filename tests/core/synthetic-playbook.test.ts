// The synthetic playbook feeds the benchmark and the checker's large-input tests, so it must be
// reproducible and free of anything the checker would call an error.
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { accountSchema, guideSchema, peopleSchema, planSchema, settingsSchema } from '../../src/core/schema/index.ts';

const AS_OF = '2026-11-22';
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The YAML of a file: the whole of a .yaml, the frontmatter between the first two `---` of a .mdx. */
function frontmatter(path: string, text: string): unknown {
  if (path.endsWith('.yaml')) return yaml.load(text);
  const lines = text.split('\n');
  expect(lines[0], `${path} starts with ---`).toBe('---');
  const end = lines.indexOf('---', 1);
  expect(end, `${path} closes its frontmatter`).toBeGreaterThan(0);
  return yaml.load(lines.slice(1, end).join('\n'));
}

/** js-yaml reads a bare date as a UTC-midnight Date; compare dates as YYYY-MM-DD text. */
function day(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

type Parsed = Map<string, Record<string, any>>;

function parseAll(files: Map<string, string>): Parsed {
  const parsed: Parsed = new Map();
  for (const [path, text] of files) parsed.set(path, frontmatter(path, text) as Record<string, any>);
  return parsed;
}

const files = generatePlaybook({ accounts: 100, asOf: AS_OF, seed: 42 });
const parsed = parseAll(files);
const plans = [...parsed].filter(([path]) => /^accounts\/[^/]+\/(?!index\.mdx)[^/]+\.mdx$/.test(path));
const commitments = plans.flatMap(([, plan]) => (plan.commitments ?? []) as Record<string, any>[]);

describe('generatePlaybook', () => {
  it('is deterministic for a seed', () => {
    const again = generatePlaybook({ accounts: 100, asOf: AS_OF, seed: 42 });
    expect([...again]).toEqual([...files]);
    const other = generatePlaybook({ accounts: 100, asOf: AS_OF, seed: 43 });
    expect([...other]).not.toEqual([...files]);
  });

  it('writes the expected files for a size', () => {
    const small = generatePlaybook({ accounts: 20, asOf: AS_OF, plansPerAccount: 2, commitmentsPerPlan: 7 });
    const paths = [...small.keys()];
    expect(paths.filter((p) => p === 'playbook.yaml' || p === 'people.yaml')).toHaveLength(2);
    expect(paths.filter((p) => /^accounts\/[^/]+\/index\.mdx$/.test(p))).toHaveLength(20);
    expect(paths.filter((p) => /^accounts\/[^/]+\/(?!index\.mdx)[^/]+\.mdx$/.test(p))).toHaveLength(40);
    expect(paths.filter((p) => p.startsWith('guides/'))).toHaveLength(2);
    expect(small.size).toBe(2 + 20 + 40 + 2);

    expect(files.size).toBe(2 + 100 * 4 + 10);
    expect(commitments).toHaveLength(100 * 3 * 10);
    expect(Object.keys(parsed.get('people.yaml')!)).toHaveLength(100 / 5 + 10);
  });

  it('writes frontmatter that js-yaml parses and the schemas accept', () => {
    for (const [path, data] of parsed) {
      const schema =
        path === 'playbook.yaml' ? settingsSchema
        : path === 'people.yaml' ? peopleSchema
        : path.startsWith('guides/') ? guideSchema
        : path.endsWith('/index.mdx') ? accountSchema
        : planSchema;
      const result = schema.safeParse(data);
      expect(result.success ? [] : result.error.issues, path).toEqual([]);
    }
  });

  it('dates nothing that has happened after asOf', () => {
    const late: string[] = [];
    const check = (path: string, what: string, value: unknown) => {
      if (value !== undefined && day(value) > AS_OF) late.push(`${path} ${what} ${day(value)}`);
    };
    for (const [path, data] of parsed) {
      for (const tp of data.touchpoints ?? []) check(path, 'touchpoint', tp.date);
      for (const m of data.milestones ?? []) check(path, `milestone ${m.id} done`, m.done);
      for (const c of data.commitments ?? []) {
        check(path, `${c.id} done`, c.done);
        check(path, `${c.id} dropped`, c.dropped?.date);
        for (const slip of c.slips ?? []) check(path, `${c.id} slip`, slip.date);
      }
    }
    expect(late).toEqual([]);
  });

  it('chains every slip into the due date, and tells the client of each slip and drop', () => {
    let slipped = 0;
    for (const c of commitments) {
      if (c.dropped) expect(c.dropped.told, c.id).toBeTruthy();
      const slips = (c.slips ?? []) as Record<string, unknown>[];
      if (slips.length === 0) continue;
      slipped++;
      slips.forEach((slip, i) => {
        expect(slip.told, c.id).toBeTruthy();
        if (i > 0) expect(day(slip.from)).toBe(day(slips[i - 1]!.to));
      });
      expect(day(slips.at(-1)!.to)).toBe(day(c.due));
    }
    expect(slipped).toBeGreaterThan(0);
  });

  it('uses only ids and references that exist, with `after` pointing back (no cycles)', () => {
    const people = parsed.get('people.yaml')!;
    const checklist = Object.keys(parsed.get('playbook.yaml')!.handoff_checklist);
    const accountIds = new Set<string>();
    for (const [path, data] of parsed) {
      if (!path.endsWith('/index.mdx')) continue;
      const id = path.split('/')[1]!;
      expect(id).toMatch(ID);
      accountIds.add(id);
      const contacts = new Set(data.contacts.map((c: any) => c.name));
      expect(contacts.size, `${path} contact names are unique`).toBe(data.contacts.length);
      for (const person of [data.owner, ...data.team, ...data.touchpoints.map((t: any) => t.by)]) {
        expect(people, `${path} ${person}`).toHaveProperty([person]);
      }
      for (const tp of data.touchpoints) for (const name of tp.with) expect(contacts.has(name), name).toBe(true);
    }
    expect(accountIds.size).toBe(100);

    for (const [path, plan] of plans) {
      const index = parsed.get(`${path.split('/').slice(0, 2).join('/')}/index.mdx`)!;
      const contacts = new Set(index.contacts.map((c: any) => c.name));
      expect(path.split('/')[2]!.replace(/\.mdx$/, '')).toMatch(ID);
      expect(people).toHaveProperty([plan.owner]);
      if (plan.agreement?.us) expect(people).toHaveProperty([plan.agreement.us.by]);
      if (plan.agreement?.customer) expect(contacts.has(plan.agreement.customer.by)).toBe(true);
      for (const item of Object.keys(plan.handoff ?? {})) expect(checklist).toContain(item);

      const milestoneIds = plan.milestones.map((m: any) => m.id);
      expect(new Set(milestoneIds).size, path).toBe(milestoneIds.length);
      const seen = new Set<string>();
      for (const c of plan.commitments) {
        expect(c.id).toMatch(ID);
        expect(seen.has(c.id) || milestoneIds.includes(c.id), `${path} ${c.id} is unique`).toBe(false);
        if (c.milestone) expect(milestoneIds).toContain(c.milestone);
        // Only earlier commitments can be waited for, so the `after` graph has no cycles.
        for (const dep of c.after ?? []) expect(seen.has(dep), `${path} ${c.id} after ${dep}`).toBe(true);
        const ours = Object.hasOwn(people, c.owner);
        expect(ours || contacts.has(c.owner), `${path} ${c.id} owner ${c.owner}`).toBe(true);
        for (const told of [c.dropped?.told, ...(c.slips ?? []).map((s: any) => s.told)]) {
          if (told !== undefined) expect(contacts.has(told), `${path} ${c.id} told ${told}`).toBe(true);
        }
        seen.add(c.id);
      }
    }
  });

  it('leaves a realistic minority of commitments overdue or due soon', () => {
    const promising = plans.filter(([, p]) => p.status === 'active' || p.status === 'agreed');
    const open = promising.flatMap(([, p]) => p.commitments).filter((c: any) => !c.done && !c.dropped);
    const overdue = open.filter((c: any) => day(c.due) < AS_OF);
    const soon = open.filter((c: any) => day(c.due) === AS_OF || day(c.due) === '2026-11-23');
    expect(overdue.length).toBeGreaterThan(0);
    expect(soon.length).toBeGreaterThan(0);
    expect(overdue.length + soon.length).toBeLessThan(open.length / 4);
    expect(commitments.filter((c) => c.done).length).toBeGreaterThan(commitments.length / 4);
  });
});
