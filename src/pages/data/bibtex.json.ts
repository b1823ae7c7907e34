import type { APIRoute } from 'astro';
import { getBibtex } from '../../page-data/open-data.ts';

/** slug -> BibTeX, fetched by the list page only when someone copies the BibTeX of a filtered view. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(Object.fromEntries(await getBibtex(site))), {
    headers: { 'content-type': 'application/json' },
  });
