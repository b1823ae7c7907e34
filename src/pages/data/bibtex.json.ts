import type { APIRoute } from 'astro';
import { toBibtex } from '../../lib/views/open-data.ts';
import { getOpenEntries } from '../../page-data/open-data.ts';

/** slug -> BibTeX, fetched by the list page only when someone copies the BibTeX of a filtered view. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(Object.fromEntries((await getOpenEntries(site)).map((entry) => [entry.slug, toBibtex(entry)]))), {
    headers: { 'content-type': 'application/json' },
  });
