import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createBenchmarkLookup, resultsSchema } from '../content/benchmarks.ts';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { RESULT_COLUMNS, resultsCsv, toOpenResults } from './open-data.ts';
import { bestOverTime, benchmarkTables, entryResultsHtml, formatResultValue, resultCounts, resultRows, settingText, sizedRows } from './results.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const registry = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
const medqa = registry.find((b) => b.id === 'medqa')!;
const source = (locator: string, extra: Record<string, string> = {}) => ({ url: 'https://arxiv.org/abs/2401.00001', locator, reportedBy: 'first-party', ...extra });
const result = (value: number, fields: Record<string, unknown> = {}) => ({
  benchmark: 'medqa', variant: 'us-4-option-test', metric: 'accuracy', value, model: `M ${value}`, setting: { shots: 5 }, source: source('Table 1'), ...fields,
});

const entries = [
  testEntry('small', { date: '2023-05', parameters: '7B', results: [result(60), result(58, { variant: 'us-5-option-test' })] }),
  testEntry('large', { date: '2024-02', parameters: '70B', results: [result(80), result(86, { setting: { shots: 0, chainOfThought: true, scoring: 'judge', judge: 'GPT-4o' } })] }),
  testEntry('copied', { date: '2024-06', results: [result(70, { parameters: '13B', source: source('Table 3', { reportedBy: 'third-party', date: '2023-09' }) })] }),
  testEntry('none'),
];
const rows = resultRows(entries);

describe('result rows and tables', () => {
  it('gives each result its entry, size and date (a third party source its own month)', () => {
    expect(rows.map(({ slug, parameters, date }) => [slug, parameters, date])).toEqual([
      ['small', '7B', '2023-05'], ['small', '7B', '2023-05'], ['large', '70B', '2024-02'], ['large', '70B', '2024-02'], ['copied', '13B', '2023-09'],
    ]);
    expect(resultCounts(rows)).toEqual(new Map([['medqa', 5]]));
  });

  it('keeps variants in separate tables, best first, and marks a setting that differs from the usual one', () => {
    const tables = benchmarkTables(medqa, rows);
    expect(tables.map((t) => [t.variant.id, t.metric.id, t.rows.map((r) => r.result.value)])).toEqual([
      ['us-4-option-test', 'accuracy', [86, 80, 70, 60]],
      ['us-5-option-test', 'accuracy', [58]],
    ]);
    expect(tables[0]!.usualSetting).toBe('5-shot');
    expect(tables[0]!.rows.map((r) => r.setting)).toEqual(['zero-shot, chain of thought, judge GPT-4o', '5-shot', '5-shot', '5-shot']);
    expect(tables[0]!.rows.map((r) => r.unusualSetting)).toEqual([true, false, false, false]);
  });

  it('puts a lower-is-better metric first from the bottom', () => {
    const errorRate = { ...medqa, metrics: [{ ...medqa.metrics[0]!, higherIsBetter: false }] };
    expect(benchmarkTables(errorRate, rows)[0]!.rows.map((r) => r.result.value)).toEqual([60, 70, 80, 86]);
  });

  it('steps the best value up over time, and plots only results of known size', () => {
    const [table] = benchmarkTables(medqa, rows);
    expect(bestOverTime(table!).map(({ date, value }) => [date, value])).toEqual([['2023-05', 60], ['2023-09', 70], ['2024-02', 86]]);
    expect(sizedRows(table!).map(({ count }) => count)).toEqual([70e9, 70e9, 13e9, 7e9]);
    expect(formatResultValue(86.5, { unit: '%' })).toBe('86.5%');
    expect(formatResultValue(0.943, { unit: 'fraction' })).toBe('0.943');
  });

  it('says a setting in words, leaving out what the source does not say', () => {
    expect(settingText({ shots: 0, chainOfThought: true, ensemble: 'self-consistency, 11 samples', scoring: 'judge', judge: 'GPT-4o', harness: 'MedEvalKit' })).toBe(
      'zero-shot, chain of thought, self-consistency, 11 samples, judge GPT-4o, MedEvalKit',
    );
    expect(settingText({ scoring: 'option-likelihood' })).toBe('option likelihood');
    expect(settingText({ shots: 3, runs: 3, aggregation: 'micro' })).toBe('3-shot, mean of 3 runs, micro average');
    expect(settingText({})).toBe('');
  });
});

