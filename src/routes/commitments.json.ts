// /commitments.json: every commitment with its derived status, on one line: at 1,000 accounts
// indentation alone would add half its size.
import type { APIRoute } from 'astro';
import { commitmentsJson } from '../site/commitments-json.ts';
import { getPlaybook } from '../site/playbook.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(commitmentsJson(getPlaybook()))}\n`, { headers: { 'Content-Type': 'application/json' } });
