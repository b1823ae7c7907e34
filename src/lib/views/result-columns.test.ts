import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { parseFilterState, resultColumnKey } from './filter.ts';
import { resultColumnChoices, resultColumnFile } from './result-columns.ts';
import { benchmarkTables, resultRows } from './results.ts';
import { tableHtml, tableValues, type TableRow } from './table.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const registry = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
const medqa = registry.find((b) => b.id === 'medqa')!;
const result = (value: number, fields: Record<string, unknown> = {}) => ({
  benchmark: 'medqa', variant: 'us-4-option-test', metric: 'accuracy', value, model: `M ${value}`, setting: { shots: 5 },
  source: { url: 'https://arxiv.org/abs/2401.00001', locator: 'Table 1', reportedBy: 'first-party' }, ...fields,
});
const entries = [
  testEntry('small', { results: [result(60), result(63, { model: '<b>7B</b> chat' }), result(58, { variant: 'us-5-option-test' })] }),
  testEntry('large', { results: [result(86, { setting: { shots: 0, chainOfThought: true } })] }),
  testEntry('other', { results: [result(70)] }),
  testEntry('none'),
];
const key = resultColumnKey('medqa', 'us-4-option-test', 'accuracy');
const file = resultColumnFile(medqa, benchmarkTables(medqa, resultRows(entries)), '/benchmarks/medqa/');
const column = file.columns[key]!;

describe('result columns', () => {
  it('offers each benchmark, variant and metric the list has, with how many entries report it', () => {
    expect(resultColumnChoices(entries, registry)).toEqual([
      {
        benchmark: medqa.name,
        columns: [
          { key, label: `${medqa.name} · ${medqa.variants[0]!.name} · Accuracy`, entries: 3 },
          { key: 'medqa.us-5-option-test.accuracy', label: `${medqa.name} · ${medqa.variants[1]!.name} · Accuracy`, entries: 1 },
        ],
      },
    ]);
    expect(resultColumnChoices([testEntry('none')], registry)).toEqual([]);
    // What the choices write is what the URL reads back.
    expect(parseFilterState(new URLSearchParams({ result: key, sort: 'result' })).result).toBe(key);
  });

  it('holds each entry’s best value once, how many it has, and a setting other than the usual one', () => {
    expect(Object.keys(file.columns)).toEqual([key, 'medqa.us-5-option-test.accuracy']);
    expect(column).toMatchObject({ higherIsBetter: true, usualSetting: '5-shot', page: '/benchmarks/medqa/#us-4-option-test--accuracy' });
    expect(column.cells).toEqual({
      large: { value: 86, text: '86%', model: 'M 86', otherSetting: 'zero-shot, chain of thought', results: 1 },
      other: { value: 70, text: '70%', model: 'M 70', results: 1 },
      small: { value: 63, text: '63%', model: '<b>7B</b> chat', results: 2 },
    });
  });

  it('shows as the table’s first column after the title, escaped, sorted with aria-sort by the metric’s direction', () => {
    const row = (slug: string): TableRow => ({ slug, section: 'llms', title: slug, date: '2024-01', institutes: [], metrics: {}, links: [] });
    const html = tableHtml(['small', 'none'].map(row), { base: '', caption: 'c', sort: 'result', column });
    expect(html).toContain('<th scope="col" aria-sort="descending"><button type="button" class="sort-button" data-sort="result">');
    expect(html).toContain('href="/benchmarks/medqa/#us-4-option-test--accuracy"');
    expect(html).toContain('<span class="result-value">63%</span> <span class="muted">&lt;b&gt;7B&lt;/b&gt; chat, best of 2</span>');
    expect(html).not.toContain('<b>7B');
    expect(html.indexOf('data-sort="result"')).toBeLessThan(html.indexOf('data-sort="date"'));
    expect(html).toContain('<a href="/entries/small/">small</a></th><td class="result-cell">');
    expect(html).toContain('<a href="/entries/none/">none</a></th><td>—</td>');
    const lower = tableHtml([row('small')], { base: '', caption: 'c', sort: 'result', column: { ...column, higherIsBetter: false } });
    expect(lower).toContain('aria-sort="ascending"');
    expect(tableHtml([row('small')], { base: '', caption: 'c', sort: 'date' })).not.toContain('result-value');

    const [header, small, none] = tableValues(['small', 'none'].map(row), (slug) => `https://x.org/${slug}/`, column);
    expect(header!.slice(0, 5)).toEqual(['Title', 'Page', column.label, `${column.label}: checkpoint`, `${column.label}: other setting`]);
    expect(small!.slice(2, 5)).toEqual(['63', '<b>7B</b> chat', '']);
    expect(none!.slice(2, 5)).toEqual(['', '', '']);
  });

  it('gives an entry its best unflagged value, a flagged one only when it has no other, with its flag', () => {
    const flagged = [
      testEntry('mixed', { results: [result(90, { flags: ['trained-on-benchmark'] }), result(61)] }),
      testEntry('only', { results: [result(95, { flags: ['subset'] })] }),
    ];
    const cells = resultColumnFile(medqa, benchmarkTables(medqa, resultRows(flagged)), '/b/').columns[key]!.cells;
    expect(cells['mixed']).toEqual({ value: 61, text: '61%', model: 'M 61', results: 2 });
    expect(cells['only']).toEqual({ value: 95, text: '95%', model: 'M 95', flags: 'part of the test set', results: 1 });
    const row: TableRow = { slug: 'only', section: 'llms', title: 'only', date: '2024-01', institutes: [], metrics: {}, links: [] };
    expect(tableHtml([row], { base: '', caption: 'c', sort: 'result', column: { ...column, cells } })).toContain('<strong class="result-flag mark">flagged: part of the test set</strong>');
  });
});

it('gives no entry a flagged source-inconsistent result as its best: an entry with only flagged ones shows one with its flag', () => {
  const flagged = [testEntry('mixed', { results: [result(90, { flags: ['source-inconsistent'] }), result(61)] }), testEntry('only-flagged', { results: [result(95, { flags: ['source-inconsistent'] })] })];
  const { cells } = resultColumnFile(medqa, benchmarkTables(medqa, resultRows(flagged)), '/benchmarks/medqa/').columns[key]!;
  expect(Object.fromEntries(Object.entries(cells).map(([slug, cell]) => [slug, [cell.value, cell.flags]]))).toEqual({
    mixed: [61, undefined],
    'only-flagged': [95, 'the source prints a number its item count cannot give'],
  });
});
