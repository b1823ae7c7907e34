/**
 * What the benchmark pages, entry pages and open data need of reported results: one row per result with
 * its entry, tables that hold one benchmark, variant and metric each (numbers of different variants or
 * metrics never share one), the table's usual setting so a different one can be marked, and chart points.
 */
import type { Result } from '../content/benchmarks.ts';
import type { Benchmark } from '../content/benchmark-registry.ts';
import { UNRANKED_FLAGS } from '../content/vocabulary.ts';
import type { Entry } from '../content/schema.ts';
import { parameterCount } from '../content/parameter-size.ts';
import { escapeHtml } from './card.ts';

export interface ResultRow {
  slug: string;
  title: string;
  result: Result;
  /** The checkpoint's size: the result's own, else the entry's. */
  parameters?: string;
  /** The month the number was reported: the third-party source's, else the entry's. */
  date: string;
}

export function resultRows(entries: readonly Entry[]): ResultRow[] {
  return entries.flatMap(({ slug, data }) =>
    data.results.map((result) => {
      const parameters = result.parameters ?? data.parameters;
      return { slug, title: data.title, result, ...(parameters ? { parameters } : {}), date: result.source.date ?? data.date };
    }),
  );
}

const SCORING_WORDS = { 'generated-answer': 'generated answer', 'option-likelihood': 'option likelihood', judge: 'judge' } as const;

/** A setting in words: "5-shot, chain of thought, self-consistency, judge GPT-4o, lm-evaluation-harness, mean of 3 runs"; "" when the source says nothing. */
export function settingText({ shots, chainOfThought, ensemble, scoring, judge, harness, aggregation, runs }: Result['setting']): string {
  return [
    shots === undefined ? undefined : shots === 0 ? 'zero-shot' : `${shots}-shot`,
    chainOfThought === undefined ? undefined : chainOfThought ? 'chain of thought' : 'no chain of thought',
    ensemble,
    scoring === undefined ? undefined : scoring === 'judge' && judge ? `judge ${judge}` : SCORING_WORDS[scoring],
    harness,
    runs && runs > 1 ? `mean of ${runs} runs` : undefined,
    aggregation && `${aggregation} average`,
  ]
    .filter(Boolean)
    .join(', ');
}

export const FLAG_WORDS: Record<Result['flags'][number], string> = {
  'trained-on-benchmark': "trained on the benchmark's training split",
  'fine-tuned-per-dataset': 'fine-tuned on this dataset',
  subset: 'part of the test set',
  'source-inconsistent': 'the source prints a number its item count cannot give; not ranked',
};

/** A value as the pages show it: a percentage with its sign, any other unit as the bare number (the heading names it). */
export const formatResultValue = (value: number, metric: Pick<Benchmark['metrics'][number], 'unit'>) => (metric.unit === '%' ? `${value}%` : String(value));

/** Whether a result may be anyone's best: not when its flags say the number cannot be what it says. */
export const ranked = ({ result }: Pick<ResultRow, 'result'>) => !result.flags.some((flag) => UNRANKED_FLAGS.has(flag));

/** Rows a benchmark page shows per table: the page stays within its budget however long the list grows. */
export const TABLE_ROWS_SHOWN = 100;

export interface ResultTable {
  variant: Benchmark['variants'][number];
  metric: Benchmark['metrics'][number];
  /** Best first, by the metric's direction (unranked results last); ties keep the older report first. */
  rows: (ResultRow & { setting: string; unusualSetting: boolean })[];
  /** The setting most of the table's results share, in words ("" if most say nothing). */
  usualSetting: string;
}

