/**
 * The build's own pass over the entry files, in a worker thread so that it runs beside Astro's reading of
 * them (src/integrations/entries.ts starts it and waits for its answers):
 *  1. the validator's checks, as `npm run validate` makes them (file, line, field and fix; checks across
 *     entries too, which a collection schema cannot make): `{ errors }`;
 *  2. if they pass, the search index: the same entries go to Pagefind as records
 *     (src/lib/views/search-records.ts), indexed in Pagefind's own process and written to `staging`
 *     (the output folder is emptied when Astro starts bundling): `{ indexSeconds }`. Nothing reads the
 *     built HTML back.
 * A registry that cannot be read (institutes.yaml...) is answered as `{ unreadable }`, its problems one a line.
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { ContentError, readEntries } from '../lib/content/content-files.ts';
import type { InstituteIndex } from '../lib/content/institutes.ts';
import type { Entry } from '../lib/content/schema.ts';
import type { Finding } from '../lib/content/validate.ts';
import { searchRecord } from '../lib/views/search-records.ts';

export interface EntriesPassInput {
  contentDir: string;
  /** The site's base path without a trailing slash. */
  base: string;
  /** Where the search index is written. */
  staging: string;
}

export type EntriesPassAnswer = { errors: Finding[] } | { unreadable: string } | { indexSeconds: number };

/**
 * Pagefind writes one small file per record (a result's excerpt and title); past this many it packs
 * several into one, so a long list does not cost the build 10,000 more files to write (the real list
 * is far below it).
 */
const MAX_FRAGMENT_FILES = 2000;

/** Pagefind answers with a list of errors rather than throwing. */
function checked<T extends { errors: string[] }>(response: T, doing: string): T {
  if (response.errors.length) throw new Error(`Pagefind failed ${doing}: ${response.errors.join('; ')}`);
  return response;
}

async function writeSearchIndex(entries: readonly Entry[], institutes: InstituteIndex, { base, staging }: EntriesPassInput) {
  const start = performance.now();
  const { index } = checked(await pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES }), 'to start');
  if (!index) throw new Error('Pagefind failed to start: it gave no index and no error');
  await Promise.all(entries.map(async (entry) => checked(await index.addCustomRecord(searchRecord(entry, institutes, base)), `on ${entry.slug}`)));
  await rm(staging, { recursive: true, force: true });
  checked(await index.writeFiles({ outputPath: staging }), 'to write the index');
  await pagefind.close(); // its process holds the whole index in memory
  return (performance.now() - start) / 1000;
}

const input = workerData as EntriesPassInput;
const answer = (message: EntriesPassAnswer) => parentPort!.postMessage(message);
try {
  const { errors, entries, institutes } = await readEntries(input.contentDir);
  answer({ errors });
  if (!errors.length) answer({ indexSeconds: await writeSearchIndex(entries, institutes, input) });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  answer({ unreadable: error.message });
}
