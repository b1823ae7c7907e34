import type { APIRoute } from 'astro';
import { getBibtex } from '../../page-data/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response([...(await getBibtex(site)).values()].join('\n'), { headers: { 'content-type': 'application/x-bibtex' } });
