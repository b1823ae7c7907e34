/**
 * Every file under /data/: the open data (entries and results as JSON and CSV, citations as BibTeX, RIS and CSL-JSON), the browse
 * indexes and result columns the list pages fetch, the compare page's files and what /contribute/
 * checks a draft against. One function makes them for `astro build`, which writes them in its worker
 * thread beside the pages (src/integrations/entries-pass.ts), and for `astro dev`, which serves them
 * (src/integrations/data-route.ts): the two cannot differ.
 */
import { loadAddedDates, type AddedDates } from './added-dates.ts';
import { browseIndex } from './browse.ts';
import { benchmarkHref, entryHref } from './hrefs.ts';
import { compareFileOf, COMPARE_FILES, compareTitles, resultNames } from './compare.ts';
import { contributeData } from './contribute.ts';
import { citation, type Citation } from './citation.ts';
import { entriesJsonSchema, OPEN_DATA_VERSION, resultsCsv, toCsv, toOpenEntry, toOpenResults, type OpenEntry } from './open-data.ts';
import { resultColumnFile } from './result-columns.ts';
import { benchmarkTables, resultRows, valueDecimals } from './results.ts';
import type { BenchmarkLookup } from '../content/benchmarks.ts';
import { byNewest } from '../content/entries.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { SECTIONS, type Entry } from '../content/schema.ts';
import { metricsPathIn, readMetricsFile } from '../metrics/metrics-file.ts';
import type { MetricsFile } from '../metrics/metrics.ts';

export interface DataFilesInput {
  /** Newest first. */
  entries: readonly Entry[];
  institutes: InstituteIndex;
  benchmarks: BenchmarkLookup;
  metrics: MetricsFile;
  added: AddedDates;
  /** The configured site, for the absolute page URLs of the open data; without it they are paths. */
  site: string | undefined;
  /** The site's base path without a trailing slash. */
  base: string;
}

/** Computes a value the first time it is asked for: a dev request makes only what its file needs. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * An entry's page as the open data and the entry pages' BibTeX give it: an absolute URL on the configured
 * site, or its path from the site's root when the build was given no address (never a made-up host).
 */
export const entryPageUrl = (base: string, site: string | URL | undefined) => (slug: string) =>
  site ? new URL(entryHref(base, slug), site).href : entryHref(base, slug);

/** Each file's path under /data/ with a function that makes its text, and each entry's citation (made once for the files; the build hands them to the entry pages too). */
export function dataFiles({ entries, institutes, benchmarks, metrics, added, site, base }: DataFilesInput): { files: Map<string, () => string>; citations: () => (readonly [string, Citation])[] } {
  const pageUrl = entryPageUrl(base, site);
  const openEntries = once(() => entries.map((entry) => toOpenEntry(entry, { metrics, institutes, added, pageUrl })));
  const citations = once(() => openEntries().map((entry) => [entry.slug, citation(entry)] as const));
  const rows = once(() => resultRows(entries));
  const openResults = once(() => toOpenResults(rows(), benchmarks, pageUrl));
  const decimals = once(() => valueDecimals(rows().map(({ result }) => result)));
  const byCompareFile = once(() => Map.groupBy(openEntries(), (entry) => compareFileOf(entry.slug)));
  const versioned = (key: 'entries' | 'results', records: readonly unknown[]) => `${json({ version: OPEN_DATA_VERSION, [key]: records })}\n`;

  const files = new Map<string, () => string>([
    ['entries.json', () => versioned('entries', openEntries())],
    ['entries.schema.json', () => `${JSON.stringify(entriesJsonSchema(), null, 2)}\n`],
    ['entries.csv', () => toCsv(openEntries())],
    ['entries.bib', () => citations().map(([, cited]) => cited.bibtex).join('\n')],
    ['entries.ris', () => citations().map(([, cited]) => cited.ris).join('\n')],
    ['entries.csl.json', () => `${JSON.stringify(citations().map(([, cited]) => cited.csl), null, 1)}\n`],
    // slug -> BibTeX, fetched by a list page only when someone copies the BibTeX of a filtered view.
    ['bibtex.json', () => json(Object.fromEntries(citations().map(([slug, cited]) => [slug, cited.bibtex])))],
    ['results.json', () => versioned('results', openResults())],
    ['results.csv', () => resultsCsv(openResults())],
    ['contribute.json', () => json(contributeData(entries, institutes.all))],
  ]);
  for (const section of SECTIONS) files.set(`browse/${section}.json`, () => json(browseIndex(section, entries, institutes, metrics, added)));
  const reported = new Set(rows().map(({ result }) => result.benchmark));
  for (const benchmark of benchmarks.ids().filter((id) => reported.has(id)).map((id) => benchmarks.get(id)!)) {
    files.set(`browse/results/${benchmark.id}.json`, () => json(resultColumnFile(benchmark, benchmarkTables(benchmark, rows()), benchmarkHref(base, benchmark.id))));
  }
  files.set('compare/titles.json', () => json(compareTitles(entries)));
  for (let file = 0; file < COMPARE_FILES; file++) {
    files.set(`compare/${file}.json`, () => {
      const held = byCompareFile().get(file) ?? ([] as OpenEntry[]);
      return json({ version: OPEN_DATA_VERSION, entries: held, results: resultNames(held, benchmarks, decimals()) });
    });
  }
  return { files, citations };
}

/** The rest of the data files' input, read beside the entries and registries readEntries has read and validated. */
export async function readDataFilesInput(
  contentDir: string,
  { entries, institutes, benchmarks }: Pick<DataFilesInput, 'institutes' | 'benchmarks'> & { entries: readonly Entry[] },
  { site, base }: Pick<DataFilesInput, 'site' | 'base'>,
): Promise<DataFilesInput> {
  const metrics = await readMetricsFile(metricsPathIn(contentDir));
  return { entries: [...entries].sort(byNewest), institutes, benchmarks, metrics, added: loadAddedDates(contentDir), site, base };
}
