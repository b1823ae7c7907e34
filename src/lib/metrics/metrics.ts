/**
 * The committed metrics file (content/metrics.json) and what the pages make of it. The site only
 * reads it; `npm run metrics` (a separate script) writes it. A value nobody has fetched is absent,
 * never zero, so pages show a dash rather than a made-up number.
 */
import { z } from 'zod';
import type { EntryData } from '../content/schema.ts';
import type { MetricKind } from './kinds.ts';
import { isHubVerifyToken } from './verify-token.ts';

const fetchedAt = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

/**
 * The file's format. 1: numbers only (no version field); 2: the facts each service gives in the same
 * answer (licence, size, base models, last push, ...); 3: the Hub model cards' evaluation results;
 * 4: a result's Hub verification token instead of the card's own `verified` boolean (which a format-3
 * file still has and which is dropped on reading: the card's owner writes it).
 * Every field added since 1 is optional, so an older file still loads; a file from a later version is
 * refused rather than half read (and its unknown fields lost on the next write).
 */
export const METRICS_FORMAT_VERSION = 4;

/** A repository's stars and what GitHub says of it in the same answer. */
const githubMetricSchema = z.object({
  stars: count,
  archived: z.boolean().optional(),
  pushedAt: fetchedAt.optional(),
  /** SPDX id of the licence GitHub detected ("NOASSERTION" for one it could not name). */
  license: z.string().optional(),
  /** The repository's name now, where it was renamed or moved since the entry named it. */
  movedTo: z.string().optional(),
  fetchedAt,
});
const label = z.string().min(1);
/** One metric of one result of a model card's model-index, as the card states it (self-reported). */
const evalResultSchema = z.object({
  task: label.optional(),
  /** `type` is the Hub dataset id; `name` the card's display name. */
  dataset: z.object({ type: label, name: label.optional(), config: label.optional(), split: label.optional() }),
  metric: z.object({
    type: label,
    name: label.optional(),
    value: z.number(),
    /** A token in the shape the Hub's evaluation service signs its results with; the signature is not checked (verify-token.ts). */
    verifyToken: z.string().refine(isHubVerifyToken, { error: "is not a token in the Hub's shape (header, payload and signature of an EdDSA JWT): remove it" }).optional(),
  }),
});
export type EvalResult = z.output<typeof evalResultSchema>;

/** A Hub repository's likes and what its model info says: use, licence, gate, size and lineage. */
const huggingfaceMetricSchema = z.object({
  likes: count,
  /** Downloads over the last 30 days, as the Hub counts them. */
  downloads: count.optional(),
  license: z.string().optional(),
  gated: z.boolean().optional(),
  baseModels: z.array(z.string()).optional(),
  /** Parameter count from the safetensors metadata. */
  parameters: count.optional(),
  pipelineTag: z.string().optional(),
  lastModified: fetchedAt.optional(),
  /** The model card's model-index results, one per metric; never merged with the curated results. */
  evalResults: z.array(evalResultSchema).optional(),
  fetchedAt,
});
/** A paper's citations, and what Semantic Scholar says the paper is (asked for in the same batch). */
const semanticScholarMetricSchema = z.object({
  citations: count,
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  venue: z.string().optional(),
  year: z.number().int().optional(),
  /** YYYY-MM-DD, where Semantic Scholar knows the day. */
  publicationDate: z.iso.date().optional(),
  openAccessPdf: z.url().optional(),
  externalIds: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fetchedAt,
});

export const metricsFileSchema = z.object({
  version: z
    .number()
    .int()
    .max(METRICS_FORMAT_VERSION, { error: `was written by a newer version of this project (format above ${METRICS_FORMAT_VERSION}): update the project` })
    .default(1),
  github: z.record(z.string(), githubMetricSchema).default({}),
  huggingface: z.record(z.string(), huggingfaceMetricSchema).default({}),
  semanticScholar: z.record(z.string(), semanticScholarMetricSchema).default({}),
});

export type MetricsFile = z.output<typeof metricsFileSchema>;

/** A number as of a time: for several ids, their sum as of the oldest fetch among them. */
export interface MetricValue {
  value: number;
  fetchedAt: string;
}

function sumOf(values: (MetricValue | undefined)[]): MetricValue | undefined {
  const known = values.filter((v) => v !== undefined);
  if (known.length === 0) return undefined;
  return {
    value: known.reduce((total, v) => total + v.value, 0),
    fetchedAt: known.map((v) => v.fetchedAt).sort()[0]!,
  };
}

/** The value one id has in one table of the metrics file, if it was ever fetched (and the answer had it). */
function valueOf<K extends string>(table: Record<string, Partial<Record<K, number>> & { fetchedAt: string }>, field: K, id: string | undefined) {
  const value = id === undefined ? undefined : table[id]?.[field];
  return value === undefined ? undefined : { value, fetchedAt: table[id!]!.fetchedAt };
}

/** An entry's citations (over its papers), stars (over its repos), likes and downloads (over its Hub ids). */
export function entryMetrics(data: EntryData, metrics: MetricsFile): Partial<Record<MetricKind, MetricValue>> {
  const values = {
    citations: sumOf(data.papers.map((paper) => valueOf(metrics.semanticScholar, 'citations', paper.semanticScholar))),
    stars: sumOf(data.github.map((repo) => valueOf(metrics.github, 'stars', repo))),
    likes: sumOf(data.huggingface.map((id) => valueOf(metrics.huggingface, 'likes', id))),
    downloads: sumOf(data.huggingface.map((id) => valueOf(metrics.huggingface, 'downloads', id))),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** Hours since the newest value in the file was fetched; undefined for a file nothing was ever fetched into. */
export function hoursSinceRefresh(metrics: MetricsFile, now: Date): number | undefined {
  const times = [metrics.github, metrics.huggingface, metrics.semanticScholar].flatMap((table) => Object.values(table).map((row) => Date.parse(row.fetchedAt)));
  return times.length ? (now.getTime() - Math.max(...times)) / 3_600_000 : undefined;
}
