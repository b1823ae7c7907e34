import type { APIRoute } from 'astro';
import { toBibtex } from '../../lib/open-data.ts';
import { getOpenEntries } from '../../site/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await getOpenEntries(site)).map(toBibtex).join('\n'), { headers: { 'content-type': 'application/x-bibtex' } });
