/**
 * The list as open data: /data/entries.json (versioned, with a JSON Schema beside it), the same as
 * CSV, and its citations (citation.ts). One record shape feeds them all.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { AddedDates } from './added-dates.ts';
import type { ResultRow } from './results.ts';
import type { BenchmarkLookup } from '../content/benchmarks.ts';
import { CSV_OPTIONS } from './csv-options.ts';
import { PAPER_KINDS } from '../content/paper-metadata.ts';
import { mainLink } from '../content/entries.ts';
import { entryFacts } from '../metrics/facts.ts';
import type { InstituteIndex } from '../content/institutes.ts';
import { entryMetrics, type MetricsFile } from '../metrics/metrics.ts';
import { ACCESS_LEVELS, MODALITIES, SECTIONS, SPECIALTIES, type Entry } from '../content/schema.ts';

/** Bump when a field changes meaning or goes away; adding a field keeps the version. */
export const OPEN_DATA_VERSION = 1;

const fetched = z.iso.datetime({ offset: true });
const openEntrySchema = z.object({
  slug: z.string().describe('Unique id of the entry; its page is /entries/<slug>/'),
  section: z.enum(SECTIONS),
  title: z.string(),
  summary: z.string().optional(),
  date: z.string().describe('Publication month, YYYY-MM'),
  added: z.iso.date().optional().describe('Day the entry entered the list'),
  institutes: z.array(z.string()).describe('Canonical institute names'),
  url: z.url().optional().describe("The entry's main link: its first paper, else its first other link"),
  page: z
    .union([z.url(), z.string().startsWith('/')])
    .describe("The entry's page on this site: its URL, or its path from the site's root in a build made without the site's address"),
  papers: z.array(
    z.object({
      url: z.url(),
      title: z.string().optional().describe("The paper's title as its page prints it"),
      authors: z.array(z.string()).optional().describe('Its authors as the paper prints them, "Given Family"'),
      venue: z.string().optional().describe('Where it was published'),
      year: z.number().int().optional().describe('The year it was published'),
      kind: z.enum(PAPER_KINDS).optional().describe('What it is, where the entry says so'),
      semanticScholar: z.string().optional(),
      citations: z.number().int().optional(),
      citationsFetchedAt: fetched.optional(),
      metadata: z
        .object({ title: z.string().optional(), authors: z.array(z.string()).optional(), venue: z.string().optional(), year: z.number().int().optional() })
        .optional()
        .describe("What Semantic Scholar says the paper is, as of the citations' fetch"),
    }),
  ),
  huggingface: z.array(
    z.object({ id: z.string(), likes: z.number().int().optional(), downloads: z.number().int().optional().describe('Over the last 30 days'), likesFetchedAt: fetched.optional() }),
  ),
  github: z.array(
    z.object({
      repo: z.string(),
      stars: z.number().int().optional(),
      archived: z.boolean().optional(),
      starsFetchedAt: fetched.optional(),
    }),
  ),
  links: z.array(z.object({ label: z.string(), url: z.url() })),
  citations: z.number().int().optional().describe('Sum over the papers, where known'),
  stars: z.number().int().optional().describe('Sum over the repositories, where known'),
  likes: z.number().int().optional().describe('Sum over the Hub repositories, where known'),
  downloads: z.number().int().optional().describe('Sum over the Hub repositories of their last 30 days, where known'),
  license: z.string().optional().describe("The licence of the weights: the entry's (an SPDX id, or a named licence such as llama-3-community, research-only or unknown; see CONTRIBUTING.md), else the one the Hub or GitHub states for its first model or repository that has one"),
  licenseNote: z.string().optional().describe('Why the licence is unknown, or which terms a model-specific licence means (added in a later release of version 1)'),
  licenseFetched: z.boolean().optional().describe("true where the licence is the Hub's or GitHub's because the entry gives none (added in a later release of version 1)"),
  access: z.enum(ACCESS_LEVELS).optional().describe('How the model can be used (unknown added in a later release of version 1)'),
  accessNote: z.string().optional().describe('Why access is unknown (added in a later release of version 1)'),
  baseModel: z.string().optional(),
  parameters: z.string().optional(),
  modalities: z.array(z.enum(MODALITIES)),
  specialties: z.array(z.enum(SPECIALTIES)).describe('The medical fields the entry serves (added in a later release of version 1; absent means none stated)').optional(),
  venue: z.string().optional(),
  results: z.array(z.looseObject({ benchmark: z.string(), variant: z.string(), metric: z.string(), value: z.number(), model: z.string(), setting: z.looseObject({}) })).optional().describe('Reported benchmark results as the entry gives them (see /data/results.json for one row per result, with names and units)'),
});

