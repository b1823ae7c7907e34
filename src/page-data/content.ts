/** The site's view of the content: every entry from Astro's collections, and the committed metrics. */
import { getCollection } from 'astro:content';
import { loadAddedDates } from '../lib/views/added-dates.ts';
import { loadInstituteIndex, readBenchmarkRegistry, siteContentDir } from '../lib/content/content-files.ts';
import { createBenchmarkLookup } from '../lib/content/benchmarks.ts';
import { type Benchmark } from '../lib/content/benchmark-registry.ts';
import { byNewest } from '../lib/content/entries.ts';
import { historyPathFor, readHistoryFile } from '../lib/metrics/history.ts';
import { metricsPathIn, readMetricsFile } from '../lib/metrics/metrics-file.ts';
import { SECTIONS, type Entry } from '../lib/content/schema.ts';
import { slugify } from '../lib/content/slug.ts';
import { cardData, SECTION_TITLES } from '../lib/views/browse.ts';
import { cardHtml } from '../lib/views/card.ts';
import { benchmarkHref, entryHref, instituteHref } from '../lib/views/hrefs.ts';
import { facetChoicesHtml, type FacetChoice } from '../lib/views/facets.ts';
import { LIST_PAGE_SIZE } from '../lib/views/format.ts';
import { familiesOf, laterVersionsBySlug, type FamilyEntries } from '../lib/views/lineage.ts';
import { repositoryFrom } from '../lib/views/repository.ts';
import { benchmarkTables, resultRows, valueDecimals, type ResultRow, type ResultTable, type ValueDecimals } from '../lib/views/results.ts';
import { entryFacts } from '../lib/metrics/facts.ts';

const contentDir = siteContentDir();

/** The committed metrics (or METRICS_FILE's). */
const metricsPath = metricsPathIn(contentDir);
export const metrics = await readMetricsFile(metricsPath);
/** The metrics history kept beside the metrics file. */
export const history = await readHistoryFile(historyPathFor(metricsPath));

/** The day each entry entered the list (git history, else the committed content/added.json). */
export const added = loadAddedDates(contentDir);

/** Cards on one page of a list; LIST_PAGE_SIZE makes it smaller, so the site tests page a short fixture list. */
export const listPageSize = Number(process.env.LIST_PAGE_SIZE) || LIST_PAGE_SIZE;
/** The repository the links to GitHub point at (a fork's own, on its deploy). */
export const repository = repositoryFrom(process.env);

/** The institutes registry; entries name institutes by name or alias. */
export const institutes = await loadInstituteIndex(contentDir);

/** The benchmark registry results name. */
export const benchmarks = await readBenchmarkRegistry(contentDir);
/** The same by id; the model cards' results are mapped to it where certain. */
export const benchmarkLookup = createBenchmarkLookup(benchmarks);

let cached: Promise<Entry[]> | undefined;

async function loadEntries(): Promise<Entry[]> {
  const perSection = await Promise.all(
    SECTIONS.map(async (section) =>
      (await getCollection(section)).map(
        (item): Entry => ({ slug: item.id, section, data: item.data, body: item.body ?? '', file: item.filePath ?? `${contentDir}/${section}/${item.id}.md` }),
      ),
    ),
  );
  // Clashes between entries were ruled out before Astro read them (src/integrations/entries.ts runs the validator).
  return perSection.flat().sort(byNewest);
}

/** All entries, newest first. */
export const getAllEntries = () => (cached ??= loadEntries());

/** The site's base path without a trailing slash ("" at the root), so project pages under /<repo>/ work. */
export const base = import.meta.env.BASE_URL.replace(/\/$/, '');
/** An internal path under the site's base. */
export const href = (path: string) => `${base}${path}`;

export const entryPath = (slug: string) => entryHref(base, slug);
export const sectionPath = (section: string) => href(`/${section}/`);
export const instituteSlug = (name: string) => slugify(name);
export const institutePath = (name: string) => instituteHref(base, name);
export const specialtyPath = (specialty: string) => href(`/specialties/${specialty}/`);
export const taskPath = (task: string) => href(`/tasks/${task}/`);

let families: Promise<Map<string, FamilyEntries>> | undefined;

/** The base model families the entries are built on (curated base model, else the Hub card's), once per build. */
export const getFamilies = () =>
  (families ??= getAllEntries().then((entries) => familiesOf(entries, (entry) => entryFacts(entry.data, metrics).baseModel?.value)));

let laterVersions: Promise<Map<string, Entry[]>> | undefined;
/** Entries by the slug they name as their earlier version. */
export const getLaterVersions = () => (laterVersions ??= getAllEntries().then(laterVersionsBySlug));

export const familyPath = (slug: string) => href(`/base-models/${slug}/`);

let results: Promise<ResultRow[]> | undefined;
/** Every curated result with its entry, once per build. */
export const getResultRows = () => (results ??= getAllEntries().then(resultRows));

let decimals: Promise<ValueDecimals> | undefined;
/** Each metric's one number format over every result, once per build: entry pages write values as the benchmark pages do. */
export const getValueDecimals = () => (decimals ??= getResultRows().then((rows) => valueDecimals(rows.map((row) => row.result))));

const tablesByBenchmark = new Map<string, Promise<ResultTable[]>>();
/** A benchmark's tables (one per variant and metric, best first), once per build: its page and its result columns share them. */
export function getBenchmarkTables(benchmark: Benchmark): Promise<ResultTable[]> {
  let tables = tablesByBenchmark.get(benchmark.id);
  if (!tables) tablesByBenchmark.set(benchmark.id, (tables = getResultRows().then((rows) => benchmarkTables(benchmark, rows))));
  return tables;
}

export const benchmarkPath = (id: string) => benchmarkHref(base, id);

const cards = new Map<string, string>();
/**
 * An entry's card, made once for each way it is shown (heading level, section named or not): an entry is
 * on a page of its section, of all entries and of each of its institutes, specialties and tasks.
 */
export function entryCardHtml(entry: Entry, level: 2 | 3, showSection: boolean): string {
  const key = `${entry.section}/${entry.slug}/${level}/${showSection}`;
  let html = cards.get(key);
  if (html === undefined) {
    html = cardHtml(cardData(entry, institutes, metrics), { base, level, ...(showSection ? { sectionTitles: SECTION_TITLES } : {}) });
    cards.set(key, html);
  }
  return html;
}

const facetHtml = new WeakMap<object, Map<string, string>>();
/**
 * A facet's checkboxes, made once per list: `facet` is the list summary's own array (one object for every
 * page of the list), `choices` what it offers.
 */
export function facetChoicesHtmlOnce(facet: object, name: string, choices: () => FacetChoice[], live: boolean): string {
  let byName = facetHtml.get(facet);
  if (!byName) facetHtml.set(facet, (byName = new Map()));
  let html = byName.get(name);
  if (html === undefined) byName.set(name, (html = facetChoicesHtml(name, choices(), live)));
  return html;
}
