import { parse as parseCsv } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { entriesJsonSchema, openDataSchema, OPEN_DATA_VERSION, toCsv, toOpenEntry, type OpenDataContext } from './open-data.ts';
import { testEntry } from '../../../test/entry-fixture.ts';
import { instituteRegistrySchema } from '../content/schema.ts';

const context: OpenDataContext = {
  metrics: metricsFileSchema.parse({
    semanticScholar: { 'CorpusID:265456229': { citations: 1234, fetchedAt: '2026-11-20T06:00:00.000Z' } },
    github: { 'epfLLM/meditron': { stars: 2100, archived: false, fetchedAt: '2026-11-20T06:00:00.000Z' } },
  }),
  institutes: createInstituteIndex(instituteRegistrySchema.parse([{ name: 'EPFL', aliases: ['EPFL Lausanne'] }, { name: 'Université catholique de Louvain' }])),
  added: { 'meditron-70b': '2026-11-25' },
  pageUrl: (slug) => `https://example.org/entries/${slug}/`,
};
const entry = testEntry;

const meditron = entry('meditron-70b', {
  title: 'MEDITRON-70B',
  summary: 'Scaling Medical Pretraining for Large Language Models',
  date: '2023-11',
  institutes: ['EPFL Lausanne'],
  papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229' }],
  huggingface: ['epfl-llm/meditron-70b'],
  github: ['epfLLM/meditron'],
});
const tricky = entry('tricky', {
  title: 'R&D_{model} 100% "quoted", with commas',
  date: '2024-02',
  institutes: ['Université catholique de Louvain'],
  links: [{ label: 'Blog', url: 'https://example.org/a,b' }],
});

it('describes an entry with canonical institutes, its numbers, their fetch times and its added day', () => {
  const open = toOpenEntry(meditron, context);
  expect(open).toMatchObject({
    slug: 'meditron-70b',
    institutes: ['EPFL'],
    added: '2026-11-25',
    url: 'https://arxiv.org/abs/2311.16079',
    page: 'https://example.org/entries/meditron-70b/',
    citations: 1234,
    stars: 2100,
    papers: [{ url: 'https://arxiv.org/abs/2311.16079', semanticScholar: 'CorpusID:265456229', citations: 1234, citationsFetchedAt: '2026-11-20T06:00:00.000Z' }],
    huggingface: [{ id: 'epfl-llm/meditron-70b' }],
  });
  expect(open.likes).toBeUndefined();
  expect(openDataSchema.parse({ version: OPEN_DATA_VERSION, entries: [open, toOpenEntry(tricky, context)] }).entries).toHaveLength(2);
});

it("gives the entry's licence with its note, else the fetched one marked as fetched, in the JSON, its schema and the CSV", () => {
  const curated = toOpenEntry(entry('x', { license: 'unknown', licenseNote: 'no licence found in the README', github: ['epfLLM/meditron'] }), context);
  expect(curated).toMatchObject({ license: 'unknown', licenseNote: 'no licence found in the README' });
  expect(toOpenEntry(entry('y', { access: 'unknown', accessNote: 'no release named' }), context)).toMatchObject({ access: 'unknown', accessNote: 'no release named' });
  expect(curated.licenseFetched).toBeUndefined();
  const fetchedContext = { ...context, metrics: metricsFileSchema.parse({ github: { 'a/b': { stars: 1, archived: false, license: 'MIT', fetchedAt: '2026-11-20T06:00:00.000Z' } } }) };
  expect(toOpenEntry(entry('y', { github: ['a/b'] }), fetchedContext)).toMatchObject({ license: 'MIT', licenseFetched: true });
  const jsonSchema = entriesJsonSchema() as unknown as { properties: { entries: { items: { properties: Record<string, unknown> } } } };
  expect(Object.keys(jsonSchema.properties.entries.items.properties)).toEqual(expect.arrayContaining(['license', 'licenseNote', 'licenseFetched']));
  const [row] = parseCsv(toCsv([curated]), { columns: true }) as Record<string, string>[];
  expect(row).toMatchObject({ license: 'unknown', license_note: 'no licence found in the README' });
});

it('publishes a JSON Schema of the file with a version', () => {
  const jsonSchema = entriesJsonSchema() as unknown as { title: string; properties: { version: { const: number }; entries: { items: { required: string[] } } } };
  expect(jsonSchema.title).toBe('Medical foundation models list, version 1');
  expect(jsonSchema.properties.version.const).toBe(1);
  expect(jsonSchema.properties.entries.items.required).toEqual(expect.arrayContaining(['slug', 'section', 'title', 'date', 'institutes', 'page']));
});

it('writes CSV that reads back to the same values, quotes and commas included', () => {
  const rows = parseCsv(toCsv([toOpenEntry(meditron, context), toOpenEntry(tricky, context)]), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ slug: 'meditron-70b', institutes: 'EPFL', semantic_scholar: 'CorpusID:265456229', citations: '1234', stars: '2100', likes: '' });
  expect(rows[1]!.title).toBe('R&D_{model} 100% "quoted", with commas');
});

it('writes spreadsheet formulas as text in the CSV (a leading quote), numbers as numbers', () => {
  const formulas = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
  // Set after the schema, which trims a leading tab or carriage return away.
  const hostile = formulas.map((title, i) => ({ ...toOpenEntry(entry(`hostile-${i}`, { date: '2024-02', institutes: ['EPFL'] }), context), title }));
  const rows = parseCsv(toCsv(hostile), { columns: true }) as Record<string, string>[];
  expect(rows.map((row) => row.title)).toEqual(formulas.map((title) => `'${title}`));
  expect(rows.every((row) => !/^[=+\-@\t\r]/.test(row.title!))).toBe(true);
  expect(parseCsv(toCsv([toOpenEntry(meditron, context)]), { columns: true })[0]).toMatchObject({ citations: '1234' });
});

it("carries each paper's title and authors in entries.json and the main paper's in the CSV", () => {
  const paper = { url: 'https://arxiv.org/abs/2311.16079', title: 'MEDITRON-70B: Scaling Medical Pretraining for Large Language Models', authors: ['Zeming Chen', 'Alejandro Hernández Cano'], year: 2023 };
  const open = toOpenEntry(entry('meditron-70b', { date: '2023-11', institutes: ['EPFL'], papers: [paper] }), context);
  expect(openDataSchema.parse({ version: OPEN_DATA_VERSION, entries: [open] }).entries[0]!.papers).toEqual([paper]);
  expect(parseCsv(toCsv([open]), { columns: true })[0]).toMatchObject({ paper_title: paper.title, paper_authors: 'Zeming Chen; Alejandro Hernández Cano' });
});
