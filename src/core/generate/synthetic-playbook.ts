// A complete synthetic playbook, for benchmarks and tests: settings, our team, accounts with
// their plans, and guides. Deterministic from a seed (same options, same bytes), dated relative
// to `asOf`, with a realistic share of warnings and notices and no errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { accountFile, makeAccount } from './account.ts';
import { makeStaff, peopleYaml } from './people.ts';
import { guideFiles } from './guide.ts';
import { makePlan } from './plan.ts';
import { planFile } from './plan-file.ts';
import { planBody } from './prose.ts';
import { Random } from './random.ts';
import { PLAN_TEMPLATES } from './words.ts';
import { scalar } from './yaml-text.ts';

export interface GeneratePlaybookOptions {
  accounts: number;
  /** Plans per account; default 3. */
  plansPerAccount?: number;
  /** Commitments per plan, exactly; default 10. */
  commitmentsPerPlan?: number;
  /** Default 1. */
  seed?: number;
  /** "Today" for the generated dates, YYYY-MM-DD. */
  asOf: string;
}

const FOLLOW_UP_EVERY = '2w';

const CHECKLIST: Record<string, string> = {
  'partner-onboarded': 'Partner onboarded and introduced to the delivery team',
  'delivery-briefed': 'Delivery team briefed on what was sold and promised',
  'expectations-set': 'Expectations, training and break-in period agreed with the partner',
  'roles-agreed': 'Who does what by when agreed by both sides',
};

function playbookYaml(): string {
  const checklist = Object.entries(CHECKLIST).map(([id, text]) => `  ${id}: ${scalar(text)}`);
  return [
    'title: Acme Services playbook',
    'timezone: America/Toronto',
    `follow_up_every: ${FOLLOW_UP_EVERY}`,
    'remind_before: 1d',
    'handoff_checklist:',
    ...checklist,
    '',
  ].join('\n');
}

/** Relative file path -> file text, in a stable order. */
export function generatePlaybook(options: GeneratePlaybookOptions): Map<string, string> {
  const { accounts, asOf, plansPerAccount = 3, commitmentsPerPlan = 10, seed = 1 } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`asOf must be YYYY-MM-DD, got ${asOf}`);
  const rng = new Random(seed);
  const files = new Map<string, string>();
  files.set('playbook.yaml', playbookYaml());

  const staff = makeStaff(rng, Math.ceil(accounts / 5) + 10);
  files.set('people.yaml', peopleYaml(rng, staff));

  const accountIds = new Set<string>();
  for (let a = 0; a < accounts; a++) {
    const account = makeAccount(rng, staff, asOf, accountIds);
    const templates = rng.sample(PLAN_TEMPLATES, plansPerAccount);
    const planFiles: [string, string][] = [];
    const things: string[] = [];
    for (let p = 0; p < plansPerAccount; p++) {
      // More plans than templates: later ones are further phases of the same kind of work.
      const template = templates[p % templates.length]!;
      const phase = Math.floor(p / templates.length);
      const slug = phase === 0 ? template.id : `${template.id}-phase-${phase + 1}`;
      const title = phase === 0 ? template.title : `${template.title}, phase ${phase + 1}`;
      const plan = makePlan(rng, {
        account,
        title,
        asOf,
        checklist: Object.keys(CHECKLIST),
        commitments: commitmentsPerPlan,
      });
      const body = planBody(rng, account.name, template.thing, rng.int(3, 12));
      planFiles.push([`accounts/${account.id}/${slug}.mdx`, planFile(plan, body)]);
      if (phase === 0 && things.length < 2) things.push(template.thing);
    }
    files.set(`accounts/${account.id}/index.mdx`, accountFile(rng, account, asOf, FOLLOW_UP_EVERY, things));
    for (const [path, text] of planFiles) files.set(path, text);
  }

  for (const [path, text] of guideFiles(rng, Math.max(1, Math.round(accounts / 10)), staff, asOf)) {
    files.set(path, text);
  }
  return files;
}

/** Writes the files under `dir`, creating folders as needed. Existing other files are kept. */
export function writePlaybook(dir: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
