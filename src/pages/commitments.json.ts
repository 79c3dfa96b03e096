// /commitments.json: every commitment with its derived status.
import type { APIRoute } from 'astro';
import { commitmentsJson } from '../site/commitments-json.ts';
import { getPlaybook } from '../site/playbook.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(commitmentsJson(getPlaybook()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
