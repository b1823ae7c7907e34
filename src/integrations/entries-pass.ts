/**
 * The build's one reading of the entry files, in a child process so that it runs beside Astro's start
 * (src/integrations/entries.ts starts it, with its input as JSON in argv[2], and waits for its answers):
 *  1. the validator's checks, as `npm run validate` makes them (file, line, field and fix; checks across
 *     entries too, which a collection schema cannot make), and the entries they accept, which Astro's
 *     loaders store as they are (src/content.config.ts): `{ errors, entries }`;
 *  2. if they pass, the entries' search records, which the build hands to Pagefind at once and has it
 *     write the index from once this process has ended (src/integrations/search-index.ts): `{ records }`;
 *  3. then, from the same entries, while Astro syncs its content (it waits for them before it bundles):
 *     the files under /data/ (src/lib/views/data-files.ts), into `staging/data/` (the output folder is
 *     emptied when Astro starts bundling), and the entries' citations made for them, which the build
 *     hands to the entry pages, into `staging/citations.json` (CITATIONS_FILE): `{ dataSeconds }`.
 * A registry that cannot be read (institutes.yaml...) is answered as `{ unreadable }`, its problems one a line.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentError, readEntries } from '../lib/content/content-files.ts';
import type { Entry } from '../lib/content/schema.ts';
import type { Finding } from '../lib/content/validate.ts';
import { dataFiles, readDataFilesInput } from '../lib/views/data-files.ts';
import { CITATIONS_FILE } from './build-entries.ts';
import { searchRecord, type SearchRecord } from '../lib/views/search-records.ts';

export interface EntriesPassInput {
  contentDir: string;
  /** The configured site, for the open data's absolute URLs. */
  site: string | undefined;
  /** The site's base path without a trailing slash. */
  base: string;
  /** Where the data files are written (data/); the build writes the search index beside them (pagefind/) once this process has ended. */
  staging: string;
}

/** The validator's errors and the entries it accepts (which Astro's loaders store), then the search records and the data files' time. */
export type EntriesPassAnswer = { errors: Finding[]; entries: Entry[] } | { unreadable: string } | { dataSeconds: number } | { records: SearchRecord[] };

async function writeDataFiles(read: Parameters<typeof readDataFilesInput>[1], { contentDir, site, base, staging }: EntriesPassInput) {
  const start = performance.now();
  const { files, citations } = dataFiles(await readDataFilesInput(contentDir, read, { site, base }));
  // One file at a time: each is made (on this thread) just before it is written, not all held at once.
  for (const [path, text] of files) {
    const file = join(staging, 'data', ...path.split('/'));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text());
  }
  await writeFile(join(staging, CITATIONS_FILE), JSON.stringify(citations()));
  return (performance.now() - start) / 1000;
}

const input = JSON.parse(process.argv[2]!) as EntriesPassInput;
/** Sends an answer; it has gone once the promise resolves. */
const answer = (message: EntriesPassAnswer) =>
  new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
try {
  const { errors, entries, institutes, benchmarks } = await readEntries(input.contentDir);
  // The answers go while the next work is done: the build reads them while Astro syncs, which would
  // otherwise keep this process waiting (1.3 s of 10,000 entries' structured clones).
  const sent = [answer({ errors, entries: errors.length ? [] : entries })];
  if (!errors.length) {
    sent.push(answer({ records: entries.map((entry) => searchRecord(entry, institutes, input.base)) }));
    await rm(input.staging, { recursive: true, force: true });
    const dataSeconds = await writeDataFiles({ entries, institutes, benchmarks }, input);
    sent.push(answer({ dataSeconds }));
  }
  await Promise.all(sent);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  await answer({ unreadable: error.message });
}
// The channel to the build would keep this process alive: its answers have gone, so it ends.
process.disconnect();
