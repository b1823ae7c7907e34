/**
 * What an entry's model cards report of themselves (their model-index, as the refresh fetched it),
 * mapped to the benchmark registry only where the mapping is certain: the card's Hub dataset, config
 * and split are exactly those a registry variant lists (and no other variant lists them too), and the
 * metric's type is one of that benchmark's metric ids. Everything else is shown as the card words it.
 * These rows are the cards' claims, kept apart from the curated results and never merged into them.
 *
 * The deploy publishes them without review, so what a card may put on a page is bounded here, once for
 * the refresh (which keeps only these in the metrics file and reports what it left out) and again for
 * the pages (which may read an older file, or a registry changed since): a value whose metric the
 * registry knows is kept only within that metric's range (the mapped benchmark's, else the widest range
 * the registry gives that metric id, so "accuracy: 99999" is dropped whatever dataset it names);
 * every label is at most 200 characters; at most 50 results per model, in the card's order.
 */
import type { BenchmarkLookup } from '../content/benchmarks.ts';
import type { EvalResult, MetricsFile } from './metrics.ts';

/**
 * A generous card lists each benchmark it reports with a metric or two: the nine tasks of the Open
 * Medical-LLM Leaderboard with two metrics each are 18 rows. 50 leaves room for more, and keeps one
 * model's table under 60 KB of page even with every label at its longest (about 1.1 KB a row).
 */
const MAX_RESULTS_PER_MODEL = 50;
/** Dataset and metric names, ids, configs and splits are short; a longer one is no label but filler. */
const MAX_LABEL_LENGTH = 200;

export interface SelfReportedRow {
  hubId: string;
  /** Registry ids, set only when the card's dataset, config and split match a variant exactly. */
  benchmark?: string;
  variant?: string;
  /** A registry metric id of that benchmark, set only when the card's metric type is that id. */
  metric?: string;
  datasetLabel: string;
  metricLabel: string;
  value: number;
  /** The result carries a token in the shape of the Hub's evaluation service; its signature is not checked. */
  hasVerifyToken: boolean;
}

interface Place {
  benchmark: string;
  variant: string;
  label: string;
}

interface Range {
  min: number;
  max: number;
}

interface RegistryIndex {
  /** Each (dataset, config, split) the registry names, and the one variant it is; null where two variants claim it. */
  places: Map<string, Place | null>;
  /** Each metric id, and the widest range the registry gives it over all benchmarks. */
  widestRanges: Map<string, Range>;
}

const datasetKey = (dataset: string, config: string | undefined, split: string | undefined) => JSON.stringify([dataset, config ?? null, split ?? null]);

const indexOfRegistry = new WeakMap<BenchmarkLookup, RegistryIndex>();

/** Made once per registry: every entry page asks. */
function registryIndex(registry: BenchmarkLookup): RegistryIndex {
  const known = indexOfRegistry.get(registry);
  if (known) return known;
  const index: RegistryIndex = { places: new Map(), widestRanges: new Map() };
  indexOfRegistry.set(registry, index);
  for (const benchmark of registry.ids().map((id) => registry.get(id)!)) {
    for (const variant of benchmark.variants) {
      for (const { dataset, config, split } of variant.huggingface) {
        const key = datasetKey(dataset, config, split);
        index.places.set(key, index.places.has(key) ? null : { benchmark: benchmark.id, variant: variant.id, label: `${benchmark.name}, ${variant.name}` });
      }
    }
    for (const { id, min, max } of benchmark.metrics) {
      const wider = index.widestRanges.get(id);
      index.widestRanges.set(id, wider ? { min: Math.min(wider.min, min), max: Math.max(wider.max, max) } : { min, max });
    }
  }
  return index;
}

/** Where a card's result sits in the registry, if anywhere, and the range its value must be within, if the registry knows its metric. */
function locate({ dataset, metric }: EvalResult, registry: BenchmarkLookup) {
  const index = registryIndex(registry);
  const place = index.places.get(datasetKey(dataset.type, dataset.config, dataset.split)) ?? undefined;
  const registryMetric = place && registry.get(place.benchmark)!.metrics.find((m) => m.id === metric.type);
  return { place, registryMetric, range: registryMetric ?? index.widestRanges.get(metric.type) };
}

const labelsOf = ({ task, dataset, metric }: EvalResult) => [task, dataset.type, dataset.name, dataset.config, dataset.split, metric.type, metric.name];

/** Why a card's result is not kept; each reads after a count ("3 beyond the first 50"). */
const LEFT_OUT = {
  malformed: 'malformed',
  longLabel: `with a label over ${MAX_LABEL_LENGTH} characters`,
  outOfRange: "outside its registry metric's range",
  beyondCap: `beyond the first ${MAX_RESULTS_PER_MODEL}`,
} as const;
type LeftOutCounts = Partial<Record<keyof typeof LEFT_OUT, number>>;

/** The results of one model's card that may be shown, in the card's order, and how many were left out for each reason. */
export function keptSelfReported(results: readonly EvalResult[], registry: BenchmarkLookup): { kept: EvalResult[]; leftOut: LeftOutCounts } {
  const leftOut = { longLabel: 0, outOfRange: 0, beyondCap: 0 };
  const kept: EvalResult[] = [];
  for (const result of results) {
    const { range } = locate(result, registry);
    const { value } = result.metric;
    if (labelsOf(result).some((label) => label !== undefined && label.length > MAX_LABEL_LENGTH)) leftOut.longLabel++;
    else if (range && (value < range.min || value > range.max)) leftOut.outOfRange++;
    else if (kept.length === MAX_RESULTS_PER_MODEL) leftOut.beyondCap++;
    else kept.push(result);
  }
  return { kept, leftOut };
}

/** "2 beyond the first 50, 1 outside its registry metric's range"; empty when nothing was left out. */
export const describeLeftOut = (leftOut: LeftOutCounts): string =>
  (Object.keys(LEFT_OUT) as (keyof typeof LEFT_OUT)[])
    .filter((reason) => (leftOut[reason] ?? 0) > 0)
    .map((reason) => `${leftOut[reason]} ${LEFT_OUT[reason]}`)
    .join(', ');

/** The card's dataset as it names it: its display name, then the Hub id, config and split it gave. */
function cardDatasetLabel({ type, name, config, split }: EvalResult['dataset']): string {
  const details = [name && name !== type ? type : undefined, config, split].filter(Boolean);
  return details.length ? `${name ?? type} (${details.join(', ')})` : (name ?? type);
}

export function selfReportedResults(hubIds: readonly string[], metrics: MetricsFile, registry: BenchmarkLookup): SelfReportedRow[] {
  return hubIds.flatMap((hubId) =>
    keptSelfReported(metrics.huggingface[hubId]?.evalResults ?? [], registry).kept.map((result): SelfReportedRow => {
      const { dataset, metric } = result;
      const { place, registryMetric } = locate(result, registry);
      return {
        hubId,
        ...(place && { benchmark: place.benchmark, variant: place.variant }),
        ...(registryMetric && { metric: registryMetric.id }),
        datasetLabel: place?.label ?? cardDatasetLabel(dataset),
        metricLabel: registryMetric?.name ?? metric.name ?? metric.type,
        value: metric.value,
        hasVerifyToken: metric.verifyToken !== undefined,
      };
    }),
  );
}
