/**
 * The build's one pass over the entry files besides Astro's own (src/integrations/entries-pass.ts):
 *  - it stops the build on what `npm run validate` rejects (file, line, field and fix; checks across
 *    entries too, which a collection schema cannot make), with the list of problems and no stack trace;
 *  - on `astro build`, it makes the search index and the files under /data/ from the same entries while
 *    Astro renders the pages, and moves them to <outDir>/pagefind/ and <outDir>/data/ when the build is
 *    done; on `astro dev`, a route serves the same data files (src/integrations/data-route.ts).
 * On `astro build` the pass runs in a worker thread from the start; Astro's loaders store the entries it
 * read (src/content.config.ts) rather than reading the files again, and the build stops on its verdict.
 */
import { cp, rename, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readEntries, siteContentDir } from '../lib/content/content-files.ts';
import { handToTheLoaders, type BuildEntries } from './build-entries.ts';
import type { EntriesPassAnswer, EntriesPassInput } from './entries-pass.ts';
import { entryProblemsError } from './entry-problems.ts';

/** Moves a folder, copying where a rename cannot (another file system). */
async function move(from: string, to: string) {
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/** The worker's answer of one kind; it rejects if the worker fails or stops before giving it. */
function answerOf<T>(worker: Worker, pick: (answer: EntriesPassAnswer) => T | undefined): Promise<T> {
  const answer = new Promise<T>((resolve, reject) => {
    worker.on('message', (message: EntriesPassAnswer) => {
      const value = pick(message);
      if (value !== undefined) resolve(value);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the entries pass stopped (exit code ${code}) before it answered`)));
  });
  // An unhandled rejection would end the build before it can report: the hook that awaits it reports it.
  answer.catch(() => undefined);
  return answer;
}

/** Starts the pass in a worker thread: the entries it accepts, its verdict on them (an error to stop the build with, or none), then the data files' and the search index's times. */
function startEntriesPass(input: EntriesPassInput) {
  const worker = new Worker(new URL('./entries-pass.ts', import.meta.url), { workerData: input });
  const checked = answerOf(worker, (answer): BuildEntries | undefined =>
    'errors' in answer
      ? { entries: answer.entries, problems: answer.errors.length ? entryProblemsError(answer.errors) : null }
      : 'unreadable' in answer ? { entries: [], problems: entryProblemsError(answer.unreadable) } : undefined,
  );
  const verdict = checked.then(({ problems }) => problems);
  verdict.catch(() => undefined); // as in answerOf: astro:build:start awaits it, if the loaders have not stopped the build first
  return {
    checked,
    verdict,
    indexSeconds: answerOf(worker, (answer) => ('indexSeconds' in answer ? answer.indexSeconds : undefined)),
    dataSeconds: answerOf(worker, (answer) => ('dataSeconds' in answer ? answer.dataSeconds : undefined)),
  };
}

export default function entriesIntegration(): AstroIntegration {
  let pass: ReturnType<typeof startEntriesPass> | undefined;
  let staging: string;
  let logger: AstroIntegrationLogger;
  return {
    name: 'entries',
    hooks: {
      'astro:config:setup': async ({ config, command, injectRoute, logger: log }) => {
        logger = log;
        // Preview only serves what a build made (and checked): no need to read every entry again at its start.
        if (command === 'preview') return;
        if (command !== 'build') {
          const { errors } = await readEntries(siteContentDir());
          if (errors.length) throw entryProblemsError(errors);
          injectRoute({ pattern: '/data/[...path]', entrypoint: new URL('./data-route.ts', import.meta.url), prerender: true });
          return;
        }
        // One folder per build: the tests build twice at once in this project (another outDir, same cache).
        staging = fileURLToPath(new URL(`entries-pass-${process.pid}/`, config.cacheDir));
        pass = startEntriesPass({ contentDir: siteContentDir(), site: config.site, base: config.base.replace(/\/$/, ''), staging });
        handToTheLoaders(pass.checked);
      },
      'astro:build:start': async () => {
        const problems = await pass?.verdict;
        if (problems) throw problems;
      },
      'astro:build:done': async ({ dir }) => {
        if (!pass) return;
        const waited = performance.now();
        const [dataSeconds, indexSeconds] = await Promise.all([pass.dataSeconds, pass.indexSeconds]);
        for (const folder of ['data', 'pagefind']) await move(join(staging, folder), fileURLToPath(new URL(`${folder}/`, dir)));
        await rm(staging, { recursive: true, force: true });
        // What they add to the build's time: only the wait, if they were not ready, and the move.
        logger.info(
          `data files and search index: made in ${dataSeconds.toFixed(1)} s and ${indexSeconds.toFixed(1)} s beside the pages, ` +
            `then ${((performance.now() - waited) / 1000).toFixed(1)} s of waiting and moving`,
        );
      },
    },
  };
}
