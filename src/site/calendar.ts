// The playbook as a calendar: every open commitment and every milestone not done, as all-day
// events on their due dates, with stable UIDs so that a subscribed calendar updates an event when
// its date moves instead of adding a second one.
import type { CommitmentView, MilestoneView } from '../core/model.ts';
import type { IcsCalendar, IcsEvent } from './ics.ts';
import type { SitePlaybook } from './playbook.ts';
import { STATUS_LABELS } from './status.ts';
import { itemAnchor, urls } from './urls.ts';

/** A stable, globally unique UID: what the item is and where it lives, never its date. */
export function eventUid(kind: 'commitment' | 'milestone', key: string, playbookTitle: string): string {
  const domain = playbookTitle.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'playbook';
  return `${kind}-${key.replace('/', '--').replace('#', '--')}@${domain}.followthrough`;
}

export function calendar(playbook: SitePlaybook, siteUrl: string | undefined): IcsCalendar {
  const { model, content } = playbook;
  const title = content.settings.title;
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : undefined);
  const commitmentEvent = (c: CommitmentView): IcsEvent => {
    const account = c.plan.account?.data.name ?? c.plan.accountId;
    return {
      uid: eventUid('commitment', c.key, title),
      date: c.data.due,
      summary: `${c.data.what} (${c.ownerName}${c.side === 'client' ? ', client' : ''})`,
      description: [
        `${account}: ${c.plan.data.title}`,
        `Owner: ${c.ownerName}${c.side === 'client' ? ' (client)' : ''}`,
        `Status on ${model.asOf}: ${STATUS_LABELS[c.status].label}`,
        c.slips.length > 0 ? `First agreed for ${c.firstDue}; moved ${c.slips.length} time(s)` : undefined,
        c.data.risk ? `Risk: ${c.data.risk}` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
      url: absolute(`${urls.plan(c.plan.id)}#${itemAnchor.commitment(c.id)}`),
      categories: [account, c.side === 'ours' ? 'Ours' : 'Client'],
      sequence: c.slips.length,
      alarmDaysBefore: 1,
    };
  };
  const milestoneEvent = (m: MilestoneView): IcsEvent => {
    const account = m.plan.account?.data.name ?? m.plan.accountId;
    return {
      uid: eventUid('milestone', m.key, title),
      date: m.data.due,
      summary: `Milestone: ${m.data.title}`,
      description: `${account}: ${m.plan.data.title}\nStatus on ${model.asOf}: ${STATUS_LABELS[m.status].label}`,
      url: absolute(`${urls.plan(m.plan.id)}#${itemAnchor.milestone(m.id)}`),
      categories: [account, 'Milestone'],
      alarmDaysBefore: 1,
    };
  };
  // Cancelled plans promise nothing any more; everything else that is open is on the calendar.
  const live = (plan: { data: { status: string } }) => plan.data.status !== 'cancelled';
  return {
    productId: '-//Followthrough//Playbook calendar//EN',
    name: title,
    stamp: model.asOf,
    events: [
      ...model.milestones.filter((m) => m.status !== 'done' && live(m.plan)).map(milestoneEvent),
      ...model.commitments.filter((c) => c.open && live(c.plan)).map(commitmentEvent),
    ],
  };
}
