import type { APIRoute } from 'astro';
import { contributeData } from '../../lib/views/contribute.ts';
import { getAllEntries, institutes } from '../../page-data/content.ts';

/** What /contribute/'s form needs to spot a duplicate and check institute names; only that page loads it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(contributeData(await getAllEntries(), institutes.all)), { headers: { 'content-type': 'application/json' } });
