// Our people by team (people.yaml's `team`), for the tables that split a large playbook by team
// and owner. Teams are keyed `team-<n>` in the page, never by their free-text name, which is only
// ever shown as text.
import { compareText } from '../core/findings.ts';
import { idFrom } from '../core/schema/values.ts';
import type { SitePlaybook } from './playbook.ts';

export interface Team {
  /** `team-0`, `team-1`...: safe in ids and selectors. */
  key: string;
  name: string;
  /** For an address: `customer-success` (kebab-case of the name, made unique). */
  slug: string;
  /** Person ids, by name. */
  people: string[];
}

export const NO_TEAM_NAME = 'No team';

/** The teams of these people (every person of people.yaml by default), by name, "No team" last. */
export function teamsOf(playbook: Pick<SitePlaybook, 'content'>, ids: Iterable<string> = playbook.content.people.keys()): Team[] {
  const { people } = playbook.content;
  const byName = new Map<string, string[]>();
  for (const id of ids) {
    const name = people.get(id)?.team?.trim() || NO_TEAM_NAME;
    const list = byName.get(name) ?? [];
    list.push(id);
    byName.set(name, list);
  }
  const name = (id: string) => people.get(id)?.name ?? id;
  const slugs = new Set<string>();
  return [...byName.entries()]
    .sort(([a], [b]) => Number(a === NO_TEAM_NAME) - Number(b === NO_TEAM_NAME) || compareText(a, b))
    .map(([team, members], i) => ({ key: `team-${i}`, name: team, slug: uniqueSlug(team, slugs), people: members.sort((a, b) => compareText(name(a), name(b)) || compareText(a, b)) }));
}

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = idFrom(name) || 'team';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
