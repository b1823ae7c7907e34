import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/views/open-data.ts';
import { getOpenEntries } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(toCsv(await getOpenEntries(site)), { headers: { 'content-type': 'text/csv' } });
