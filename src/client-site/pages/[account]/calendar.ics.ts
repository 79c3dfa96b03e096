// The client's calendar: every open item of their plans, on both sides, as an all-day event.
import type { APIRoute } from 'astro';
import { writeCalendar } from '../../../site/ics.ts';
import { clientCalendar } from '../../calendar.ts';
import { clientViews, viewOf } from '../../site.ts';

export function getStaticPaths() {
  return clientViews().map((view) => ({ params: { account: view.account.id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(writeCalendar(clientCalendar(viewOf(params.account))), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
