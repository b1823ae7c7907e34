import type { APIRoute } from 'astro';
import { resultsCsv } from '../../lib/views/open-data.ts';
import { getOpenResults } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) => new Response(resultsCsv(await getOpenResults(site)), { headers: { 'content-type': 'text/csv' } });
