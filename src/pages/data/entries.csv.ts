import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data.ts';
import { getOpenEntries } from '../../site/open-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(toCsv(await getOpenEntries(site)), { headers: { 'content-type': 'text/csv' } });
