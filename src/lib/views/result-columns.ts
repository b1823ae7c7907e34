/**
 * A benchmark result as a column of the table view: one benchmark, variant and metric (numbers of
 * another variant or metric never share it), each entry's best value in it, and the sort by it. The
 * list pages offer the columns their entries have; the values of a benchmark's columns are one small
 * file (/data/browse/results/<benchmark>.json) that the table fetches when one of them is chosen, so
 * the browse index does not grow with the results.
 */
import type { Benchmark } from '../content/benchmark-registry.ts';
import { resultColumnKey } from './filter.ts';
import { headlineFirst } from './benchmark-filter.ts';
import { flagText, formatResultValue, isFlagged, tableId, type ResultTable } from './results.ts';
import type { Entry } from '../content/schema.ts';

/** "MedQA · USMLE, English, 4 options, test · Accuracy": the select names the benchmark too, as its closed box shows no group. */
const columnLabel = (benchmark: Benchmark, table: { variant: Benchmark['variants'][number]; metric: Benchmark['metrics'][number] }) =>
  `${benchmark.name} · ${table.variant.name} · ${table.metric.name}`;

/** The columns a list can add, in the registry's order, each with how many of the list's entries have a value in it. */
export function resultColumnChoices(entries: readonly Entry[], benchmarks: readonly Benchmark[]): { benchmark: string; columns: { key: string; label: string; entries: number }[] }[] {
  const reporting = new Map<string, Set<string>>();
  for (const { slug, data } of entries) {
    for (const { benchmark, variant, metric } of data.results) {
      const key = resultColumnKey(benchmark, variant, metric);
      reporting.set(key, (reporting.get(key) ?? new Set()).add(slug));
    }
  }
  return benchmarks.flatMap((benchmark) => {
    const columns = benchmark.variants.flatMap((variant) =>
      benchmark.metrics.flatMap((metric) => {
        const key = resultColumnKey(benchmark.id, variant.id, metric.id);
        const slugs = reporting.get(key);
        return slugs ? [{ key, label: columnLabel(benchmark, { variant, metric }), entries: slugs.size }] : [];
      }),
    );
    return columns.length ? [{ benchmark: benchmark.name, columns }] : [];
  });
}

/** An entry's best value in a column, with what it is for, as the table shows it. */
export interface ResultCell {
  value: number;
  /** The value as the pages write it: 86.5%. */
  text: string;
  /** The checkpoint the value is for. */
  model: string;
  /** The result's setting in words, when it states one that differs from the column's usual one. */
  otherSetting?: string;
  /** The result's flags in words: set only when the entry has no unflagged result, which then never sorts as a best. */
  flags?: string;
  /** How many results of the entry the column holds (the best is shown). */
  results: number;
}

export interface ResultColumn {
  label: string;
  higherIsBetter: boolean;
  /** The column's place on its benchmark page, where its comparability note and every result are. */
  page: string;
  /** The setting most of the column's results that state one share, in words ("" if none states one). */
  usualSetting: string;
  cells: Record<string, ResultCell>;
}

/** /data/browse/results/<benchmark>.json: every column of one benchmark, by key. */
export interface ResultColumnFile {
  benchmark: string;
  columns: Record<string, ResultColumn>;
}

export function resultColumnFile(benchmark: Benchmark, tables: readonly ResultTable[], benchmarkPage: string): ResultColumnFile {
  const columns: Record<string, ResultColumn> = {};
  for (const table of tables) {
    const cells: Record<string, ResultCell> = {};
    for (const [slug, rows] of Map.groupBy(table.rows, (row) => row.slug)) {
      // The entry's best unflagged result; a flagged one only when it has no other, and then with its flag.
      const { row } = headlineFirst(rows.map((row) => ({ row, value: row.result.value, flagged: isFlagged(row.result) })), table.metric.higherIsBetter)[0]!;
      cells[slug] = {
        value: row.result.value,
        text: formatResultValue(row.result.value, table.metric, table.decimals),
        model: row.result.model,
        ...(row.settingState === 'other' ? { otherSetting: row.setting } : {}),
        ...(isFlagged(row.result) ? { flags: flagText(row.result.flags) } : {}),
        results: rows.length,
      };
    }
    columns[resultColumnKey(benchmark.id, table.variant.id, table.metric.id)] = {
      label: columnLabel(benchmark, table),
      higherIsBetter: table.metric.higherIsBetter,
      page: `${benchmarkPage}#${tableId(table)}`,
      usualSetting: table.usualSetting,
      cells,
    };
  }
  return { benchmark: benchmark.id, columns };
}
