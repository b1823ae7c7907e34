import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { createBenchmarkLookup } from '../content/benchmarks.ts';
import { benchmarkRegistrySchema } from '../content/benchmark-registry.ts';
import { createInstituteIndex } from '../content/institutes.ts';
import { instituteRegistrySchema, SECTIONS } from '../content/schema.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { COMPARE_FILES, compareFileOf } from './compare.ts';
import { dataFiles } from './data-files.ts';
import { openDataSchema, RESULT_COLUMNS } from './open-data.ts';
import { testEntry } from '../../../test/entry-fixture.ts';

const benchmarks = benchmarkRegistrySchema.parse(parse(readFileSync('content/benchmarks.yaml', 'utf8')));
const result = (value: number) => ({
  benchmark: 'medqa', variant: 'us-4-option-test', metric: 'accuracy', value, model: `M ${value}`, setting: { shots: 5 },
  source: { url: 'https://arxiv.org/abs/2401.00001', locator: 'Table 1', reportedBy: 'first-party' },
});
const entries = [
  testEntry('newer', { date: '2025-03', institutes: ['EPFL'], results: [result(71), result(74)] }),
  testEntry('older', { date: '2024-01', institutes: ['EPFL'], papers: [{ url: 'https://arxiv.org/abs/2311.16079' }] }, 'vision'),
];
const filesOn = (site: string | undefined) => dataFiles({
  entries,
  institutes: createInstituteIndex(instituteRegistrySchema.parse([{ name: 'EPFL' }])),
  benchmarks: createBenchmarkLookup(benchmarks),
  metrics: metricsFileSchema.parse({}),
  added: { newer: '2026-11-25' },
  site,
  base: '/list',
}).files;
const files = filesOn('https://example.org');
const text = (path: string) => files.get(path)!();

it('makes each file under /data/: the open data, the browse indexes, result columns only for benchmarks with results, and the compare files', () => {
  expect([...files.keys()].filter((path) => !path.startsWith('compare/'))).toEqual([
    'entries.json', 'entries.schema.json', 'entries.csv', 'entries.bib', 'entries.ris', 'entries.csl.json', 'bibtex.json', 'results.json', 'results.csv', 'contribute.json',
    ...SECTIONS.map((section) => `browse/${section}.json`),
    'browse/results/medqa.json',
  ]);
  expect([...files.keys()].filter((path) => path.startsWith('compare/'))).toHaveLength(COMPARE_FILES + 1);
  // What "Add an entry by its title" offers, without the list pages' indexes.
  expect(JSON.parse(text('compare/titles.json'))).toEqual([['newer', expect.any(String)], ['older', expect.any(String)]]);
});

it('writes the entries in the given order with page URLs on the site and base, the same BibTeX in both BibTeX files, and RIS and CSL-JSON of the same entries', () => {
  const { entries: open } = openDataSchema.parse(JSON.parse(text('entries.json')));
  expect(open.map((entry) => [entry.slug, entry.page, entry.added])).toEqual([
    ['newer', 'https://example.org/list/entries/newer/', '2026-11-25'],
    ['older', 'https://example.org/list/entries/older/', undefined],
  ]);
  const bySlug = JSON.parse(text('bibtex.json')) as Record<string, string>;
  expect(Object.keys(bySlug)).toEqual(['newer', 'older']);
  expect(text('entries.bib')).toBe(Object.values(bySlug).join('\n'));
  expect((JSON.parse(text('entries.csl.json')) as { id: string }[]).map((item) => item.id)).toEqual(['newer', 'older']);
  expect(text('entries.ris').match(/^ID {2}- .+$/gm)).toEqual(['ID  - newer', 'ID  - older']);
  expect((parseCsv(text('entries.csv'), { columns: true }) as { slug: string }[]).map((row) => row.slug)).toEqual(['newer', 'older']);
});

it('gives page paths and no "listed at" URL when the build has no site address, rather than a made-up host', () => {
  const addressless = filesOn(undefined);
  const { entries: open } = openDataSchema.parse(JSON.parse(addressless.get('entries.json')!()));
  expect(open.map((entry) => entry.page)).toEqual(['/list/entries/newer/', '/list/entries/older/']);
  expect(JSON.parse(addressless.get('results.json')!()).results[0].page).toBe('/list/entries/newer/');
  const bib = addressless.get('entries.bib')!();
  expect(bib).toMatch(/note = \{model\}/);
  expect(bib).not.toContain('listed at');
  expect(text('entries.bib')).toContain('listed at https://example.org/list/entries/newer/');
});

it('has a results row per result, and each entry in the compare file its slug names', () => {
  const rows = parseCsv(text('results.csv'), { columns: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual([...RESULT_COLUMNS]);
  expect(rows.map((row) => row.value)).toEqual(['71', '74']);
  expect(JSON.parse(text('results.json')).results).toHaveLength(2);
  for (const slug of ['newer', 'older']) {
    expect(JSON.parse(text(`compare/${compareFileOf(slug)}.json`)).entries.map((entry: { slug: string }) => entry.slug)).toContain(slug);
  }
  expect(JSON.parse(text('browse/results/medqa.json')).columns['medqa.us-4-option-test.accuracy'].page).toBe('/list/benchmarks/medqa/#us-4-option-test--accuracy');
});
