// An item or an incident whose id was not a valid id at the base (`Order_Hardware`), corrected
// since: the schema finding there asked for exactly that change, so it is the same one, not one
// removed (vanished-commitment, history-rewritten) and another added (unagreed-addition). A valid
// id renamed is another matter: ids are how a promise is followed, and the advice is to keep it.
import type { Account, Plan } from '../content.ts';
import { ID_PATTERN, suggestedId } from '../schema/values.ts';
import { unreadIncidents, unreadItems } from './base-rule.ts';

type List = 'commitments' | 'milestones';

export interface CorrectedId {
  list: List;
  /** The id written at the base, which did not pass its schema there. */
  from: string;
  /** The id of the item now. */
  to: string;
}

/**
 * The items of `then` whose id was invalid there and is gone now, each with the item now that it
 * became: one whose id is new in the change and is the id the schema finding suggested, else one
 * written in the same place of the same list. Only by content or place, and only one each.
 */
export function correctedIds(then: Plan, now: Plan): CorrectedId[] {
  const corrected: CorrectedId[] = [];
  const taken = new Set<string>();
  for (const { list, id } of unreadItems(then)) {
    if (ID_PATTERN.test(id) || (list === 'commitments' ? now.commitmentIds : now.milestoneIds).has(id)) continue;
    const written = list === 'commitments' ? then.commitmentIds : then.milestoneIds;
    // New in the change: written nowhere in the plan at the base, in either list.
    const fresh = (now[list] as readonly { id: string; index: number }[]).filter((item) => !then.commitmentIds.has(item.id) && !then.milestoneIds.has(item.id) && !taken.has(item.id));
    // Its place among the ids written in its list at the base (the loader keeps them in order).
    const place = [...written].indexOf(id);
    const match = fresh.find((item) => item.id === suggestedId(id)) ?? fresh.find((item) => item.index === place);
    if (match === undefined) continue;
    taken.add(match.id);
    corrected.push({ list, from: id, to: match.id });
  }
  return corrected;
}

/** The ids now of the items whose id was corrected (see correctedIds). */
export function correctedTo(then: Plan, now: Plan): Set<string> {
  return new Set(correctedIds(then, now).map((entry) => entry.to));
}

/**
 * The same for an account's incidents: each one whose id was invalid at the base and is gone now,
 * with the incident now that it became (the id its schema finding suggested, else the one written
 * in the same place), old id -> new id.
 */
export function correctedIncidentIds(then: Account, now: Account): Map<string, string> {
  const corrected = new Map<string, string>();
  const writtenThen = new Set(then.writtenIncidents.map((incident) => incident.id));
  const writtenNow = new Set(now.writtenIncidents.map((incident) => incident.id));
  for (const id of unreadIncidents(then)) {
    if (ID_PATTERN.test(id) || writtenNow.has(id)) continue;
    const fresh = now.incidents.filter((incident) => !writtenThen.has(incident.id) && ![...corrected.values()].includes(incident.id));
    const place = then.writtenIncidents.find((incident) => incident.id === id)?.index;
    const match = fresh.find((incident) => incident.id === suggestedId(id)) ?? fresh.find((incident) => incident.index === place);
    if (match !== undefined) corrected.set(id, match.id);
  }
  return corrected;
}
