/**
 * The committed metrics file (content/metrics.json) and what the pages make of it. The site only
 * reads it; `npm run metrics` (a separate script) writes it. A value nobody has fetched is absent,
 * never zero, so pages show a dash rather than a made-up number.
 */
import { z } from 'zod';
import type { EntryData } from '../content/schema.ts';

const fetchedAt = z.iso.datetime({ offset: true });
const count = z.number().int().nonnegative();

const githubMetricSchema = z.object({
  stars: count,
  archived: z.boolean().optional(),
  pushedAt: fetchedAt.optional(),
  fetchedAt,
});
const huggingfaceMetricSchema = z.object({ likes: count, downloads: count.optional(), fetchedAt });
/** A paper's citations, and what Semantic Scholar says the paper is (asked for in the same batch). */
const semanticScholarMetricSchema = z.object({
  citations: count,
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  venue: z.string().optional(),
  year: z.number().int().optional(),
  externalIds: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fetchedAt,
});

export const metricsFileSchema = z.object({
  github: z.record(z.string(), githubMetricSchema).default({}),
  huggingface: z.record(z.string(), huggingfaceMetricSchema).default({}),
  semanticScholar: z.record(z.string(), semanticScholarMetricSchema).default({}),
});

export type MetricsFile = z.output<typeof metricsFileSchema>;

export const METRIC_KINDS = ['citations', 'stars', 'likes'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const METRIC_LABELS: Record<MetricKind, string> = {
  citations: 'Citations',
  stars: 'GitHub stars',
  likes: 'Hugging Face likes',
};

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

/** The value one id has in one table of the metrics file, if it was ever fetched. */
function valueOf<K extends string>(table: Record<string, Record<K, number> & { fetchedAt: string }>, field: K, id: string | undefined) {
  const hit = id === undefined ? undefined : table[id];
  return hit && { value: hit[field], fetchedAt: hit.fetchedAt };
}

/** An entry's citations (over its papers), stars (over its repos) and likes (over its Hub ids). */
export function entryMetrics(data: EntryData, metrics: MetricsFile): Partial<Record<MetricKind, MetricValue>> {
  const citations = sumOf(data.papers.map((paper) => valueOf(metrics.semanticScholar, 'citations', paper.semanticScholar)));
  const stars = sumOf(data.github.map((repo) => valueOf(metrics.github, 'stars', repo)));
  const likes = sumOf(data.huggingface.map((id) => valueOf(metrics.huggingface, 'likes', id)));
  return { ...(citations && { citations }), ...(stars && { stars }), ...(likes && { likes }) };
}
