/**
 * The build's one reading of the entry files, in a worker thread so that it runs beside Astro's start and
 * pages (src/integrations/entries.ts starts it and waits for its answers):
 *  1. the validator's checks, as `npm run validate` makes them (file, line, field and fix; checks across
 *     entries too, which a collection schema cannot make), and the entries they accept, which Astro's
 *     loaders store as they are (src/content.config.ts): `{ errors, entries }`;
 *  2. if they pass, from the same entries, while Astro renders the pages (whose thread is the build's
 *     bottleneck), into `staging` (the output folder is emptied when Astro starts bundling):
 *     - the search index: the entries go to Pagefind as records (src/lib/views/search-records.ts),
 *       indexed in Pagefind's own process, into `pagefind/`: `{ indexSeconds }`; nothing reads the built
 *       HTML back;
 *     - the files under /data/ (src/lib/views/data-files.ts), into `data/`: `{ dataSeconds }`.
 * A registry that cannot be read (institutes.yaml...) is answered as `{ unreadable }`, its problems one a line.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { ContentError, readEntries } from '../lib/content/content-files.ts';
import type { InstituteIndex } from '../lib/content/institutes.ts';
import type { Entry } from '../lib/content/schema.ts';
import type { Finding } from '../lib/content/validate.ts';
import { dataFiles, readDataFilesInput } from '../lib/views/data-files.ts';
import { searchRecord } from '../lib/views/search-records.ts';

export interface EntriesPassInput {
  contentDir: string;
  /** The configured site, for the open data's absolute URLs. */
  site: string | undefined;
  /** The site's base path without a trailing slash. */
  base: string;
  /** Where the search index (pagefind/) and the data files (data/) are written. */
  staging: string;
}

/** The validator's errors and the entries it accepts (which Astro's loaders store), then the times. */
export type EntriesPassAnswer = { errors: Finding[]; entries: Entry[] } | { unreadable: string } | { indexSeconds: number } | { dataSeconds: number };

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
  checked(await index.writeFiles({ outputPath: join(staging, 'pagefind') }), 'to write the index');
  await pagefind.close(); // its process holds the whole index in memory
  return (performance.now() - start) / 1000;
}

async function writeDataFiles(read: Parameters<typeof readDataFilesInput>[1], { contentDir, site, base, staging }: EntriesPassInput) {
  const start = performance.now();
  const files = dataFiles(await readDataFilesInput(contentDir, read, { site, base }));
  // One file at a time: each is made (on this thread) just before it is written, not all held at once.
  for (const [path, text] of files) {
    const file = join(staging, 'data', ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text());
  }
  return (performance.now() - start) / 1000;
}

const input = workerData as EntriesPassInput;
const answer = (message: EntriesPassAnswer) => parentPort!.postMessage(message);
try {
  const { errors, entries, institutes, benchmarks } = await readEntries(input.contentDir);
  answer({ errors, entries: errors.length ? [] : entries });
  if (!errors.length) {
    await rm(input.staging, { recursive: true, force: true });
    // One after the other: Pagefind's process, which holds the whole index, has ended before the data files
    // are made, and the build's peak memory is lower than with both at once.
    answer({ indexSeconds: await writeSearchIndex(entries, institutes, input) });
    answer({ dataSeconds: await writeDataFiles({ entries, institutes, benchmarks }, input) });
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  answer({ unreadable: error.message });
}
