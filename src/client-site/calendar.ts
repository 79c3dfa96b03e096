// The client's calendar (iCalendar): every item of their plans still open (not done, not
// dropped), theirs and ours and the milestones, as an all-day event on its due date with a
// reminder the day before. UIDs name the item, never its date, so that a subscribed calendar
// moves an event when its date moves instead of adding another.
import type { ClientItem, ClientView } from '../core/client/client-view.ts';
import { clientEventUid } from '../site/event-uid.ts';
import type { IcsCalendar, IcsEvent } from '../site/ics.ts';
import { sentence } from './format.ts';

export function clientCalendar(view: ClientView): IcsCalendar {
  const events: IcsEvent[] = [];
  for (const plan of view.plans) {
    const sideOf = (item: ClientItem) => (item.kind === 'milestone' ? 'Milestone' : item.side === 'client' ? `${view.account.name} will do it` : `${view.company} will do it`);
    for (const item of [...plan.milestones, ...plan.theirs, ...plan.ours]) {
      if (item.status === 'done' || item.status === 'dropped') continue;
      events.push({
        uid: clientEventUid(item.kind, view.account.id, plan.slug, item.id),
        date: item.due,
        summary: item.kind === 'milestone' ? `Milestone: ${item.what}` : `${item.what} (${item.who})`,
        description: [
          plan.title,
          `${sideOf(item)}: ${item.who}`,
          item.firstDue !== item.due ? `First agreed for ${item.firstDue}; moved ${item.slips.length === 1 ? 'once' : `${item.slips.length} times`}, last because: ${sentence(item.slips.at(-1)?.reason ?? '')}` : undefined,
        ]
          .filter(Boolean)
          .join('\n'),
        categories: [plan.title, item.kind === 'milestone' ? 'Milestone' : item.side === 'client' ? view.account.name : view.company],
        sequence: item.slips.length,
        alarmDaysBefore: 1,
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { productId: '-//Followthrough//Client plan//EN', name: `${view.account.name} and ${view.company}`, stamp: view.asOf, timezone: view.timezone, events };
}
