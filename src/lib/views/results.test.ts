import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createBenchmarkLookup, resultsSchema } from '../content/benchmarks.ts';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { RESULT_COLUMNS, resultsCsv, toOpenResults } from './open-data.ts';
import { bestOverTime, benchmarkIndex, benchmarkTables, checkpointKey, entryResultsHtml, flagText, formatResultValue, resultRows, resultValueText, settingText, shownCheckpoints, sizedRows, unflaggedRows, valueDecimals } from './results.ts';
import { MODALITIES } from '../content/vocabulary.ts';
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
  });

  it("groups the benchmarks index by modality, each group most-reported first, counting results and the entries reporting them", () => {
    const index = benchmarkIndex(registry, rows);
    expect(index.map((group) => group.modality)).toEqual([...new Set(registry.map((benchmark) => benchmark.modality))].sort((a, b) => MODALITIES.indexOf(a) - MODALITIES.indexOf(b)));
    const text = index.find((group) => group.modality === 'text')!.benchmarks;
    expect(text[0]).toMatchObject({ benchmark: { id: 'medqa' }, results: 5, entries: 3 });
    expect(text.slice(1).every((use) => use.results === 0 && use.entries === 0)).toBe(true);
    expect(index.flatMap((group) => group.benchmarks).length).toBe(registry.length);
  });

  it('keeps variants in separate tables, best first, and marks a setting that differs from the usual one', () => {
    const tables = benchmarkTables(medqa, rows);
    expect(tables.map((t) => [t.variant.id, t.metric.id, t.rows.map((r) => r.result.value)])).toEqual([
      ['us-4-option-test', 'accuracy', [86, 80, 70, 60]],
      ['us-5-option-test', 'accuracy', [58]],
    ]);
    expect(tables[0]!.usualSetting).toBe('5-shot');
    expect(tables[0]!.rows.map((r) => r.setting)).toEqual(['zero-shot, chain of thought, judge GPT-4o', '5-shot', '5-shot', '5-shot']);
    expect(tables[0]!.rows.map((r) => r.settingState)).toEqual(['other', 'usual', 'usual', 'usual']);
  });

  it('never takes "not stated" for the usual setting, however many results state none', () => {
    const unstated = resultRows([testEntry('quiet', { results: [result(61, { setting: {} }), result(62, { setting: {} }), result(63, { setting: {} }), result(64), result(65, { setting: { shots: 0 } })] })]);
    const [table] = benchmarkTables(medqa, unstated);
    expect(table!.usualSetting).toBe('5-shot');
    expect(table!.unstated).toBe(3);
    expect(table!.rows.map((r) => [r.result.value, r.settingState])).toEqual([[65, 'other'], [64, 'usual'], [63, 'not-stated'], [62, 'not-stated'], [61, 'not-stated']]);
    const [silent] = benchmarkTables(medqa, resultRows([testEntry('silent', { results: [result(61, { setting: {} })] })]));
    expect([silent!.usualSetting, silent!.rows[0]!.settingState]).toEqual(['', 'not-stated']);
  });

  it('folds the spellings of one checkpoint into one row, headed by its best unflagged result', () => {
    const palm = resultRows([
      testEntry('med-palm-2', {
        results: [
          result(86.5, { model: 'Med-PaLM 2' }),
          result(79.7, { model: 'Med-PaLM-2 (5-shot)' }),
          result(85.4, { model: 'MedPaLM 2', setting: { ensemble: 'ensemble refinement' } }),
          result(90, { model: 'med_palm_2', flags: ['trained-on-benchmark'] }),
          result(81, { model: 'google/Med-PaLM 2 (ER)' }),
        ],
      }),
      testEntry('other', { results: [result(88, { model: 'Med-PaLM 2' }), result(95, { model: 'Flagged only', flags: ['subset'] })] }),
    ]);
    const [table] = benchmarkTables(medqa, palm);
    expect(table!.checkpoints.map(({ rows }) => rows.map((r) => [r.slug, r.result.value]))).toEqual([
      [['other', 88]],
      [['med-palm-2', 86.5], ['med-palm-2', 85.4], ['med-palm-2', 81], ['med-palm-2', 79.7], ['med-palm-2', 90]],
      // A checkpoint with flagged results only ranks after the rest, whatever its value.
      [['other', 95]],
    ]);
    expect(checkpointKey('a', 'Med-PaLM 2')).toBe(checkpointKey('a', 'medpalm-2 (ER)'));
    expect(checkpointKey('a', 'BioMistral 7B DARE')).not.toBe(checkpointKey('a', 'BioMistral 7B'));
  });

  it('shows the best 100 checkpoints with their headline, and their folded results while 100 more last', () => {
    const many = resultRows([
      testEntry('crowded', { results: Array.from({ length: 150 }, (_, i) => result(85 + i / 10, { model: 'Same', source: source(`Table ${i}`) })) }),
      testEntry('wide', { results: Array.from({ length: 120 }, (_, i) => result(50 + i / 10, { model: `Model ${i}` })) }),
    ]);
    const [table] = benchmarkTables(medqa, many);
    const { shown, rowsLeftOut } = shownCheckpoints(table!);
    expect(shown).toHaveLength(100);
    expect(shown.reduce((sum, { rows }) => sum + rows.length, 0)).toBe(200);
    expect(rowsLeftOut).toBe(270 - 200);
    expect(shownCheckpoints({ checkpoints: table!.checkpoints.slice(-3) }).rowsLeftOut).toBe(0);
  });

  it('leaves flagged results out of every best: best over time and value by size', () => {
    const flagged = resultRows([
      testEntry('a', { date: '2023-01', parameters: '7B', results: [result(60)] }),
      testEntry('b', { date: '2023-06', parameters: '13B', results: [result(90, { flags: ['fine-tuned-per-dataset'] })] }),
      testEntry('c', { date: '2024-01', parameters: '70B', results: [result(70)] }),
    ]);
    const [table] = benchmarkTables(medqa, flagged);
    expect(bestOverTime(table!).map(({ value }) => value)).toEqual([60, 70]);
    expect(sizedRows(table!).map(({ row }) => row.result.value)).toEqual([70, 60]);
    expect(unflaggedRows(table!)).toHaveLength(2);
    expect(flagText(['trained-on-benchmark', 'source-inconsistent'])).toBe("trained on the benchmark's training split; the source prints a number its item count cannot give");
  });

  it('writes every value of a metric with the same decimals, never fewer than the source printed', () => {
    const decimals = valueDecimals([{ benchmark: 'medqa', metric: 'accuracy', value: 60 }, { benchmark: 'medqa', metric: 'accuracy', value: 86.55 }, { benchmark: 'pubmedqa', metric: 'accuracy', value: 70 }]);
    expect(resultValueText({ benchmark: 'medqa', metric: 'accuracy', value: 60 }, { unit: '%' }, decimals)).toBe('60.00%');
    expect(resultValueText({ benchmark: 'pubmedqa', metric: 'accuracy', value: 70 }, { unit: '%' }, decimals)).toBe('70%');
    expect(formatResultValue(0.9432, { unit: 'fraction' }, 2)).toBe('0.9432');
    // A float's noise in one value does not pad every other one to fifteen decimals.
    expect(formatResultValue(60, { unit: '%' }, 15)).toBe('60.0000%');
    const [table] = benchmarkTables(medqa, resultRows([testEntry('x', { results: [result(60), result(71.25, { variant: 'us-5-option-test' })] })]));
    expect(table!.decimals).toBe(2);
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
    expect(open[3]).toMatchObject({ stderr: '', runs: '', aggregation: '', entry: 'large', benchmark_name: 'MedQA', variant_name: 'USMLE, English, 4 options, test', unit: '%', value: 86, shots: 0, chain_of_thought: true, scoring: 'judge', judge: 'GPT-4o', reported_by: 'first-party' });
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
    expect(html.indexOf('>MedQA</a></caption>')).toBeGreaterThan(0);
    expect(html.indexOf('MedQA')).toBeLessThan(html.indexOf('PubMedQA'));
    expect(html).toContain('<tr><th scope="row">USMLE, English, 4 options, test: Accuracy</th><td>M 60</td><td>60%</td><td>not stated <strong class="mark">trained on the benchmark&#39;s training split</strong></td>');
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
