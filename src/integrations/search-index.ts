/**
 * The site search's index: the entries' search records (src/lib/views/search-records.ts) go to Pagefind,
 * indexed in its own process, into `<staging>/pagefind/`; nothing reads the built HTML back. Pagefind's
 * process stays small while it takes the records and grows (by about 45 MB a 1,000 entries) only as it
 * writes the index: the build hands it the records as soon as the entries pass has them, and asks it to
 * write once that pass has ended (src/integrations/entries.ts), so the two never peak together.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/views/search-records.ts';

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

/** Hands Pagefind the records; answers the step that writes the index into `<staging>/pagefind/` and says how long indexing took in all, in seconds. */
export async function startSearchIndex(records: readonly SearchRecord[]): Promise<(staging: string) => Promise<number>> {
  const start = performance.now();
  const { index } = checked(await pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES }), 'to start');
  if (!index) throw new Error('Pagefind failed to start: it gave no index and no error');
  await Promise.all(records.map(async (record) => checked(await index.addCustomRecord(record), `on ${record.url}`)));
  return async (staging) => {
    checked(await index.writeFiles({ outputPath: join(staging, 'pagefind') }), 'to write the index');
    await pagefind.close(); // its process holds the whole index in memory
    return (performance.now() - start) / 1000;
  };
}
