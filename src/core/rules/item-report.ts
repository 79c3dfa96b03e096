// A finding about a commitment or a milestone, as every rule that has one reports it: in its
// plan's file, at a field of the item, for the item's owner and (for the client's items) the
// person on our side who chases it.
import type { Anchor } from '../load/locate.ts';
import type { YamlPath } from '../load/yaml-places.ts';
import { itemPath, type ItemView } from '../model.ts';
import type { Report } from './rule.ts';

/** The report about `item` at `tail` below it (`['slips', 0, 'date']`; `[]` for the item itself). */
export function itemReport(item: ItemView, tail: YamlPath, message: string, anchor?: Anchor): Report {
  const report: Report = { file: item.plan.file, path: [...itemPath(item), ...tail], subject: item.key, owner: item.ownerId, chaser: item.chaserId, message };
  if (anchor !== undefined) report.anchor = anchor;
  return report;
}
