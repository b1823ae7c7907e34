import type { APIRoute } from 'astro';
import { OPEN_DATA_VERSION } from '../../lib/views/open-data.ts';
import { getOpenEntries } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify({ version: OPEN_DATA_VERSION, entries: await getOpenEntries(site) })}\n`, {
    headers: { 'content-type': 'application/json' },
  });
