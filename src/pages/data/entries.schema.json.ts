import type { APIRoute } from 'astro';
import { entriesJsonSchema } from '../../lib/views/open-data.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(entriesJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
