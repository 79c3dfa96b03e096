// An account merged into another: its folder deleted, its touchpoints and incidents copied into the
// other account's index.mdx, word for word. Its history is still in the playbook, so what moved is
// neither removed (history-rewritten) nor logged late (backdated-touchpoint); only what was lost
// on the way is. An entry counts as moved when another account now holds it unchanged and did not
// hold it at the base.
import type { Account, Content, Indexed } from '../content.ts';
import type { Incident, Touchpoint } from '../schema/index.ts';
import { compareLogs, entryKey } from './base-rule.ts';
import type { Paired } from './pairing.ts';

export interface MovedLogs {
  /** Touchpoints of accounts gone since the base, each with the account now that holds it. */
  touchpointsOut: ReadonlyMap<Touchpoint, Account>;
  /** Touchpoints now that came from the log of an account gone since the base. */
  touchpointsIn: ReadonlySet<Touchpoint>;
  /** Incidents of accounts gone since the base, each with the account now that holds it. */
  incidentsOut: ReadonlyMap<Incident, Account>;
}

const NOTHING: MovedLogs = { touchpointsOut: new Map(), touchpointsIn: new Set(), incidentsOut: new Map() };

export function movedLogs(head: Content, accounts: readonly Paired<Account>[]): MovedLogs {
  const gone = accounts.filter((pair) => !pair.now && !pair.unreadable).map((pair) => pair.then);
  if (gone.length === 0) return NOTHING;
  const thenOf = new Map(accounts.flatMap((pair) => (pair.now ? [[pair.now, pair.then] as const] : [])));
  // What each account now holds that it did not hold at the base, by what it says.
  const touchpoints = new Pool<Indexed<Touchpoint>>();
  const incidents = new Pool<Indexed<Incident>>();
  for (const now of head.accounts) {
    const then = thenOf.get(now);
    for (const touchpoint of compareLogs(then?.touchpoints ?? [], now.touchpoints).added) touchpoints.add(entryKey(touchpoint), touchpoint, now);
    const had = new Set((then?.incidents ?? []).map((incident) => incident.id));
    for (const incident of now.incidents) if (!had.has(incident.id)) incidents.add(incidentKey(incident), incident, now);
  }
  const touchpointsOut = new Map<Touchpoint, Account>();
  const touchpointsIn = new Set<Touchpoint>();
  const incidentsOut = new Map<Incident, Account>();
  for (const account of gone) {
    for (const touchpoint of account.touchpoints) {
      const found = touchpoints.take(entryKey(touchpoint));
      if (!found) continue;
      touchpointsOut.set(touchpoint, found.holder);
      touchpointsIn.add(found.entry);
    }
    for (const incident of account.incidents) {
      const found = incidents.take(incidentKey(incident));
      if (found) incidentsOut.set(incident, found.holder);
    }
  }
  return { touchpointsOut, touchpointsIn, incidentsOut };
}

/** What history-rewritten keeps of an incident: its id and what happened (it may gain `told`, `explained`, `follow_up`). */
function incidentKey(incident: Incident): string {
  return JSON.stringify([incident.id, incident.date, incident.what.trim(), incident.cause]);
}

/** Entries by key, each taken once (a touchpoint logged twice moves twice). */
class Pool<T> {
  private readonly entries = new Map<string, { entry: T; holder: Account }[]>();
  add(key: string, entry: T, holder: Account): void {
    const list = this.entries.get(key);
    if (list) list.push({ entry, holder });
    else this.entries.set(key, [{ entry, holder }]);
  }
  take(key: string): { entry: T; holder: Account } | undefined {
    return this.entries.get(key)?.shift();
  }
}
