// What the insights page, the dashboard and each person's page show of promise-keeping over
// time: the core's trend (the numbers `playbook report --trend` prints for the same day) by side,
// team and person, and incidents by cause. Computed once per build and shared by every page.
import type { CheckResult } from '../core/check.ts';
import { incidentTrend, promiseTrend, type IncidentTrend, type PromiseTrend, type TrendGroup } from '../core/model.ts';

export interface Insights {
  bySide: PromiseTrend;
  byTeam: PromiseTrend;
  byPerson: PromiseTrend;
  incidents: IncidentTrend;
}

const computed = new WeakMap<CheckResult['model'], Insights>();

/** The trend as of the build's day, over the report's default weeks (13). */
export function insights(playbook: Pick<CheckResult, 'model'>): Insights {
  const { model } = playbook;
  let found = computed.get(model);
  if (!found) {
    found = {
      bySide: promiseTrend(model, { by: 'side' }),
      byTeam: promiseTrend(model, { by: 'team' }),
      byPerson: promiseTrend(model, { by: 'person' }),
      incidents: incidentTrend(model),
    };
    computed.set(model, found);
  }
  return found;
}

/** One of our people's own trend, when something of theirs came due in these weeks. */
export function personTrend(playbook: Pick<CheckResult, 'model'>, personId: string): TrendGroup | undefined {
  return insights(playbook).byPerson.groups.find((group) => group.key === personId && playbook.model.people.has(personId));
}

/** "2 of 3": what was kept on time of what came due. */
export function keptOf(counts: { kept: number; keptLate: number; late: number }): string {
  return `${counts.kept} of ${counts.kept + counts.keptLate + counts.late}`;
}
