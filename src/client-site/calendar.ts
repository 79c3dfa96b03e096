// The client's calendar (iCalendar): every item of their plans still open (not done, not
// dropped), theirs and ours and the milestones, as an all-day event on its due date with a
// reminder the day before; an overdue one (the status their pages show) on the build's day, as
// on the team's calendars (calendar-day.ts), so that it is not out of sight on a past day. UIDs
// name the item, never its date, so that a calendar moves an event when its date moves instead
// of adding another.
import type { ClientItem, ClientView } from '../core/client/client-view.ts';
import { eventDay, itemSequence, lateSummary } from '../site/calendar-day.ts';
import { clientEventUid } from '../site/event-uid.ts';
import type { IcsCalendar, IcsEvent } from '../site/ics.ts';
import { sentence } from './format.ts';

export function clientCalendar(view: ClientView): IcsCalendar {
  const events: IcsEvent[] = [];
  for (const plan of view.plans) {
    const sideOf = (item: ClientItem) => (item.kind === 'milestone' ? 'Milestone' : item.side === 'client' ? `${view.account.name} will do it` : `${view.company} will do it`);
    for (const item of [...plan.milestones, ...plan.theirs, ...plan.ours]) {
      if (item.status === 'done' || item.status === 'dropped') continue;
      const day = eventDay(item.due, item.status === 'overdue', view.asOf);
      events.push({
        uid: clientEventUid(item.kind, view.account.id, plan.slug, item.id),
        date: day.date,
        summary: lateSummary(item.kind === 'milestone' ? `Milestone: ${item.what}` : `${item.what} (${item.who})`, day),
        description: [
          plan.title,
          `${sideOf(item)}: ${item.who}`,
          item.firstDue !== item.due ? `First agreed for ${item.firstDue}; moved ${item.slips.length === 1 ? 'once' : `${item.slips.length} times`}, last because: ${sentence(item.slips.at(-1)?.reason ?? '')}` : undefined,
        ]
          .filter(Boolean)
          .join('\n'),
        categories: [plan.title, item.kind === 'milestone' ? 'Milestone' : item.side === 'client' ? view.account.name : view.company],
        sequence: itemSequence(item.slips, day, view.asOf),
        // The day before a late item's day has passed: remind on the day itself.
        alarmDaysBefore: day.lateSince === undefined ? 1 : 0,
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { productId: '-//Followthrough//Client plan//EN', name: `${view.account.name} and ${view.company}`, stamp: view.asOf, timezone: view.timezone, events };
}
