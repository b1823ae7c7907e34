import { expect, it } from 'vitest';
import { createInstituteIndex } from '../content/institutes.ts';
import { citedPapers, entriesPerYear, licenseCounts, monthIndex, topInstitutes } from './insights.ts';
import { testEntry } from '../../../test/entry-fixture.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { createEntrySchema, instituteRegistrySchema, type Entry, type Section } from '../content/schema.ts';

const schema = createEntrySchema();
const entry = (slug: string, section: Section, date: string, institutes: string[], papers: unknown[] = []): Entry => ({
  slug,
  section,
  body: '',
  data: schema.parse({ title: slug.toUpperCase(), date, institutes, papers }),
});
const ENTRIES = [
  entry('a', 'llms', '2022-03', ['DeepMind', 'Google'], [{ url: 'https://a.org/1', semanticScholar: 'CorpusID:1' }]),
  entry('b', 'llms', '2024-01', ['Google DeepMind'], [{ url: 'https://a.org/2', semanticScholar: 'CorpusID:2' }, { url: 'https://a.org/3', title: 'Second', semanticScholar: 'CorpusID:3' }]),
  entry('c', 'surveys', '2024-11', ['EPFL']),
];
const institutes = createInstituteIndex(
  instituteRegistrySchema.parse([{ name: 'Google' }, { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' }, { name: 'EPFL' }]),
);

it('counts entries per year and section, with the empty years between', () => {
  expect(entriesPerYear(ENTRIES)).toEqual([
    { year: 2022, llms: 1, vision: 0, 'other-modalities': 0, surveys: 0, articles: 0 },
    { year: 2023, llms: 0, vision: 0, 'other-modalities': 0, surveys: 0, articles: 0 },
    { year: 2024, llms: 1, vision: 0, 'other-modalities': 0, surveys: 1, articles: 0 },
  ]);
  expect(entriesPerYear([])).toEqual([]);
});

it('ranks institutes by the entries naming them, aliases folded', () => {
  expect(topInstitutes(ENTRIES, institutes)).toEqual([
    { name: 'Google DeepMind', count: 2 },
    { name: 'EPFL', count: 1 },
    { name: 'Google', count: 1 },
  ]);
});

it('lists papers with known citations, most cited first', () => {
  const metrics = metricsFileSchema.parse({
    semanticScholar: {
      'CorpusID:1': { citations: 10, fetchedAt: '2026-11-01T00:00:00Z' },
      'CorpusID:3': { citations: 99, fetchedAt: '2026-11-01T00:00:00Z' },
    },
  });
  expect(citedPapers(ENTRIES, metrics)).toEqual([
    { slug: 'b', title: 'Second', date: '2024-01', citations: 99 },
    { slug: 'a', title: 'A', date: '2022-03', citations: 10 },
  ]);
  expect(monthIndex('2024-01') - monthIndex('2023-12')).toBe(1);
});

it('counts model entries by licence, the entry\'s first, then the Hub\'s, then GitHub\'s, with each licence\'s kind', () => {
  const at = '2026-11-20T06:00:00.000Z';
  const metrics = metricsFileSchema.parse({
    huggingface: { 'a/one': { likes: 1, license: 'apache-2.0', fetchedAt: at }, 'a/two': { likes: 1, license: 'cc-by-nc-4.0', fetchedAt: at } },
    github: { 'a/code': { stars: 1, license: 'Apache-2.0', fetchedAt: at }, 'a/unknown': { stars: 1, license: 'NOASSERTION', fetchedAt: at } },
  });
  const entries = [
    testEntry('one', { huggingface: ['a/one'], github: ['a/code'] }),
    testEntry('two', { huggingface: ['a/two'] }, 'vision'),
    testEntry('three', { github: ['a/code'] }),
    testEntry('four', { github: ['a/unknown'] }),
    testEntry('five', { huggingface: ['a/two'], license: 'CC-BY-NC-4.0' }),
    testEntry('six', { license: 'unknown', licenseNote: 'none found' }),
    testEntry('survey', { github: ['a/code'] }, 'surveys'),
  ];
  expect(licenseCounts(entries, metrics)).toEqual([
    { license: 'Apache-2.0', kind: 'open', count: 2 },
    { license: 'CC-BY-NC-4.0', kind: 'restricted', count: 2 },
  ]);
});
