/**
 * The numbers an entry has, and their names. Apart from the metrics file's schema (zod), so that the
 * browsing script, which renders cards in the browser, can name them without bundling a validator.
 */
/** The numbers cards show and lists sort by. */
export const METRIC_KINDS = ['citations', 'stars', 'likes', 'downloads'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
/** The numbers the history keeps a series of (downloads are a 30-day window already). */
export const HISTORY_KINDS = ['citations', 'stars', 'likes'] as const satisfies readonly MetricKind[];
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const METRIC_LABELS: Record<MetricKind, string> = {
  citations: 'Citations',
  stars: 'GitHub stars',
  likes: 'Hugging Face likes',
  downloads: 'Downloads (30 days)',
};
