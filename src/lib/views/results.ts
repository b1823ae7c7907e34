/**
 * What the benchmark pages, entry pages and open data need of reported results: one row per result with
 * its entry, tables that hold one benchmark, variant and metric each (numbers of different variants or
 * metrics never share one) with each checkpoint's results folded under one row, the table's usual stated
 * setting so a different one can be marked, one number format per metric, and chart points. A flagged
 * result is shown with its flag and never counts as a best.
 */
import type { Result } from '../content/benchmarks.ts';
import type { Benchmark } from '../content/benchmark-registry.ts';
import type { Entry } from '../content/schema.ts';
import { MODALITIES } from '../content/vocabulary.ts';
import { parameterCount } from '../content/parameter-size.ts';
import { headlineFirst } from './benchmark-filter.ts';
import { escapeHtml } from './card.ts';

export interface ResultRow {
  slug: string;
  title: string;
  result: Result;
  /** The checkpoint's size: the result's own, else the entry's. */
  parameters?: string;
  /** The month the number was reported: the third-party source's, else the entry's. */
  date: string;
  /** Whether the entry's weights can be had (open, gated, API only...), where known. */
  access?: Entry['data']['access'];
}

export function resultRows(entries: readonly Entry[]): ResultRow[] {
  return entries.flatMap(({ slug, data }) =>
    data.results.map((result) => {
      const parameters = result.parameters ?? data.parameters;
      return { slug, title: data.title, result, ...(parameters ? { parameters } : {}), date: result.source.date ?? data.date, ...(data.access ? { access: data.access } : {}) };
    }),
  );
}

const SCORING_WORDS = { 'generated-answer': 'generated answer', 'option-likelihood': 'option likelihood', judge: 'judge' } as const;

/** A setting in words: "5-shot, chain of thought, self-consistency, judge GPT-4o, lm-evaluation-harness"; "" when the source says nothing. */
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

const FLAG_WORDS: Partial<Record<string, string>> = {
  'trained-on-benchmark': "trained on the benchmark's training split",
  'fine-tuned-per-dataset': 'fine-tuned on this dataset',
  subset: 'part of the test set',
  'source-inconsistent': 'the source prints a number its item count cannot give',
};

/** A result's flags in words ("" for none); a flag without words of its own is shown by its id. */
export const flagText = (flags: readonly string[]) => flags.map((flag) => FLAG_WORDS[flag] ?? flag.replaceAll('-', ' ')).join('; ');

/** Any flag keeps a result out of every "best" (best value, best over time, a list's best result), whatever the flag. */
export const isFlagged = (result: { flags: readonly string[] }) => result.flags.length > 0;

/** The most decimals a value is padded to for its metric's format (an AUROC of 0.9432 has four). */
const MAX_PADDED_DECIMALS = 4;

/** Decimal places a number is written with: 86.5 -> 1, 60 -> 0. */
const decimalsOf = (value: number) => String(value).split('.')[1]?.length ?? 0;

/** A metric's number format: per benchmark and metric, as many decimals as its most precise result, so 60 beside 86.5 reads 60.0. */
export type ValueDecimals = ReadonlyMap<string, number>;
const formatKey = (benchmark: string, metric: string) => `${benchmark}.${metric}`;

export function valueDecimals(results: readonly Pick<Result, 'benchmark' | 'metric' | 'value'>[]): ValueDecimals {
  const decimals = new Map<string, number>();
  for (const { benchmark, metric, value } of results) {
    const key = formatKey(benchmark, metric);
    decimals.set(key, Math.max(decimals.get(key) ?? 0, decimalsOf(value)));
  }
  return decimals;
}

/** A value as the pages show it, in its metric's one format: a percentage with its sign, any other unit as the bare number (the heading names it). */
export function formatResultValue(value: number, metric: Pick<Benchmark['metrics'][number], 'unit'>, decimals = decimalsOf(value)): string {
  // Padded to at most MAX_PADDED_DECIMALS (a float's noise such as 12.299999999999999 must not pad the rest); never rounded.
  const text = value.toFixed(Math.max(Math.min(decimals, MAX_PADDED_DECIMALS), decimalsOf(value)));
  return metric.unit === '%' ? `${text}%` : text;
}

/** The format of one result's value among all the list's results. */
export const resultValueText = (result: Pick<Result, 'benchmark' | 'metric' | 'value'>, metric: Pick<Benchmark['metrics'][number], 'unit'>, decimals: ValueDecimals) =>
  formatResultValue(result.value, metric, decimals.get(formatKey(result.benchmark, result.metric)));

