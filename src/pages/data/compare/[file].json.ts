import type { APIRoute } from 'astro';
import { COMPARE_FILES } from '../../../lib/views/compare.ts';
import { OPEN_DATA_VERSION } from '../../../lib/views/open-data.ts';
import { getCompareFile } from '../../../page-data/open-data.ts';

/** The open data split by slug for the compare page (src/lib/views/compare.ts says why). */
export const getStaticPaths = () => Array.from({ length: COMPARE_FILES }, (_, file) => ({ params: { file: String(file) } }));

export const GET: APIRoute = async ({ site, params }) =>
  new Response(JSON.stringify({ version: OPEN_DATA_VERSION, entries: await getCompareFile(site, Number(params.file)) }), {
    headers: { 'content-type': 'application/json' },
  });
