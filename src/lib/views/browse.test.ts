import { expect, it } from 'vitest';
import { browseAttributes, instituteFacet, searchText } from './browse.ts';
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

it('folds title, summary and every name and alias of the institutes and their parents into the search text', () => {
  expect(searchText(entry('amie', ['DeepMind'], { summary: 'Towards Conversational Diagnostic AI' }), institutes)).toBe(
    'amie towards conversational diagnostic ai google deepmind deepmind google',
  );
  expect(searchText(entry('internist', ['UCLouvain']), institutes)).toBe('internist universite catholique de louvain uclouvain');
});

it('writes canonical institutes with parents and the numbers from the metrics file', () => {
  const metrics = metricsFileSchema.parse({ github: { 'a/b': { stars: 12, fetchedAt: '2026-11-01T00:00:00Z' } } });
  expect(browseAttributes(entry('x', ['DeepMind'], { github: ['a/b'] }), institutes, metrics)).toMatchObject({
    'data-institutes': 'Google DeepMind|Google',
    'data-stars': 12,
    'data-citations': undefined,
  });
});

it('offers each institute once with its number of entries, parents included', () => {
  expect(instituteFacet([entry('a', ['DeepMind']), entry('b', ['Google']), entry('c', ['UCLouvain'])], institutes)).toEqual([
    { name: 'Google', count: 2 },
    { name: 'Google DeepMind', count: 1 },
    { name: 'Université catholique de Louvain', count: 1 },
  ]);
});
