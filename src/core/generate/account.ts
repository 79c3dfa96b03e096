// accounts/<account>/index.mdx for the synthetic playbook: the account plan with its client
// contacts, our team and a touchpoint history. Most accounts were contacted within their cadence
// and had their governance review on time; a realistic minority went stale.
import { addDays, daysBetween, durationDays, earliest, latest } from './days.ts';
import type { OurPerson, Staff } from './people.ts';
import { accountBody } from './prose.ts';
import type { Random } from './random.ts';
import {
  COMPANY_PREFIXES, COMPANY_REGIONS, COMPANY_SECTORS, CONTACT_ROLES, FIRST_NAMES, LAST_NAMES, TOUCHPOINT_NOTES,
} from './words.ts';
import { flowList, scalar } from './yaml-text.ts';
import { idFrom } from '../schema/values.ts';

type Stage = 'prospect' | 'onboarding' | 'delivery' | 'partner' | 'paused' | 'closed';

export interface Account {
  id: string;
  name: string;
  stage: Stage;
  since: string;
  owner: OurPerson;
  team: OurPerson[];
  contacts: { name: string; role: string; email?: string; phone?: string }[];
  followUpEvery?: string;
  governanceEvery?: string;
}

/** Chance that an account is contacted within its cadence (and reviewed on time). */
const ON_TIME = 0.85;

/** A new account with an id no other account has. */
export function makeAccount(rng: Random, staff: Staff, asOf: string, takenIds: Set<string>): Account {
  let name = '';
  let id = '';
  // Retry a few random names before falling back to a numbered id, so big playbooks stay readable.
  for (let attempt = 0; attempt < 20 && (id === '' || takenIds.has(id)); attempt++) {
    const region = rng.chance(0.3) ? ` ${rng.pick(COMPANY_REGIONS)}` : '';
    name = `${rng.pick(COMPANY_PREFIXES)}${region} ${rng.pick(COMPANY_SECTORS)}`;
    id = idFrom(name);
  }
  const base = id;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);

  const stage = rng.weighted<Stage>({ delivery: 45, partner: 20, onboarding: 15, prospect: 8, paused: 7, closed: 5 });
  const contacts: Account['contacts'] = [];
  const contactCount = rng.int(2, 5);
  while (contacts.length < contactCount) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    // Contacts are referred to by name, so names are unique within an account.
    if (contacts.some((c) => c.name === `${first} ${last}`)) continue;
    contacts.push({
      name: `${first} ${last}`,
      role: rng.pick(CONTACT_ROLES),
      ...(rng.chance(0.8) ? { email: `${idFrom(first)}.${idFrom(last)}@${id}.example` } : {}),
      ...(rng.chance(0.3) ? { phone: `+1 416 555 ${String(rng.int(0, 9999)).padStart(4, '0')}` } : {}),
    });
  }
  return {
    id,
    name,
    stage,
    since: addDays(asOf, -rng.int(120, 900)),
    owner: rng.pick(staff.sales),
    team: rng.sample(staff.delivery, rng.int(1, 3)),
    contacts,
    ...(rng.chance(0.5) ? { followUpEvery: rng.pick(['1w', '2w', '3w', '4w']) } : {}),
    ...((stage === 'delivery' || stage === 'partner') && rng.chance(0.6)
      ? { governanceEvery: rng.pick(['4w', '6w', '8w']) }
      : {}),
  };
}

interface Touchpoint {
  date: string;
  by: string;
  with: string[];
  kind: string;
  note?: string;
}

function touchpoints(rng: Random, account: Account, asOf: string, defaultCadence: string): Touchpoint[] {
  const cadence = durationDays(account.followUpEvery ?? defaultCadence);
  const active = account.stage !== 'paused' && account.stage !== 'closed';
  // The last contact decides `stale-follow-up`: within the cadence, or a little past it.
  const last = !active
    ? addDays(asOf, -rng.int(10, 110))
    : rng.chance(ON_TIME)
      ? addDays(asOf, -rng.int(0, cadence - 1))
      : addDays(asOf, -rng.int(cadence + 1, cadence + 30));
  const dates = [last];
  const kinds = ['call'];
  if (account.governanceEvery) {
    const every = durationDays(account.governanceEvery);
    dates.push(addDays(asOf, -(rng.chance(ON_TIME) ? rng.int(0, every - 1) : rng.int(every + 1, every + 21))));
    kinds.push('review');
  }
  const span = Math.max(0, daysBetween(account.since, last));
  const count = rng.int(3, 12);
  while (dates.length < count) {
    dates.push(addDays(account.since, rng.int(0, span)));
    kinds.push(rng.weighted({ call: 4, email: 3, meeting: 3, visit: 1, review: 1 }));
  }
  const people = [account.owner, ...account.team];
  const result = dates.map((date, i) => ({
    date: latest(account.since, earliest(date, asOf)),
    by: rng.pick(people).id,
    with: rng.sample(account.contacts, rng.int(1, 2)).map((c) => c.name),
    kind: kinds[i]!,
    ...(rng.chance(0.85) ? { note: rng.pick(TOUCHPOINT_NOTES) } : {}),
  }));
  // People log touchpoints in date order.
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function accountFile(
  rng: Random,
  account: Account,
  asOf: string,
  defaultCadence: string,
  things: readonly string[],
): string {
  const lines = [
    '---',
    `name: ${scalar(account.name)}`,
    `owner: ${account.owner.id}`,
    `stage: ${account.stage}`,
    `since: ${account.since}`,
  ];
  if (account.followUpEvery) lines.push(`follow_up_every: ${account.followUpEvery}`);
  if (account.governanceEvery) lines.push(`governance_every: ${account.governanceEvery}`);
  lines.push(`team: ${flowList(account.team.map((p) => p.id))}`, 'contacts:');
  for (const contact of account.contacts) {
    lines.push(`  - name: ${scalar(contact.name)}`, `    role: ${scalar(contact.role)}`);
    if (contact.email) lines.push(`    email: ${contact.email}`);
    if (contact.phone) lines.push(`    phone: ${scalar(contact.phone)}`);
  }
  lines.push('touchpoints:');
  for (const tp of touchpoints(rng, account, asOf, defaultCadence)) {
    lines.push(`  - date: ${tp.date}`, `    by: ${tp.by}`, `    with: ${flowList(tp.with)}`, `    kind: ${tp.kind}`);
    if (tp.note) lines.push(`    note: ${scalar(tp.note)}`);
  }
  lines.push('---', '');
  return lines.join('\n') + accountBody(rng, account.name, account.contacts[0]!.name, things);
}