describe('results as open data', () => {
  const open = toOpenResults(rows, createBenchmarkLookup(registry), (slug) => `https://example.org/entries/${slug}/`);

  it('writes one row per result with names, unit and setting, in the documented columns', () => {
    expect(Object.keys(open[0]!)).toEqual([...RESULT_COLUMNS]);
    const averaged = toOpenResults(resultRows([testEntry('x', { results: [result(61.2, { stderr: 1.4, setting: { runs: 3, aggregation: 'micro' } })] })]), createBenchmarkLookup(registry), () => '');
    expect(averaged[0]).toMatchObject({ stderr: 1.4, runs: 3, aggregation: 'micro' });
    expect(open[3]).toMatchObject({ stderr: '', runs: '', aggregation: '', entry: 'large', benchmark_name: 'MedQA (USMLE)', variant_name: 'USMLE, English, 4 options, test', unit: '%', value: 86, shots: 0, chain_of_thought: true, scoring: 'judge', judge: 'GPT-4o', reported_by: 'first-party' });
  });

  it('escapes a note that would start a spreadsheet formula', () => {
    const hostile = resultRows([testEntry('x', { results: [result(1, { notes: '=HYPERLINK("https://evil.example")' })] })]);
    const [, row] = parseCsv(resultsCsv(toOpenResults(hostile, createBenchmarkLookup(registry), () => 'https://example.org/')), { relax_column_count: true }) as string[][];
    expect(row![RESULT_COLUMNS.indexOf('notes')]!.startsWith("'=")).toBe(true);
  });
});

describe('an entry page’s results', () => {
  const path = (id: string) => `/benchmarks/${id}/`;
  /** Results as the schema gives them (flags default to none). */
  const read = (...results: Record<string, unknown>[]) => resultsSchema(createBenchmarkLookup(registry)).parse(results);

  it('groups them by benchmark in the registry’s order, each row with its variant, value, setting, flags and source', () => {
    const html = entryResultsHtml(
      read(result(70, { benchmark: 'pubmedqa', variant: 'pqa-l-test' }), result(60, { flags: ['trained-on-benchmark'], setting: {} })),
      registry,
      path,
    );
    expect(html.indexOf('>MedQA (USMLE)</a></caption>')).toBeGreaterThan(0);
    expect(html.indexOf('MedQA (USMLE)')).toBeLessThan(html.indexOf('PubMedQA'));
    expect(html).toContain('<tr><th scope="row">USMLE, English, 4 options, test: Accuracy</th><td>M 60</td><td>60%</td><td>not stated<span class="muted"> (trained on the benchmark&#39;s training split)</span></td>');
    expect(html).toContain('<a href="https://arxiv.org/abs/2401.00001">Table 1</a> <span class="muted">first-party</span>');
    expect(entryResultsHtml([], registry, path)).toBe('');
  });

  it('escapes what the entry file says', () => {
    const html = entryResultsHtml(read(result(1, { model: '<img src=x onerror=alert(1)>', source: source('"><script>') })), registry, path);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('results flagged source-inconsistent', () => {
  const flagged = [
    testEntry('honest', { date: '2023-05', results: [result(70)] }),
    testEntry('impossible', { date: '2023-09', results: [result(90, { flags: ['source-inconsistent'], notes: 'no count of 1,273' })] }),
  ];
  const [table] = benchmarkTables(medqa, resultRows(flagged));

  it('are shown last and never step the best value up', () => {
    expect(table!.rows.map((r) => r.result.value)).toEqual([70, 90]);
    expect(bestOverTime(table!).map(({ value }) => value)).toEqual([70]);
  });
});