/** Checkpoints a benchmark page shows per table, and as many of their folded results at most: the page stays within its budget however long the list grows. */
export const TABLE_ROWS_SHOWN = 100;

/** The checkpoints a table shows: the best TABLE_ROWS_SHOWN, each with its headline, and their other results while TABLE_ROWS_SHOWN more last. */
export function shownCheckpoints(table: Pick<ResultTable, 'checkpoints'>): { shown: CheckpointGroup[]; rowsLeftOut: number } {
  let folded = TABLE_ROWS_SHOWN;
  let rowsLeftOut = 0;
  const shown = table.checkpoints.slice(0, TABLE_ROWS_SHOWN).map(({ rows }) => {
    const [headline, ...others] = rows;
    const kept = others.slice(0, Math.max(folded, 0));
    folded -= kept.length;
    rowsLeftOut += others.length - kept.length;
    return { rows: [headline!, ...kept] };
  });
  for (const { rows } of table.checkpoints.slice(TABLE_ROWS_SHOWN)) rowsLeftOut += rows.length;
  return { shown, rowsLeftOut };
}

/** How a result's setting stands in its table: the usual stated one, another one, or none stated (never taken for the usual one). */
type SettingState = 'usual' | 'other' | 'not-stated';

type TableRow = ResultRow & { setting: string; settingState: SettingState };

/**
 * One checkpoint of an entry in a table, its results folded under one row: the spellings of a model's name
 * that differ only in case, spaces, hyphens, a Hub owner or a bracketed remark ("Med-PaLM 2", "MedPaLM 2",
 * "Med-PaLM-2 (5-shot)") are one checkpoint.
 */
export interface CheckpointGroup {
  /** Its headline first (benchmark-filter.ts's `headlineFirst`), then its other results best first. */
  rows: TableRow[];
}

