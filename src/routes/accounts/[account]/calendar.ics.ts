// /accounts/<id>/calendar.ics: one account's open commitments and milestones (src/site/calendar.ts).
import type { APIRoute } from 'astro';
import { accountCalendar } from '../../../site/calendar.ts';
import { writeCalendar } from '../../../site/ics.ts';
import { getPlaybook } from '../../../site/playbook.ts';

export function getStaticPaths() {
  return getPlaybook().model.accounts.map((view) => ({ params: { account: view.account.id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(writeCalendar(accountCalendar(getPlaybook(), params.account!, site?.href)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
