import type { APIRoute } from 'astro';
import { toBibtex } from '../../lib/views/open-data.ts';
import { getOpenEntries } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await getOpenEntries(site)).map(toBibtex).join('\n'), { headers: { 'content-type': 'application/x-bibtex' } });
