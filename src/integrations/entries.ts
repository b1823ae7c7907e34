/**
 * The build's one pass over the entry files besides Astro's own (src/integrations/entries-pass.ts):
 *  - it stops the build on what `npm run validate` rejects (file, line, field and fix; checks across
 *    entries too, which a collection schema cannot make), with the list of problems and no stack trace;
 *  - on `astro build`, it makes the files under /data/ from the same entries while Astro starts and syncs
 *    its content, and the search index (src/integrations/search-index.ts) from the records the pass hands
 *    over, and moves both to <outDir>/data/ and <outDir>/pagefind/ when the build is done; on `astro dev`,
 *    a route serves the same data files (src/integrations/data-route.ts).
 * On `astro build` the pass runs in a child process from the start; Astro's loaders store the entries it
 * read (src/content.config.ts) rather than reading the files again, and the build stops on its verdict.
 * Memory is why it is a process, and why Pagefind writes the index after it has ended and before Astro
 * bundles (measured by npm run bench:scale): a process gives back all it used when it ends (a worker
 * thread's heap stayed in the build's resident memory to its end), so the pass, Pagefind's process as it
 * writes (about 45 MB a 1,000 entries) and the pages' thread at its peak are never resident at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cp, readFile, rename, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Citation } from '../lib/views/citation.ts';
import { readEntries, siteContentDir } from '../lib/content/content-files.ts';
import { CITATIONS_FILE, handToTheLoaders, handToThePages, type BuildEntries } from './build-entries.ts';
import type { EntriesPassAnswer, EntriesPassInput } from './entries-pass.ts';
import { entryProblemsError } from './entry-problems.ts';
import { startSearchIndex } from './search-index.ts';

/** Moves a folder, copying where a rename cannot (another file system). */
async function move(from: string, to: string) {
  await rename(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/**
 * The promise, marked as handled: one that rejects before a hook awaits it (the pass stopped early, or the
 * loaders stopped the build first) would otherwise end the build as an unhandled rejection before it can
 * report; the hook that awaits it reports it.
 */
function guarded<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The pass's answer of one kind; it rejects if the pass fails or stops before giving it. */
function answerOf<T>(pass: ChildProcess, pick: (answer: EntriesPassAnswer) => T | undefined): Promise<T> {
  return guarded(new Promise<T>((resolve, reject) => {
    pass.on('message', (message: EntriesPassAnswer) => {
      const value = pick(message);
      if (value !== undefined) resolve(value);
    });
    pass.once('error', reject);
    pass.once('exit', (code) => reject(new Error(`the entries pass stopped (exit code ${code}) before it answered`)));
  }));
}

/** Starts the pass in a child process: the entries it accepts, its verdict on them (an error to stop the build with, or none), the search index under way, the data files' time, and its end. */
function startEntriesPass(input: EntriesPassInput) {
  // 'advanced': the entries come back as structured clones, as a worker's messages do, not through JSON.
  const pass = fork(fileURLToPath(new URL('./entries-pass.ts', import.meta.url)), [JSON.stringify(input)], { serialization: 'advanced' });
  const checked = answerOf(pass, (answer): BuildEntries | undefined =>
    'errors' in answer
      ? { entries: answer.entries, problems: answer.errors.length ? entryProblemsError(answer.errors) : null }
      : 'unreadable' in answer ? { entries: [], problems: entryProblemsError(answer.unreadable) } : undefined,
  );
  return {
    checked,
    verdict: guarded(checked.then(({ problems }) => problems)),
    dataSeconds: answerOf(pass, (answer) => ('dataSeconds' in answer ? answer.dataSeconds : undefined)),
    // Pagefind takes the records while the pass writes the data files; it writes the index later.
    indexing: guarded(answerOf(pass, (answer) => ('records' in answer ? answer.records : undefined)).then(startSearchIndex)),
    ended: new Promise<void>((resolve) => pass.once('exit', () => resolve())),
  };
}

export default function entriesIntegration(): AstroIntegration {
  let pass: ReturnType<typeof startEntriesPass> | undefined;
  let staging: string;
  /** What the pass took, for the log once the build is done. */
  let made = '';
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
        if (!pass) return;
        // What the pass and the index add to the build's time: only the wait, if they are not done when Astro would bundle.
        const waited = performance.now();
        const [dataSeconds, writeIndex] = await Promise.all([pass.dataSeconds, pass.indexing, pass.ended]);
        const indexSeconds = await writeIndex(staging);
        handToThePages(new Map(JSON.parse(await readFile(join(staging, CITATIONS_FILE), 'utf8')) as [string, Citation][]));
        made = `made in ${dataSeconds.toFixed(1)} s and ${indexSeconds.toFixed(1)} s while Astro started, then ${((performance.now() - waited) / 1000).toFixed(1)} s of waiting`;
      },
      'astro:build:done': async ({ dir }) => {
        if (!pass) return;
        const moving = performance.now();
        for (const folder of ['data', 'pagefind']) await move(join(staging, folder), fileURLToPath(new URL(`${folder}/`, dir)));
        await rm(staging, { recursive: true, force: true });
        logger.info(`data files and search index: ${made}; ${((performance.now() - moving) / 1000).toFixed(1)} s to move both`);
      },
    },
  };
}
