import type { APIRoute } from 'astro';
import { OPEN_DATA_VERSION } from '../../lib/views/open-data.ts';
import { getOpenResults } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify({ version: OPEN_DATA_VERSION, results: await getOpenResults(site) })}\n`, {
    headers: { 'content-type': 'application/json' },
  });
