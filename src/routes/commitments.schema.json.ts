// /commitments.schema.json: the JSON Schema of /commitments.json.
import type { APIRoute } from 'astro';
import { COMMITMENTS_SCHEMA } from '../site/commitments-schema.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(COMMITMENTS_SCHEMA, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
