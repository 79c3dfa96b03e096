// Incidents over time (`playbook report --incidents`, the insights page): how many incidents of
// each cause, week by week, and each cause's share. The cause says whose error it was, without
// blame: the point is to know how often the client's own side is the cause, and how often ours.
import { isoWeek, type CalendarDate } from '../dates.ts';
import { INCIDENT_CAUSES } from '../schema/values.ts';
import type { AccountView } from './accounts.ts';
import { ratio } from './ratio.ts';
import { DEFAULT_TREND_WEEKS, weeksEndingWith, type Week } from './weeks.ts';

export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

export const CAUSE_LABELS: Readonly<Record<IncidentCause, string>> = {
  ours: 'Our side',
  client: "The client's side",
  'third-party': 'A third party',
  unknown: 'Not known',
};

export interface CauseTrend {
  key: IncidentCause;
  label: string;
  /** One entry per covered week, oldest first. */
  weeks: { week: string; count: number }[];
  /** Incidents of this cause in the covered weeks. */
  total: number;
  /** total ÷ every incident in the covered weeks, three decimals; null when there were none. */
  share: number | null;
}

export interface IncidentTrend {
  asOf: CalendarDate;
  by: 'cause';
  weeks: Week[];
  /** Every cause, in the contract's order (ours, client, third-party, unknown), even when none. */
  groups: CauseTrend[];
  /** Every incident in the covered weeks. */
  total: number;
}

/**
 * Incidents counted in the ISO week of their date, over `weeks` weeks ending with the week that
 * holds `asOf`. An incident dated after today is not counted: it is a `future-date` error, and
 * nothing that has not happened yet can have failed the client.
 */
export function incidentTrend(model: { asOf: CalendarDate; accounts: readonly AccountView[] }, options: { weeks?: number } = {}): IncidentTrend {
  const { asOf } = model;
  const weeks = weeksEndingWith(asOf, options.weeks ?? DEFAULT_TREND_WEEKS);
  const index = new Map(weeks.map((week, i) => [week.key, i]));
  const counts = new Map(INCIDENT_CAUSES.map((cause) => [cause, weeks.map(() => 0)]));
  for (const incident of model.accounts.flatMap((account) => account.incidents)) {
    const i = index.get(isoWeek(incident.data.date));
    const row = counts.get(incident.data.cause);
    if (i === undefined || row === undefined || incident.data.date > asOf) continue;
    row[i]! += 1;
  }
  const totals = INCIDENT_CAUSES.map((cause) => counts.get(cause)!.reduce((a, b) => a + b, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  return {
    asOf,
    by: 'cause',
    weeks,
    groups: INCIDENT_CAUSES.map((cause, c) => ({
      key: cause,
      label: CAUSE_LABELS[cause],
      weeks: counts.get(cause)!.map((count, i) => ({ week: weeks[i]!.key, count })),
      total: totals[c]!,
      share: ratio(totals[c]!, total),
    })),
    total,
  };
}