export const openDataSchema = z.object({
  version: z.literal(OPEN_DATA_VERSION),
  entries: z.array(openEntrySchema),
});

export type OpenEntry = z.output<typeof openEntrySchema>;

export interface OpenDataContext {
  metrics: MetricsFile;
  institutes: InstituteIndex;
  added: AddedDates;
  /** Absolute URL of an entry's page. */
  pageUrl: (slug: string) => string;
}

export function toOpenEntry(entry: Entry, { metrics, institutes, added, pageUrl }: OpenDataContext): OpenEntry {
  const { data, slug } = entry;
  const totals = entryMetrics(data, metrics);
  const license = entryFacts(data, metrics).license;
  const url = mainLink(data);
  return {
    slug,
    section: entry.section,
    title: data.title,
    ...(data.summary ? { summary: data.summary } : {}),
    date: data.date,
    ...(added[slug] ? { added: added[slug] } : {}),
    institutes: data.institutes.map((name) => institutes.resolve(name)?.name ?? name),
    ...(url ? { url } : {}),
    page: pageUrl(slug),
    papers: data.papers.map((paper) => {
      const known = paper.semanticScholar ? metrics.semanticScholar[paper.semanticScholar] : undefined;
      if (!known) return paper;
      const { title, authors, venue, year } = known;
      const metadata = Object.fromEntries(Object.entries({ title, authors, venue, year }).filter(([, v]) => v !== undefined));
      return { ...paper, citations: known.citations, citationsFetchedAt: known.fetchedAt, ...(Object.keys(metadata).length ? { metadata } : {}) };
    }),
    huggingface: data.huggingface.map((id) => {
      const known = metrics.huggingface[id];
      return { id, ...(known ? { likes: known.likes, ...(known.downloads === undefined ? {} : { downloads: known.downloads }), likesFetchedAt: known.fetchedAt } : {}) };
    }),
    github: data.github.map((repo) => {
      const known = metrics.github[repo];
      return { repo, ...(known ? { stars: known.stars, archived: known.archived, starsFetchedAt: known.fetchedAt } : {}) };
    }),
    links: data.links,
    ...(totals.citations ? { citations: totals.citations.value } : {}),
    ...(totals.stars ? { stars: totals.stars.value } : {}),
    ...(totals.likes ? { likes: totals.likes.value } : {}),
    ...(totals.downloads ? { downloads: totals.downloads.value } : {}),
    ...(license ? { license: license.value, ...(license.fetched ? { licenseFetched: true } : {}) } : {}),
    ...(data.licenseNote ? { licenseNote: data.licenseNote } : {}),
    ...(data.access ? { access: data.access } : {}),
    ...(data.accessNote ? { accessNote: data.accessNote } : {}),
    ...(data.baseModel ? { baseModel: data.baseModel } : {}),
    ...(data.parameters ? { parameters: data.parameters } : {}),
    modalities: data.modalities,
    specialties: data.specialties,
    ...(data.venue ? { venue: data.venue } : {}),
    ...(data.results.length ? { results: data.results } : {}),
  };
}

/** The JSON Schema published beside entries.json, generated from the zod schema above. */
export function entriesJsonSchema(): Record<string, unknown> {
  return {
    $id: 'entries.schema.json',
    title: `Medical foundation models list, version ${OPEN_DATA_VERSION}`,
    ...z.toJSONSchema(openDataSchema, { io: 'output' }),
  };
}

