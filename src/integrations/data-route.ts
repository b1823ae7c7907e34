/**
 * `astro dev` only (src/integrations/entries.ts injects it): serves the files under /data/, which a build
 * writes from its entries pass (a child process) instead, made by the same function from the entry files as they are now.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readEntries, siteContentDir } from '../lib/content/content-files.ts';
import { dataFiles, readDataFilesInput } from '../lib/views/data-files.ts';

const CONTENT_TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv', bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' };

async function currentDataFiles() {
  const contentDir = siteContentDir();
  const site = import.meta.env.SITE as string | undefined;
  return dataFiles(await readDataFilesInput(contentDir, await readEntries(contentDir), { site, base: import.meta.env.BASE_URL.replace(/\/$/, '') })).files;
}

export const getStaticPaths = (async () => [...(await currentDataFiles())].map(([path, text]) => ({ params: { path }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: () => string }, { path: string }> = ({ params: { path }, props: { text } }) =>
  new Response(text(), { headers: { 'content-type': CONTENT_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'text/plain' } });
