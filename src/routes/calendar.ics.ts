// /calendar.ics: every open commitment and milestone as an all-day event (RFC 5545).
import type { APIRoute } from 'astro';
import { calendar } from '../site/calendar.ts';
import { writeCalendar } from '../site/ics.ts';
import { getPlaybook } from '../site/playbook.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(writeCalendar(calendar(getPlaybook(), site?.href)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
