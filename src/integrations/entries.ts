/**
 * The build's one pass over the entry files, before Astro's own:
 *  - it stops the build on what `npm run validate` rejects (file, line, field and fix; checks across
 *    entries too, which a collection schema cannot make), with the list of problems and no stack trace;
 *  - on `astro build`, it hands the same entries to Pagefind as records (src/lib/views/search-records.ts)
 *    at once, so the search index is built in Pagefind's own process while Astro renders the pages, and
 *    moved to <outDir>/pagefind/ when the build is done. Nothing reads the built HTML back.
 */
import { cp, rename, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { readEntries, siteContentDir } from '../lib/content/content-files.ts';
import type { InstituteIndex } from '../lib/content/institutes.ts';
import type { Entry } from '../lib/content/schema.ts';
import { formatFinding } from '../lib/content/validate.ts';
import { searchRecord } from '../lib/views/search-records.ts';

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

/**
 * Indexes the entries in Pagefind's process and writes the index to `staging` while Astro works (the
 * output folder is emptied when Astro starts bundling, so the index moves there at the end).
 */
async function writeSearchIndex(entries: readonly Entry[], institutes: InstituteIndex, base: string, staging: string) {
  const start = performance.now();
  const { index } = checked(await pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES }), 'to start');
  if (!index) throw new Error('Pagefind failed to start: it gave no index and no error');
  await Promise.all(entries.map(async (entry) => checked(await index.addCustomRecord(searchRecord(entry, institutes, base)), `on ${entry.slug}`)));
  await rm(staging, { recursive: true, force: true });
  checked(await index.writeFiles({ outputPath: staging }), 'to write the index');
  await pagefind.close(); // its process holds the whole index in memory
  return { seconds: (performance.now() - start) / 1000 };
}

/** Moves a folder, copying where a rename cannot (another file system). */
async function move(from: string, to: string) {
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/** An error Astro prints as its message alone: the problems are the news, not where the check ran. */
function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

export default function entriesIntegration(): AstroIntegration {
  let searchIndex: ReturnType<typeof writeSearchIndex> | undefined;
  let staging: string;
  let logger: AstroIntegrationLogger;
  return {
    name: 'entries',
    hooks: {
      'astro:config:setup': async ({ config, command, logger: log }) => {
        logger = log;
        // Preview only serves what a build made (and checked): no need to read every entry again at its start.
        if (command === 'preview') return;
        const { errors, entries, institutes } = await readEntries(siteContentDir());
        if (errors.length) throw contentError(`${errors.length} problem(s) in the entries (npm run validate shows the same):\n${errors.map(formatFinding).join('\n')}`);
        if (command === 'build') {
          // One folder per build: the tests build twice at once in this project (another outDir, same cache).
          staging = fileURLToPath(new URL(`pagefind-${process.pid}/`, config.cacheDir));
          searchIndex = writeSearchIndex(entries, institutes, config.base.replace(/\/$/, ''), staging);
          // An unhandled rejection would end the build before it can report: the error surfaces in astro:build:done.
          void searchIndex.catch(() => undefined);
        }
      },
      'astro:build:done': async ({ dir }) => {
        if (!searchIndex) return;
        const waited = performance.now();
        const { seconds } = await searchIndex;
        await move(staging, fileURLToPath(new URL('pagefind/', dir)));
        // What the search adds to the build's time: only the wait, if the index was not ready, and the move.
        logger.info(`search index: made in ${seconds.toFixed(1)} s beside the pages, then ${((performance.now() - waited) / 1000).toFixed(1)} s of waiting and moving`);
      },
    },
  };
}
