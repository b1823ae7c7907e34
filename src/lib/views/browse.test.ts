import { expect, it } from 'vitest';
import { browseIndex, cardData, instituteFacet } from './browse.ts';
import { filterRecord } from './browse-index.ts';
import { createInstituteIndex } from '../content/institutes.ts';
import { metricsFileSchema } from '../metrics/metrics.ts';
import { createEntrySchema, instituteRegistrySchema, type Entry } from '../content/schema.ts';

const institutes = createInstituteIndex(
  instituteRegistrySchema.parse([
    { name: 'Google' },
    { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' },
    { name: 'Université catholique de Louvain', aliases: ['UCLouvain'] },
  ]),
);
const schema = createEntrySchema();
const entry = (slug: string, names: string[], fields: Record<string, unknown> = {}): Entry => ({
  slug,
  section: 'llms',
  body: '',
  data: schema.parse({ title: slug.toUpperCase(), date: '2024-01', institutes: names, ...fields }),
});

const fetchedAt = '2026-11-01T00:00:00Z';
const metrics = metricsFileSchema.parse({
  github: { 'a/b': { stars: 12, archived: true, fetchedAt } },
  huggingface: { 'c/d': { likes: 3, downloads: 40, license: 'apache-2.0', fetchedAt } },
});

it('gives a card what it shows: main link, canonical institutes, numbers and links with their warnings', () => {
  const amie = entry('amie', ['DeepMind'], { summary: 'Towards Conversational Diagnostic AI', huggingface: ['c/d'], github: ['a/b'], links: [{ label: 'Blog', url: 'https://example.org/post' }] });
  expect(cardData(amie, institutes, metrics)).toEqual({
    slug: 'amie',
    section: 'llms',
    title: 'AMIE',
    url: 'https://example.org/post',
    date: '2024-01',
    summary: 'Towards Conversational Diagnostic AI',
    institutes: ['Google DeepMind'],
    metrics: { stars: 12, likes: 3, downloads: 40 },
    links: [
      { label: 'Hugging Face', title: 'c/d', url: 'https://huggingface.co/c/d' },
      { label: 'GitHub', title: 'a/b', url: 'https://github.com/a/b', health: 'archived' },
      { label: 'Blog', title: 'Blog', url: 'https://example.org/post' },
    ],
  });
});

it('indexes every entry with its facts and the institutes it names, from which the script rebuilds the filter records', () => {
  const index = browseIndex(
    [entry('amie', ['DeepMind'], { summary: 'Towards Conversational Diagnostic AI', huggingface: ['c/d'], access: 'gated', specialties: ['general'] }), entry('internist', ['UCLouvain'])],
    institutes,
    metrics,
  );
  expect(index.institutes).toEqual({
    'Google DeepMind': { aliases: ['DeepMind'], parent: 'Google' },
    Google: {},
    'Université catholique de Louvain': { aliases: ['UCLouvain'] },
  });
  expect(index.entries[0]).toMatchObject({ slug: 'amie', access: 'gated', specialties: ['general'], license: 'open' });
  expect(index.entries.map((e) => filterRecord(e, index.institutes))).toEqual([
    {
      slug: 'amie',
      date: '2024-01',
      institutes: ['Google DeepMind', 'Google'],
      text: 'amie towards conversational diagnostic ai google deepmind deepmind google',
      likes: 3,
      downloads: 40,
      access: 'gated',
      modalities: [],
      specialties: ['general'],
      licenses: ['open'],
    },
    {
      slug: 'internist',
      date: '2024-01',
      institutes: ['Université catholique de Louvain'],
      text: 'internist universite catholique de louvain uclouvain',
      access: undefined,
      modalities: [],
      specialties: [],
      licenses: [],
    },
  ]);
});

it('offers each institute once with its number of entries, parents included', () => {
  expect(instituteFacet([entry('a', ['DeepMind']), entry('b', ['Google']), entry('c', ['UCLouvain'])], institutes)).toEqual([
    { name: 'Google', count: 2 },
    { name: 'Google DeepMind', count: 1 },
    { name: 'Université catholique de Louvain', count: 1 },
  ]);
});