const CSV_COLUMNS = [
  'slug', 'section', 'title', 'summary', 'date', 'added', 'institutes', 'url', 'paper_title', 'paper_authors', 'semantic_scholar',
  'citations', 'github', 'stars', 'huggingface', 'likes', 'downloads', 'license', 'access', 'base_model', 'parameters', 'modalities', 'specialties', 'venue', 'page', 'license_note', 'access_note',
] as const;

/** One row per entry, with its main paper's title and authors; lists joined with "; ". */
export function toCsv(entries: readonly OpenEntry[]): string {
  const rows = entries.map((e) => [
    e.slug, e.section, e.title, e.summary ?? '', e.date, e.added ?? '', e.institutes.join('; '), e.url ?? '',
    e.papers[0]?.title ?? '', (e.papers[0]?.authors ?? []).join('; '),
    e.papers.flatMap((p) => (p.semanticScholar ? [p.semanticScholar] : [])).join('; '),
    e.citations ?? '', e.github.map((g) => g.repo).join('; '), e.stars ?? '', e.huggingface.map((h) => h.id).join('; '), e.likes ?? '', e.downloads ?? '', e.license ?? '',
    e.access ?? '', e.baseModel ?? '', e.parameters ?? '', e.modalities.join('; '), (e.specialties ?? []).join('; '), e.venue ?? '', e.page, e.licenseNote ?? '', e.accessNote ?? '',
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], CSV_OPTIONS);
}

/** /data/results.json and .csv: one row per result, with the registry's names and units beside the ids. */
export interface OpenResult {
  entry: string;
  model: string;
  parameters: string;
  benchmark: string;
  benchmark_name: string;
  variant: string;
  variant_name: string;
  metric: string;
  metric_name: string;
  unit: string;
  higher_is_better: boolean;
  value: number;
  stderr: number | '';
  shots: number | '';
  chain_of_thought: boolean | '';
  ensemble: string;
  scoring: string;
  judge: string;
  harness: string;
  runs: number | '';
  aggregation: string;
  reported_by: string;
  source_url: string;
  source_locator: string;
  date: string;
  flags: string;
  notes: string;
  page: string;
}

export function toOpenResults(rows: readonly ResultRow[], benchmarks: BenchmarkLookup, pageUrl: (slug: string) => string): OpenResult[] {
  return rows.map(({ slug, result, parameters, date }) => {
    const benchmark = benchmarks.get(result.benchmark)!;
    const variant = benchmark.variants.find((v) => v.id === result.variant)!;
    const metric = benchmark.metrics.find((m) => m.id === result.metric)!;
    const { shots, chainOfThought, ensemble, scoring, judge, harness, runs, aggregation } = result.setting;
    return {
      entry: slug, model: result.model, parameters: parameters ?? '',
      benchmark: benchmark.id, benchmark_name: benchmark.name, variant: variant.id, variant_name: variant.name,
      metric: metric.id, metric_name: metric.name, unit: metric.unit, higher_is_better: metric.higherIsBetter, value: result.value, stderr: result.stderr ?? '',
      shots: shots ?? '', chain_of_thought: chainOfThought ?? '', ensemble: ensemble ?? '', scoring: scoring ?? '', judge: judge ?? '', harness: harness ?? '', runs: runs ?? '', aggregation: aggregation ?? '',
      reported_by: result.source.reportedBy, source_url: result.source.url, source_locator: result.source.locator, date,
      flags: result.flags.join('; '), notes: result.notes ?? '', page: pageUrl(slug),
    };
  });
}

/** The columns of results.csv, in the order of the records' fields (a test holds them to it). */
export const RESULT_COLUMNS = [
  'entry', 'model', 'parameters', 'benchmark', 'benchmark_name', 'variant', 'variant_name', 'metric', 'metric_name', 'unit', 'higher_is_better', 'value', 'stderr',
  'shots', 'chain_of_thought', 'ensemble', 'scoring', 'judge', 'harness', 'runs', 'aggregation', 'reported_by', 'source_url', 'source_locator', 'date', 'flags', 'notes', 'page',
] as const satisfies readonly (keyof OpenResult)[];

export function resultsCsv(results: readonly OpenResult[]): string {
  return stringify([[...RESULT_COLUMNS], ...results.map((row) => RESULT_COLUMNS.map((column) => row[column]))], CSV_OPTIONS);
}
