// /people/<id>/calendar.ics: one person's calendar to subscribe to (src/site/calendar.ts).
import type { APIRoute } from 'astro';
import { personCalendar } from '../../../site/calendar.ts';
import { writeCalendar } from '../../../site/ics.ts';
import { getPlaybook } from '../../../site/playbook.ts';

export function getStaticPaths() {
  return [...getPlaybook().model.people.keys()].map((person) => ({ params: { person } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(writeCalendar(personCalendar(getPlaybook(), params.person!, site?.href)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
