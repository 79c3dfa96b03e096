// The insights' table by person, split when it is long: our people by team, one page each
// (/insights/team/<team>/), and the client's people over numbered pages (/insights/clients/<n>/),
// so that no page grows with the playbook. Up to PEOPLE_ON_ONE_PAGE rows stay on /insights/.
import type { TrendGroup } from '../core/model.ts';
import { insights } from './insights.ts';
import type { SitePlaybook } from './playbook.ts';
import { teamsOf, type Team } from './teams.ts';

export const PEOPLE_ON_ONE_PAGE = 80;
export const CLIENT_ROWS_PER_PAGE = 120;

export interface PersonTrendPages {
  /** Everything fits on /insights/. */
  onePage: boolean;
  teams: { team: Team; groups: TrendGroup[] }[];
  clients: TrendGroup[][];
}

export function personTrendPages(playbook: SitePlaybook): PersonTrendPages {
  const groups = insights(playbook).byPerson.groups;
  const ours = new Map(groups.filter((g) => playbook.model.people.has(g.key)).map((g) => [g.key, g]));
  const clients = groups.filter((g) => !playbook.model.people.has(g.key));
  const teams = teamsOf(playbook)
    .map((team) => ({ team, groups: team.people.flatMap((id) => ours.get(id) ?? []) }))
    .filter((t) => t.groups.length > 0);
  const pages: TrendGroup[][] = [];
  for (let i = 0; i < clients.length; i += CLIENT_ROWS_PER_PAGE) pages.push(clients.slice(i, i + CLIENT_ROWS_PER_PAGE));
  return { onePage: groups.length <= PEOPLE_ON_ONE_PAGE, teams, clients: pages };
}