/** One table per variant and metric that has results, in the registry's order. */
export function benchmarkTables(benchmark: Benchmark, rows: readonly ResultRow[]): ResultTable[] {
  const mine = rows.filter((row) => row.result.benchmark === benchmark.id);
  return benchmark.variants.flatMap((variant) =>
    benchmark.metrics.flatMap((metric) => {
      const held = mine.filter(({ result }) => result.variant === variant.id && result.metric === metric.id);
      if (!held.length) return [];
      const described = held.map((row) => ({ ...row, setting: settingText(row.result.setting) }));
      const usualSetting = mostCommon(described.map(({ setting }) => setting));
      const sign = metric.higherIsBetter ? -1 : 1;
      const sorted = described
        .map((row) => ({ ...row, unusualSetting: row.setting !== usualSetting }))
        .sort((a, b) => Number(!ranked(a)) - Number(!ranked(b)) || sign * (a.result.value - b.result.value) || a.date.localeCompare(b.date));
      return [{ variant, metric, rows: sorted, usualSetting }];
    }),
  );
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The best value reported up to each month in which it improved, unranked results left out: the chart of progress over time. */
export function bestOverTime(table: ResultTable): { date: string; value: number; row: ResultRow }[] {
  const better = (a: number, b: number) => (table.metric.higherIsBetter ? a > b : a < b);
  const steps: { date: string; value: number; row: ResultRow }[] = [];
  for (const row of table.rows.filter(ranked).sort((a, b) => a.date.localeCompare(b.date))) {
    const last = steps.at(-1);
    if (!last || better(row.result.value, last.value)) steps.push({ date: row.date, value: row.result.value, row });
  }
  return steps;
}

/** Results whose checkpoint size is known, for value against parameter count. */
export const sizedRows = (table: ResultTable) =>
  table.rows.slice(0, TABLE_ROWS_SHOWN).flatMap((row) => {
    const count = row.parameters === undefined ? undefined : parameterCount(row.parameters);
    return count === undefined ? [] : [{ count, row }];
  });

/** Results per benchmark id, for the index of benchmarks. */
export function resultCounts(rows: readonly ResultRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { result } of rows) counts.set(result.benchmark, (counts.get(result.benchmark) ?? 0) + 1);
  return counts;
}

/** A table's anchor on its benchmark page. */
export const tableId = (table: Pick<ResultTable, 'variant' | 'metric'>) => `${table.variant.id}--${table.metric.id}`;

/**
 * An entry's curated results as its page shows them: a table per benchmark (variant and metric, checkpoint,
 * value, setting and flags, source), in the registry's order. Written as one string, like the cards: at
 * 10,000 entries, Astro's per-element rendering of these tables cost the build 2.4 s (npm run bench:scale).
 */
export function entryResultsHtml(results: readonly Result[], benchmarks: readonly Benchmark[], benchmarkPath: (id: string) => string): string {
  const groups = benchmarks.flatMap((benchmark) => {
    const mine = results.filter((result) => result.benchmark === benchmark.id);
    return mine.length ? [{ benchmark, mine }] : [];
  });
  if (!groups.length) return '';
  const nameOf = (list: readonly { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? id;
  const tables = groups.map(({ benchmark, mine }) => {
    const rows = mine.map((result) => {
      const metric = benchmark.metrics.find((m) => m.id === result.metric)!;
      const flags = result.flags.length ? `<span class="muted"> (${escapeHtml(result.flags.map((flag) => FLAG_WORDS[flag]).join('; '))})</span>` : '';
      return (
        `<tr><th scope="row">${escapeHtml(`${nameOf(benchmark.variants, result.variant)}: ${metric.name}`)}</th><td>${escapeHtml(result.model)}</td>` +
        `<td>${escapeHtml(formatResultValue(result.value, metric))}</td><td>${escapeHtml(settingText(result.setting) || 'not stated')}${flags}</td>` +
        `<td><a href="${escapeHtml(result.source.url)}">${escapeHtml(result.source.locator)}</a> <span class="muted">${result.source.reportedBy}</span></td></tr>`
      );
    });
    return (
      `<section class="table-scroll" tabindex="0" aria-label="${escapeHtml(`${benchmark.name} results`)}"><table class="data-table results-table">` +
      `<caption><a href="${escapeHtml(benchmarkPath(benchmark.id))}">${escapeHtml(benchmark.name)}</a></caption>` +
      '<thead><tr><th scope="col">Variant and metric</th><th scope="col">Model</th><th scope="col">Value</th><th scope="col">Setting</th><th scope="col">Source</th></tr></thead>' +
      `<tbody>${rows.join('')}</tbody></table></section>`
    );
  });
  return (
    '<section aria-labelledby="results-heading"><h2 id="results-heading">Reported results</h2>' +
    "<p class=\"muted\">As the sources give them. Compare a number only with others of the same benchmark, variant and metric, on the benchmark's page.</p>" +
    `${tables.join('')}</section>`
  );
}
