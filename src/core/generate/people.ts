// people.yaml for the synthetic playbook: our own team. Sales people own accounts; delivery and
// customer-success people are the accounts' teams and the plans' owners.
import type { Random } from './random.ts';
import { FIRST_NAMES, LAST_NAMES, OUR_ROLES } from './words.ts';
import { scalar } from './yaml-text.ts';
import { idFrom } from '../schema/values.ts';

export interface OurPerson {
  id: string;
  name: string;
  role: string;
  team: string;
}

export interface Staff {
  all: OurPerson[];
  sales: OurPerson[];
  delivery: OurPerson[];
}

/** `count` people with unique ids; roughly a third in sales, the rest delivery and success. */
export function makeStaff(rng: Random, count: number): Staff {
  const all: OurPerson[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    // Two people may share a name; their ids may not, as in any real team file.
    let id = idFrom(name);
    for (let n = 2; taken.has(id); n++) id = `${idFrom(name)}-${n}`;
    taken.add(id);
    // Every third person is in sales; the others cycle through the delivery and success roles,
    // so even a small team has each kind.
    const { role, team } = i % 3 === 0 ? OUR_ROLES[0] : OUR_ROLES[1 + (i % (OUR_ROLES.length - 1))]!;
    all.push({ id, name, role, team });
  }
  return {
    all,
    sales: all.filter((p) => p.team === 'Sales'),
    delivery: all.filter((p) => p.team !== 'Sales'),
  };
}

export function peopleYaml(rng: Random, staff: Staff): string {
  const blocks = staff.all.map((person) => {
    const lines = [
      `${person.id}:`,
      `  name: ${scalar(person.name)}`,
      `  role: ${scalar(person.role)}`,
      `  team: ${scalar(person.team)}`,
      `  email: ${person.id}@acme.example`,
    ];
    // Not everyone has linked a GitHub account.
    if (rng.chance(0.6)) lines.push(`  github: ${person.id.replace(/-/g, '')}`);
    return lines.join('\n');
  });
  return `# Our team, keyed by person id.\n${blocks.join('\n\n')}\n`;
}
