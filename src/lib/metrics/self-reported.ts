/**
 * What an entry's model cards report of themselves (their model-index, as the refresh fetched it),
 * mapped to the benchmark registry only where the mapping is certain: the card's Hub dataset, config
 * and split are exactly those a registry variant lists (and no other variant lists them too), and the
 * metric's type is one of that benchmark's metric ids. Everything else is shown as the card words it.
 * These rows are the cards' claims, kept apart from the curated results and never merged into them.
 */
import type { BenchmarkLookup } from '../content/benchmarks.ts';
import type { EvalResult, MetricsFile } from './metrics.ts';

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
  verified: boolean;
}

interface Place {
  benchmark: string;
  variant: string;
  label: string;
}

const datasetKey = (dataset: string, config: string | undefined, split: string | undefined) => JSON.stringify([dataset, config ?? null, split ?? null]);

const placesOfRegistry = new WeakMap<BenchmarkLookup, Map<string, Place | null>>();

/**
 * Each (dataset, config, split) the registry names, and the one variant it is; null where two variants
 * claim it. Made once per registry: every entry page asks.
 */
function variantsByDataset(registry: BenchmarkLookup): Map<string, Place | null> {
  const known = placesOfRegistry.get(registry);
  if (known) return known;
  const places = new Map<string, Place | null>();
  placesOfRegistry.set(registry, places);
  for (const benchmark of registry.ids().map((id) => registry.get(id)!)) {
    for (const variant of benchmark.variants) {
      for (const { dataset, config, split } of variant.huggingface) {
        const key = datasetKey(dataset, config, split);
        places.set(key, places.has(key) ? null : { benchmark: benchmark.id, variant: variant.id, label: `${benchmark.name}, ${variant.name}` });
      }
    }
  }
  return places;
}

/** The card's dataset as it names it: its display name, then the Hub id, config and split it gave. */
function cardDatasetLabel({ type, name, config, split }: EvalResult['dataset']): string {
  const details = [name && name !== type ? type : undefined, config, split].filter(Boolean);
  return details.length ? `${name ?? type} (${details.join(', ')})` : (name ?? type);
}

export function selfReportedResults(hubIds: readonly string[], metrics: MetricsFile, registry: BenchmarkLookup): SelfReportedRow[] {
  const places = variantsByDataset(registry);
  return hubIds.flatMap((hubId) =>
    (metrics.huggingface[hubId]?.evalResults ?? []).map(({ dataset, metric }): SelfReportedRow => {
      const place = places.get(datasetKey(dataset.type, dataset.config, dataset.split)) ?? undefined;
      const registryMetric = place && registry.get(place.benchmark)!.metrics.find((m) => m.id === metric.type);
      return {
        hubId,
        ...(place && { benchmark: place.benchmark, variant: place.variant }),
        ...(registryMetric && { metric: registryMetric.id }),
        datasetLabel: place?.label ?? cardDatasetLabel(dataset),
        metricLabel: registryMetric?.name ?? metric.name ?? metric.type,
        value: metric.value,
        verified: metric.verified === true,
      };
    }),
  );
}