export function checkpointKey(slug: string, model: string): string {
  const name = model.replace(/\([^()]*\)/g, '').trim().replace(/^[\w.-]+\//, '');
  return `${slug}/${name.toLowerCase().replace(/[\s_-]+/g, '')}`;
}

export interface ResultTable {
  variant: Benchmark['variants'][number];
  metric: Benchmark['metrics'][number];
  /** Best first, by the metric's direction; ties keep the older report first. */
  rows: TableRow[];
  /** One per checkpoint, ordered by its headline as `rows` are. */
  checkpoints: CheckpointGroup[];
  /** The setting most of the results that state one share, in words ("" if none states one). */
  usualSetting: string;
  /** How many of the table's results state no setting. */
  unstated: number;
  /** Decimals of the metric's one number format on this benchmark. */
  decimals: number;
}

/** One table per variant and metric that has results, in the registry's order. */
export function benchmarkTables(benchmark: Benchmark, rows: readonly ResultRow[]): ResultTable[] {
  const mine = rows.filter((row) => row.result.benchmark === benchmark.id);
  const decimals = valueDecimals(mine.map((row) => row.result));
  return benchmark.variants.flatMap((variant) =>
    benchmark.metrics.flatMap((metric) => {
      const held = mine.filter(({ result }) => result.variant === variant.id && result.metric === metric.id);
      if (!held.length) return [];
      const described = held.map((row) => ({ ...row, setting: settingText(row.result.setting) }));
      const stated = described.map(({ setting }) => setting).filter(Boolean);
      const usualSetting = stated.length ? mostCommon(stated) : '';
      const sign = metric.higherIsBetter ? -1 : 1;
      const sorted = described
        .map((row): TableRow => ({ ...row, settingState: !row.setting ? 'not-stated' : row.setting === usualSetting ? 'usual' : 'other' }))
        .sort((a, b) => Number(isFlagged(a.result)) - Number(isFlagged(b.result)) || sign * (a.result.value - b.result.value) || a.date.localeCompare(b.date));
      return [{ variant, metric, rows: sorted, checkpoints: checkpointGroups(sorted, metric.higherIsBetter), usualSetting, unstated: described.length - stated.length, decimals: decimals.get(formatKey(benchmark.id, metric.id)) ?? 0 }];
    }),
  );
}

function checkpointGroups(sorted: readonly TableRow[], higherIsBetter: boolean): CheckpointGroup[] {
  const groups = Map.groupBy(sorted, (row) => checkpointKey(row.slug, row.result.model));
  const ranked = [...groups.values()].map((rows) => {
    const order = headlineFirst(rows.map((row) => ({ row, value: row.result.value, flagged: isFlagged(row.result) })), higherIsBetter);
    return { rows: order.map(({ row }) => row), headline: order[0]! };
  });
  // Groups in the order of their headlines; a stable sort keeps the older report first among ties, as the rows are.
  const ordered = headlineFirst(ranked.map((group) => ({ ...group, value: group.headline.value, flagged: group.headline.flagged })), higherIsBetter);
  return ordered.map(({ rows }) => ({ rows }));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The results a "best" may be drawn from: flagged ones never are. */
export const unflaggedRows = (table: ResultTable) => table.rows.filter((row) => !isFlagged(row.result));

/** The best unflagged value reported up to each month in which it improved: the chart of progress over time. */
export function bestOverTime(table: ResultTable): { date: string; value: number; row: ResultRow }[] {
  const better = (a: number, b: number) => (table.metric.higherIsBetter ? a > b : a < b);
  const steps: { date: string; value: number; row: ResultRow }[] = [];
  for (const row of unflaggedRows(table).sort((a, b) => a.date.localeCompare(b.date))) {
    const last = steps.at(-1);
    if (!last || better(row.result.value, last.value)) steps.push({ date: row.date, value: row.result.value, row });
  }
  return steps;
}

/** Each shown checkpoint's unflagged headline whose size is known, for value against parameter count. */
export const sizedRows = (table: ResultTable) =>
  table.checkpoints.slice(0, TABLE_ROWS_SHOWN).flatMap(({ rows: [row] }) => {
    const count = row!.parameters === undefined || isFlagged(row!.result) ? undefined : parameterCount(row!.parameters);
    return count === undefined ? [] : [{ count, row: row! }];
  });

/** Results per benchmark id, for the index of benchmarks. */
/** A benchmark on the /benchmarks/ index: how many results and how many entries report it. */
export interface BenchmarkUse {
  benchmark: Benchmark;
  results: number;
  entries: number;
}

/**
 * The /benchmarks/ index: the registry grouped by the modality a benchmark takes in (the registry's order of
 * modalities), each group most-reported first (by entries, then results), so a list of sixty reads by what
 * most models are measured on.
 */
export function benchmarkIndex(benchmarks: readonly Benchmark[], rows: readonly ResultRow[]): { modality: Benchmark['modality']; benchmarks: BenchmarkUse[] }[] {
  const reporting = Map.groupBy(rows, (row) => row.result.benchmark);
  const uses = benchmarks.map((benchmark) => {
    const reported = reporting.get(benchmark.id) ?? [];
    return { benchmark, results: reported.length, entries: new Set(reported.map((row) => row.slug)).size };
  });
  const byModality = Map.groupBy(uses, (use) => use.benchmark.modality);
  return MODALITIES.filter((modality) => byModality.has(modality)).map((modality) => ({
    modality,
    benchmarks: byModality.get(modality)!.toSorted((a, b) => b.entries - a.entries || b.results - a.results),
  }));
}

/** A table's anchor on its benchmark page. */
export const tableId = (table: Pick<ResultTable, 'variant' | 'metric'>) => `${table.variant.id}--${table.metric.id}`;

/**
 * An entry's curated results as its page shows them: a table per benchmark (variant and metric, checkpoint,
 * value, setting and flags, source), in the registry's order. Written as one string, like the cards: at
 * 10,000 entries, Astro's per-element rendering of these tables cost the build 2.4 s (npm run bench:scale).
 */
export function entryResultsHtml(results: readonly Result[], benchmarks: readonly Benchmark[], benchmarkPath: (id: string) => string, decimals: ValueDecimals = valueDecimals(results)): string {
  const groups = benchmarks.flatMap((benchmark) => {
    const mine = results.filter((result) => result.benchmark === benchmark.id);
    return mine.length ? [{ benchmark, mine }] : [];
  });
  if (!groups.length) return '';
  const nameOf = (list: readonly { id: string; name: string }[], id: string) => list.find((item) => item.id === id)?.name ?? id;
  const tables = groups.map(({ benchmark, mine }) => {
    const rows = mine.map((result) => {
      const metric = benchmark.metrics.find((m) => m.id === result.metric)!;
      const flags = isFlagged(result) ? ` <strong class="mark">${escapeHtml(flagText(result.flags))}</strong>` : '';
      return (
        `<tr><th scope="row">${escapeHtml(`${nameOf(benchmark.variants, result.variant)}: ${metric.name}`)}</th><td>${escapeHtml(result.model)}</td>` +
        `<td>${escapeHtml(resultValueText(result, metric, decimals))}</td><td>${escapeHtml(settingText(result.setting) || 'not stated')}${flags}</td>` +
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
