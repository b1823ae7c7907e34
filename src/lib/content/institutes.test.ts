import { expect, it } from 'vitest';
import { createInstituteIndex, similarInstitutes } from './institutes.ts';
import { instituteRegistrySchema } from './schema.ts';

const index = createInstituteIndex(
  instituteRegistrySchema.parse([
    { name: 'Google' },
    { name: 'Google DeepMind', aliases: ['DeepMind'], parent: 'Google' },
    { name: 'Google Research', parent: 'Google' },
    { name: 'EPFL', aliases: ['EPFL Lausanne'] },
    { name: 'Université catholique de Louvain', aliases: ['UCLouvain'] },
  ]),
);

it('resolves names and aliases, folding case and spaces', () => {
  expect(index.resolve('deepmind')?.name).toBe('Google DeepMind');
  expect(index.resolve('EPFL  Lausanne')?.name).toBe('EPFL');
  expect(index.has('Université catholique de Louvain')).toBe(true);
  expect(index.has('Meta')).toBe(false);
});

it('walks parents up, and gives names with their parents once', () => {
  expect(index.lineage('DeepMind').map((i) => i.name)).toEqual(['Google DeepMind', 'Google']);
  expect(index.withParents(['DeepMind', 'Google Research', 'EPFL Lausanne'])).toEqual(['Google DeepMind', 'Google', 'Google Research', 'EPFL']);
});

it('suggests close names for a misspelt or partial one', () => {
  expect(index.suggest('Deep Mind')).toContain('Google DeepMind');
  expect(index.suggest('Louvain')).toEqual(['Université catholique de Louvain']);
  expect(index.suggest('Completely Different Place')).toEqual([]);
});

it('finds institutes entered twice under names that read alike, and leaves different ones alone', () => {
  const registry = instituteRegistrySchema.parse([
    { name: 'University of California, San Diego', aliases: ['UCSD'] },
    { name: 'University of California San Diego' },
    { name: 'University of California, Berkeley' },
    { name: 'Harvard University' },
    { name: 'Harvard Universty' },
    { name: 'Harvard Medical School', parent: 'Harvard University' },
    { name: 'The Chinese University of Hong Kong' },
    { name: 'Chinese University of Hong Kong' },
    { name: 'The Chinese University of Hong Kong, Shenzhen' },
    { name: 'Google' },
    { name: 'Google Research', parent: 'Google' },
  ]);
  expect(similarInstitutes(registry)).toEqual([
    { institute: 'University of California San Diego', other: 'University of California, San Diego', names: ['University of California San Diego', 'University of California, San Diego'] },
    { institute: 'Harvard Universty', other: 'Harvard University', names: ['Harvard Universty', 'Harvard University'] },
    { institute: 'Chinese University of Hong Kong', other: 'The Chinese University of Hong Kong', names: ['Chinese University of Hong Kong', 'The Chinese University of Hong Kong'] },
  ]);
});
