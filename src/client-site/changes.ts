// A plan's change log for the client: every addition, move of a date and drop, newest first,
// each with its reason (and a move's workaround), read from the client's view of the items.
import type { ClientPlan } from '../core/client/client-view.ts';
import type { CalendarDate } from '../core/dates.ts';
import { compareText } from '../core/findings.ts';
import { longDate, sentence } from './format.ts';
import { itemAnchor } from './links.ts';
import { allItems } from './plan-summary.ts';

export interface Change {
  date: CalendarDate;
  /** The item's words. */
  what: string;
  anchor: string;
  /** The rest of the sentence: "moved from ... to ...: reason". */
  text: string;
}

export function changesOf(plan: ClientPlan): Change[] {
  const changes: Change[] = [];
  for (const item of allItems(plan)) {
    const base = { what: item.what, anchor: itemAnchor(item.kind, item.id) };
    if (item.added) {
      const agreed = item.added.agreedBy ? `, agreed by ${item.added.agreedBy}` : '';
      changes.push({ ...base, date: item.added.date, text: `added${agreed}: ${item.added.reason}` });
    }
    for (const slip of item.slips) {
      const workaround = slip.workaround ? ` Workaround: ${slip.workaround}` : '';
      changes.push({ ...base, date: slip.date, text: `moved from ${longDate(slip.from)} to ${longDate(slip.to)}: ${sentence(slip.reason)}${workaround}` });
    }
    if (item.dropped) changes.push({ ...base, date: item.dropped.date, text: `dropped: ${item.dropped.reason}` });
  }
  return changes.map((change, index) => ({ change, index })).sort((a, b) => compareText(b.change.date, a.change.date) || a.index - b.index).map(({ change }) => change);
}
